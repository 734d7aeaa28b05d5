package dev.docmodel.generator;

import dev.docmodel.generator.compat.BaselineFile;
import dev.docmodel.generator.compat.Change;
import dev.docmodel.generator.compat.ChangeReport;
import dev.docmodel.generator.csdl.CsdlExporter;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticReport;
import dev.docmodel.generator.diag.Severity;
import dev.docmodel.generator.write.ReportFile;
import dev.docmodel.generator.write.SourceWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tail of {@link Generator#run}, after the model is built: decide whether the run fails
 * (before anything is written), then write the sources, delete what the previous run produced and
 * this one does not, and write every report. The one place that writes files.
 */
final class GenerationRun {
  private static final String CHANGELOG_TITLE = "Model changes since the baseline";

  private final GenerationOptions options;
  private final List<Path> reports = new ArrayList<>();

  private GenerationRun(GenerationOptions options) {
    this.options = options;
  }

  static Outcome run(GenerationOptions options) throws IOException {
    long start = System.nanoTime();
    Generator.Result result;
    try {
      result = Generator.build(options);
    } catch (Generator.UnusableBaseline e) {
      return new Outcome(Outcome.Status.BASELINE_UNUSABLE, "the baseline " + options.baseline()
          + " cannot be used: " + e.problems().get(0), e.problems(), 0, 0, List.of(), List.of(),
          List.of(), List.of(), null, 0, Map.of());
    }
    return new GenerationRun(options).finish(result, start);
  }

  private Outcome finish(Generator.Result result, long start) throws IOException {
    report(options.reports().diagnostics(), DiagnosticReport.toJson(result.diagnostics()));
    Outcome failed = failure(result, start);
    if (failed != null) {
      return failed;
    }
    long writeStart = System.nanoTime();
    SourceWriter.Result written = SourceWriter.Result.NONE;
    List<Path> deleted = List.of();
    Path output = options.outputDirectory();
    if (output != null) {
      output = output.toAbsolutePath().normalize();
      written = SourceWriter.write(output, result.sources());
      deleted = SourceWriter.deleteStale(output, options.previousOutputs(), written.produced());
    }
    Map<String, Long> timings = new LinkedHashMap<>(written.cpuMillis());
    timings.put("write", (System.nanoTime() - writeStart) / 1_000_000);
    if (options.reports().csdl() != null) {
      report(options.reports().csdl(), CsdlExporter.export(result.model()));
    }
    if (options.reports().baseline() != null) {
      report(options.reports().baseline(), BaselineFile.write(result.surface().get()));
    }
    return outcome(Outcome.Status.GENERATED, "", result, written, deleted, timings, start);
  }

  /**
   * The outcome of a run that fails, decided before any source is written: problems in the docs
   * (errors, or warnings with failOnWarning), or a breaking change no baseline keeps (its reports
   * are written, for the user to read); null when the run goes on.
   */
  private Outcome failure(Generator.Result result, long start) throws IOException {
    List<Diagnostic> failing = result.diagnostics().stream().filter(d -> d.isError()
        || (options.failOnWarning() && d.severity() == Severity.WARNING)).toList();
    if (!failing.isEmpty()) {
      String what = options.failOnWarning() ? "error(s) or warning(s)" : "error(s)";
      return outcome(Outcome.Status.DOCS_PROBLEMS, failing.size() + " " + what
          + " in the docs; the first: " + failing.get(0), result, SourceWriter.Result.NONE,
          List.of(), Map.of(), start);
    }
    ChangeReport changes = result.changes();
    if (changes == null) {
      return null;
    }
    report(options.reports().changes(), changes.toJson());
    report(options.reports().changelog(), changes.toMarkdown(CHANGELOG_TITLE));
    if (!options.failOnBreaking() || changes.unkeptBreaking() == 0) {
      return null;
    }
    Change first = changes.changes().stream().filter(c -> c.breaking() && !c.kept())
        .findFirst().orElseThrow();
    return outcome(Outcome.Status.BREAKING, changes.unkeptBreaking() + " breaking change(s) "
        + "against the baseline that it cannot keep (failOnBreaking); the first: "
        + first.kind() + " " + first.element() + ": " + first.detail(), result,
        SourceWriter.Result.NONE, List.of(), Map.of(), start);
  }

  private Outcome outcome(Outcome.Status status, String failure, Generator.Result result,
      SourceWriter.Result written, List<Path> deleted, Map<String, Long> writing, long start) {
    Map<String, Long> timings = new LinkedHashMap<>(result.timingsMillis());
    timings.putAll(writing);
    timings.put("total", (System.nanoTime() - start) / 1_000_000);
    boolean apiAsked = options.reports().baseline() != null;
    return new Outcome(status, failure, result.diagnostics(), result.pageCount(),
        result.model().types().size(), written.produced(), written.written(), deleted, reports,
        result.changes() == null ? null : result.changes().summary(),
        apiAsked ? result.surface().get().types().size() : 0, timings);
  }

  /** Writes a report when its bytes change; null: not wanted. */
  private void report(Path file, String text) throws IOException {
    if (file != null && ReportFile.write(file, text)) {
      reports.add(file.toAbsolutePath());
    }
  }
}

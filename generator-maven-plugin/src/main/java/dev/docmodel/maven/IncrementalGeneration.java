package dev.docmodel.maven;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.compat.BaselineFile;
import dev.docmodel.generator.compat.BaselineReader;
import dev.docmodel.generator.compat.Change;
import dev.docmodel.generator.compat.ChangeReport;
import dev.docmodel.generator.compat.Compatibility;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.Severity;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.write.SourceWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution of the plugin, without Maven: fingerprint the inputs, and either leave everything
 * as it is (up to date) or regenerate, write only changed files, delete the files of the previous
 * run that are no longer produced, and commit the cache — last, and only on success.
 */
final class IncrementalGeneration {
  /** Where diagnostics go: the build log and, in an IDE, markers on the pages. */
  interface Reporter {
    void diagnostic(Diagnostic diagnostic, Path page);
  }

  /** The docs have problems that fail the build; nothing was written and the cache is unchanged. */
  static final class DocsProblems extends Exception {
    private static final long serialVersionUID = 1L;

    DocsProblems(String message) {
      super(message);
    }
  }

  /**
   * @param changes the summary of the changes against the baseline, or null without one
   */
  record Outcome(boolean upToDate, int pages, int types, List<Path> produced, List<Path> written,
      List<Path> deleted, String changes) {}

  private final PluginSettings settings;
  private final Reporter reporter;

  IncrementalGeneration(PluginSettings settings, Reporter reporter) {
    this.settings = settings;
    this.reporter = reporter;
  }

  Outcome run() throws IOException, DocsProblems {
    Path output = settings.outputDirectory().toAbsolutePath().normalize();
    DocsSource source = new DocsSource(settings.docsDirectories(), settings.includes(),
        settings.excludes());
    List<DocsSource.PageFile> pages = source.pages();
    String fingerprint = Fingerprint.of(settings, pages);
    GenerationCache previous = GenerationCache.read(settings.cacheFile());
    if (previous != null && previous.fingerprint().equals(fingerprint)
        && previous.outputsExist(output)) {
      List<Path> outputs = previous.outputPaths(output);
      return new Outcome(true, pages.size(), -1, outputs, List.of(), List.of(), null);
    }
    Generator.Result result = Generator.run(request(settings, source, reporter));
    report(result.diagnostics(), pages, reporter);
    checkFailures(result.diagnostics());
    ChangeReport changes = result.changes();
    if (changes != null) {
      writeReports(changes);
      if (settings.failOnBreaking() && changes.unkeptBreaking() > 0) {
        Change first = changes.changes().stream().filter(c -> c.breaking() && !c.kept())
            .findFirst().orElseThrow();
        throw new DocsProblems("docmodel: " + changes.unkeptBreaking() + " breaking change(s) "
            + "against the baseline that it cannot keep (failOnBreaking); the first: "
            + first.kind() + " " + first.element() + ": " + first.detail() + ". Read "
            + settings.changeReport() + "; accept them with docmodel:update-baseline");
      }
    }
    SourceWriter.Result written = SourceWriter.write(output, result.sources());
    List<Path> deleted = previous == null ? List.of()
        : SourceWriter.deleteStale(output, previous.outputPaths(output), written.produced());
    List<String> relative = new ArrayList<>();
    written.produced().forEach(p -> relative.add(output.relativize(p).toString().replace('\\', '/')));
    new GenerationCache(fingerprint, relative).write(settings.cacheFile());
    return new Outcome(false, result.pageCount(), result.model().types().size(), written.produced(),
        written.written(), deleted, changes == null ? null : changes.summary());
  }

  /**
   * The baseline to keep or report against, read and checked; a baseline that cannot be used fails
   * the build with its problems, each at its place in the file.
   */
  /** What an execution asks the generator for: generate and update-baseline alike. */
  static Generator.Request request(PluginSettings settings, DocsSource source, Reporter reporter)
      throws DocsProblems {
    return new Generator.Request(source, settings.basePackage(),
        new Linker.Options(settings.defaultNamespace(), settings.enumInference()),
        compatibility(settings, reporter), settings.roots(), settings.pageUrl(),
        settings.jackson());
  }

  private static Compatibility compatibility(PluginSettings settings, Reporter reporter)
      throws DocsProblems {
    Path file = settings.baseline();
    if (file == null || settings.compatibility() == Compatibility.Mode.OFF
        || !Files.isRegularFile(file)) {
      return Compatibility.NONE;
    }
    BaselineFile.Read read = BaselineReader.read(file, settings.basePackage());
    if (!read.ok()) {
      read.problems().forEach(d -> reporter.diagnostic(d, file));
      throw new DocsProblems("docmodel: the baseline " + file + " cannot be used: "
          + read.problems().get(0));
    }
    return new Compatibility(settings.compatibility(), read.baseline());
  }

  private void writeReports(ChangeReport changes) throws IOException {
    Path json = settings.changeReport();
    if (json == null) {
      return;
    }
    Files.createDirectories(json.toAbsolutePath().getParent());
    SourceWriter.writeIfChanged(json.toAbsolutePath(), changes.toJson()
        .getBytes(StandardCharsets.UTF_8));
    String name = json.getFileName().toString();
    Path markdown = json.resolveSibling(name.endsWith(".json")
        ? name.substring(0, name.length() - 5) + ".md" : name + ".md");
    SourceWriter.writeIfChanged(markdown.toAbsolutePath(), changes.toMarkdown(
        "Model changes since the baseline").getBytes(StandardCharsets.UTF_8));
  }

  /** Reports each diagnostic with the file of its page. */
  static void report(List<Diagnostic> diagnostics, List<DocsSource.PageFile> pages,
      Reporter reporter) {
    Map<String, Path> files = new HashMap<>();
    pages.forEach(p -> files.putIfAbsent(p.relativePath(), p.file()));
    for (Diagnostic d : diagnostics) {
      reporter.diagnostic(d, files.get(d.location().page()));
    }
  }

  private void checkFailures(List<Diagnostic> diagnostics) throws DocsProblems {
    List<Diagnostic> failing = diagnostics.stream().filter(d -> d.isError()
        || (settings.failOnWarning() && d.severity() == Severity.WARNING)).toList();
    if (!failing.isEmpty()) {
      String what = settings.failOnWarning() ? "error(s) or warning(s)" : "error(s)";
      throw new DocsProblems("docmodel: " + failing.size() + " " + what
          + " in the docs; the first: " + failing.get(0));
    }
  }
}

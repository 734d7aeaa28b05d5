package dev.docmodel.generator;

import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a {@link Generator#run} went: what the CLI prints and the plugin logs.
 *
 * @param status whether it generated, and if not, why
 * @param failure why it failed, naming the count and the first problem; empty when it generated
 * @param diagnostics every diagnostic of the docs (and, when the baseline cannot be used, its
 *     problems at their places in the baseline file)
 * @param pages the pages read
 * @param types the types of the model
 * @param produced every source file the run produces (written or already up to date)
 * @param written the source files whose bytes changed
 * @param deleted the files of the previous run it no longer produces, deleted
 * @param reports the report files written
 * @param changes the summary of the changes against the baseline, or null without one
 * @param apiTypes the types of the Java API generated (what a baseline written now records)
 * @param timingsMillis read, link, plan, write (wall), emit, render, io (CPU), total
 */
public record Outcome(Status status, String failure, List<Diagnostic> diagnostics, int pages,
    int types, List<Path> produced, List<Path> written, List<Path> deleted, List<Path> reports,
    String changes, int apiTypes, Map<String, Long> timingsMillis) {

  public enum Status {
    /** The sources and reports are written. */
    GENERATED,
    /** Errors in the docs, or warnings with failOnWarning: nothing written. */
    DOCS_PROBLEMS,
    /** The baseline cannot be used: nothing generated. */
    BASELINE_UNUSABLE,
    /** A breaking change no baseline keeps, with failOnBreaking: only the change reports written. */
    BREAKING
  }

  public Outcome {
    diagnostics = List.copyOf(diagnostics);
    produced = List.copyOf(produced);
    written = List.copyOf(written);
    deleted = List.copyOf(deleted);
    reports = List.copyOf(reports);
    timingsMillis = Map.copyOf(timingsMillis);
  }

  public boolean generated() {
    return status == Status.GENERATED;
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}

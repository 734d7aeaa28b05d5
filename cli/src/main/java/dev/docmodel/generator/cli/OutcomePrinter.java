package dev.docmodel.generator.cli;

import dev.docmodel.generator.Outcome;
import dev.docmodel.generator.diag.Severity;
import java.io.PrintStream;
import java.util.Map;

/** What the CLI prints of a generation's {@link Outcome}, and its exit status. */
final class OutcomePrinter {
  private OutcomePrinter() {}

  /**
   * Errors and warnings (unless quiet; notes about the docs and infos are in the report), timings, the summary line and the changes against
   * the baseline, all to stderr; returns 0 generated, 1 on problems in the docs or an unusable
   * baseline, 3 on a breaking change with {@code --fail-on-breaking}.
   */
  static int print(Outcome outcome, PrintStream err, boolean timings, boolean quiet) {
    if (!quiet) {
      outcome.diagnostics().stream()
          .filter(d -> d.severity() == Severity.ERROR || d.severity() == Severity.WARNING)
          .forEach(err::println);
    }
    if (outcome.status() == Outcome.Status.BASELINE_UNUSABLE) {
      err.println("docmodel: the baseline cannot be used; nothing generated");
      return 1;
    }
    if (timings) {
      Map<String, Long> t = outcome.timingsMillis();
      // Emit, render and write run as one parallel pass: its wall time, then each step's CPU.
      err.println("timings: read " + t.get("read") + " ms, link " + t.get("link") + " ms, plan "
          + t.get("plan") + " ms, emit+write " + t.get("write") + " ms (cpu: emit "
          + t.get("emit") + ", render " + t.get("render") + ", io " + t.get("io")
          + " ms), total " + t.get("total") + " ms");
    }
    // Concatenated, not printf: a Formatter loads locale data, a few ms of every run.
    err.println("docmodel: " + outcome.pages() + " pages, " + outcome.types() + " types, "
        + outcome.produced().size() + " files (" + outcome.written().size() + " written), "
        + outcome.count(Severity.ERROR) + " errors, " + outcome.count(Severity.WARNING)
        + " warnings, " + outcome.count(Severity.NOTE) + " notes about the docs");
    if (outcome.changes() != null) {
      err.println(outcome.changes());
    }
    if (outcome.generated()) {
      return 0;
    }
    err.println("docmodel: " + outcome.failure() + "; no source written");
    return outcome.status() == Outcome.Status.BREAKING ? 3 : 1;
  }
}

package dev.docmodel.generator.cli;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.JacksonVersion;
import dev.docmodel.generator.compat.BaselineFile;
import dev.docmodel.generator.compat.BaselineReader;
import dev.docmodel.generator.compat.ChangeReport;
import dev.docmodel.generator.compat.Compatibility;
import dev.docmodel.generator.csdl.CsdlExporter;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticReport;
import dev.docmodel.generator.diag.Severity;
import dev.docmodel.generator.emit.JavaEmitter;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.write.SourceWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generation: {@code --docs DIR ... --out DIR --package NAME}, with the reports and, with a
 * baseline, the compatibility it asks for.
 */
final class GenerateCommand {
  static final String USAGE = "usage: generator-cli --docs DIR [--docs DIR ...] --out DIR "
      + "--package NAME [--csdl FILE] [--report FILE] [--include GLOB ...] [--exclude GLOB ...] "
      + "[--infer-enums off|conventional|always] [--root NAME ...] [--page-url URL] [--jackson 2|3] "
      + "[--baseline FILE] "
      + "[--compatibility keep|report|off] [--write-baseline FILE] [--changes FILE.json] "
      + "[--changelog FILE.md] [--fail-on-breaking] [--strict] [--timings] [--quiet]";

  private final List<Path> docs = new ArrayList<>();
  private final Args.DocsOptions options = new Args.DocsOptions();
  private Path out;
  private Path csdl;
  private Path report;
  private Path baseline;
  private Compatibility.Mode mode = Compatibility.Mode.KEEP;
  private Path writeBaseline;
  private Path changes;
  private Path changelog;
  private boolean failOnBreaking;
  /** Warnings fail the run as errors do (the plugin's failOnWarning). */
  private boolean strict;
  private boolean timings;
  private String pageUrl = JavaEmitter.GRAPH_REFERENCE;
  private JacksonVersion jackson = JacksonVersion.JACKSON_2;
  private boolean quiet;

  private GenerateCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    GenerateCommand command = new GenerateCommand();
    return Args.execute(USAGE, err, () -> command.parse(new Args(args, 0)),
        () -> command.generate(err));
  }

  private void parse(Args args) {
    for (String flag = args.next(); flag != null; flag = args.next()) {
      if (options.read(flag, args)) {
        continue;
      }
      switch (flag) {
        case "--docs" -> docs.add(args.path(flag));
        case "--out" -> out = args.path(flag);
        case "--csdl" -> csdl = args.path(flag);
        case "--report" -> report = args.path(flag);
        case "--baseline" -> baseline = args.path(flag);
        case "--compatibility" -> mode = Compatibility.Mode.parse(args.value(flag));
        case "--write-baseline" -> writeBaseline = args.path(flag);
        case "--changes" -> changes = args.path(flag);
        case "--changelog" -> changelog = args.path(flag);
        case "--fail-on-breaking" -> failOnBreaking = true;
        case "--strict" -> strict = true;
        case "--page-url" -> pageUrl = args.value(flag);
        case "--jackson" -> jackson = JacksonVersion.parse(args.value(flag));
        case "--timings" -> timings = true;
        case "--quiet" -> quiet = true;
        default -> throw new IllegalArgumentException("unknown argument: " + flag);
      }
    }
    if (docs.isEmpty() || out == null) {
      throw new IllegalArgumentException("--docs, --out and --package are required");
    }
    options.requirePackage();
    if ((changes != null || changelog != null || failOnBreaking) && baseline == null) {
      throw new IllegalArgumentException("--changes, --changelog and --fail-on-breaking compare "
          + "with a --baseline");
    }
  }

  private int generate(PrintStream err) throws IOException {
    long start = System.nanoTime();
    Compatibility compatibility = Compatibility.NONE;
    if (baseline != null && mode != Compatibility.Mode.OFF) {
      BaselineFile.Read read = BaselineReader.read(baseline, options.basePackage);
      if (!read.ok()) {
        read.problems().forEach(err::println);
        err.println("docmodel: the baseline cannot be used; nothing generated");
        return 1;
      }
      compatibility = new Compatibility(mode, read.baseline());
    }
    Generator.Result result = Generator.run(new Generator.Request(
        new DocsSource(docs, options.includes, options.excludes), options.basePackage,
        new Linker.Options(Linker.GRAPH_NAMESPACE, options.enumInference), compatibility,
        options.roots, pageUrl, jackson));
    long failing = result.diagnostics().stream().filter(d -> d.isError()
        || (strict && d.severity() == Severity.WARNING)).count();
    if (failing > 0) {
      // Nothing is written from docs that fail the run: the output of the last good run stays.
      printDiagnostics(err, result.diagnostics());
      err.println("docmodel: " + failing + (strict ? " error(s) or warning(s)" : " error(s)")
          + " in the docs; nothing written");
      return 1;
    }
    long writeStart = System.nanoTime();
    SourceWriter.Result written = SourceWriter.write(out, result.sources());
    if (csdl != null) {
      Main.writeText(csdl, CsdlExporter.export(result.model()));
    }
    if (report != null) {
      Main.writeText(report, DiagnosticReport.toJson(result.diagnostics()));
    }
    if (writeBaseline != null) {
      Main.writeText(writeBaseline, BaselineFile.write(result.surface().get()));
    }
    ChangeReport changeReport = result.changes();
    if (changeReport != null) {
      if (changes != null) {
        Main.writeText(changes, changeReport.toJson());
      }
      if (changelog != null) {
        Main.writeText(changelog, changeReport.toMarkdown("Model changes since the baseline"));
      }
    }
    long end = System.nanoTime();
    printDiagnostics(err, result.diagnostics());
    if (timings) {
      printTimings(err, result.timingsMillis(), written.cpuMillis(), start, writeStart, end);
    }
    long warnings = result.diagnostics().stream()
        .filter(d -> d.severity() == Severity.WARNING).count();
    // Concatenated, not printf: a Formatter loads locale data, a few ms of every run.
    err.println("docmodel: " + result.pageCount() + " pages, " + result.model().types().size()
        + " types, " + written.produced().size() + " files (" + written.written().size()
        + " written), " + result.errorCount() + " errors, " + warnings + " warnings");
    if (changeReport != null) {
      err.println(changeReport.summary());
    }
    return failOnBreaking && changeReport != null && changeReport.unkeptBreaking() > 0 ? 3 : 0;
  }

  private void printDiagnostics(PrintStream err, List<Diagnostic> diagnostics) {
    if (!quiet) {
      for (Diagnostic d : diagnostics) {
        if (d.severity() != Severity.INFO) {
          err.println(d);
        }
      }
    }
  }

  private static void printTimings(PrintStream err, Map<String, Long> t, Map<String, Long> cpu,
      long start, long writeStart, long end) {
    // Emit, render and write run as one parallel pass: its wall time, then each step's CPU.
    err.println("timings: read " + t.get("read") + " ms, link " + t.get("link") + " ms, plan "
        + t.get("plan") + " ms, emit+write " + (end - writeStart) / 1_000_000 + " ms (cpu: emit "
        + cpu.get("emit") + ", render " + cpu.get("render") + ", io " + cpu.get("io")
        + " ms), total " + (end - start) / 1_000_000 + " ms");
  }
}

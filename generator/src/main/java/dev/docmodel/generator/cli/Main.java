package dev.docmodel.generator.cli;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.csdl.CsdlExporter;
import dev.docmodel.generator.diag.DiagnosticReport;
import dev.docmodel.generator.write.SourceWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.docmodel.generator.link.EnumInference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar generator-cli.jar --docs DIR [--docs DIR ...] --out DIR --package NAME
 * [--csdl FILE] [--report FILE] [--include GLOB] [--exclude GLOB] [--infer-enums POLICY]
 * [--timings]}.
 * Exit 0 without errors, 1 when the docs have errors, 2 on bad usage.
 */
public final class Main {
  static final String USAGE = "usage: generator-cli --docs DIR [--docs DIR ...] --out DIR "
      + "--package NAME [--csdl FILE] [--report FILE] [--include GLOB ...] [--exclude GLOB ...] "
      + "[--infer-enums off|conventional|always] [--timings] [--quiet]";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the CLI; returns the exit code (no System.exit, so tests can call it). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("check-examples")) {
      return CheckExamplesCommand.run(args, out, err);
    }
    Arguments parsed;
    try {
      parsed = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      long start = System.nanoTime();
      Generator.Result result = Generator.run(new Generator.Request(
          new DocsSource(parsed.docs, parsed.includes, parsed.excludes), parsed.basePackage,
          new Linker.Options(Linker.GRAPH_NAMESPACE, parsed.enumInference)));
      long writeStart = System.nanoTime();
      SourceWriter.Result written = SourceWriter.write(parsed.out, result.sources());
      if (parsed.csdl != null) {
        writeText(parsed.csdl, CsdlExporter.export(result.model()));
      }
      if (parsed.report != null) {
        writeText(parsed.report, DiagnosticReport.toJson(result.diagnostics()));
      }
      long end = System.nanoTime();
      if (!parsed.quiet) {
        for (Diagnostic d : result.diagnostics()) {
          if (d.severity() != dev.docmodel.generator.diag.Severity.INFO) {
            err.println(d);
          }
        }
      }
      if (parsed.timings) {
        Map<String, Long> t = result.timingsMillis();
        Map<String, Long> cpu = written.cpuMillis();
        // Emit, render and write run as one parallel pass: its wall time, then each step's CPU.
        err.println("timings: read " + t.get("read") + " ms, link " + t.get("link") + " ms, plan "
            + t.get("plan") + " ms, emit+write " + (end - writeStart) / 1_000_000 + " ms (cpu: emit "
            + cpu.get("emit") + ", render " + cpu.get("render") + ", io " + cpu.get("io")
            + " ms), total " + (end - start) / 1_000_000 + " ms");
      }
      long warnings = result.diagnostics().stream()
          .filter(d -> d.severity() == dev.docmodel.generator.diag.Severity.WARNING).count();
      // Concatenated, not printf: a Formatter loads locale data, a few ms of every run.
      err.println("docmodel: " + result.pageCount() + " pages, " + result.model().types().size()
          + " types, " + written.produced().size() + " files (" + written.written().size()
          + " written), " + result.errorCount() + " errors, " + warnings + " warnings");
      return result.errorCount() > 0 ? 1 : 0;
    } catch (IOException | RuntimeException e) {
      err.println("error: " + e);
      return 2;
    }
  }

  static void writeText(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SourceWriter.writeIfChanged(file.toAbsolutePath(), text.getBytes(StandardCharsets.UTF_8));
  }

  /** The parsed command line. */
  static final class Arguments {
    final List<Path> docs = new ArrayList<>();
    final List<String> includes = new ArrayList<>();
    final List<String> excludes = new ArrayList<>();
    Path out;
    String basePackage;
    Path csdl;
    Path report;
    EnumInference enumInference = EnumInference.CONVENTIONAL;
    boolean timings;
    boolean quiet;

    static Arguments parse(String[] args) {
      Arguments a = new Arguments();
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        switch (flag) {
          case "--docs" -> a.docs.add(Path.of(value(args, ++i, flag)));
          case "--out" -> a.out = Path.of(value(args, ++i, flag));
          case "--package" -> a.basePackage = value(args, ++i, flag);
          case "--csdl" -> a.csdl = Path.of(value(args, ++i, flag));
          case "--report" -> a.report = Path.of(value(args, ++i, flag));
          case "--include" -> a.includes.add(value(args, ++i, flag));
          case "--exclude" -> a.excludes.add(value(args, ++i, flag));
          case "--infer-enums" -> a.enumInference = EnumInference.parse(value(args, ++i, flag));
          case "--no-infer-enums" -> a.enumInference = EnumInference.OFF;
          case "--timings" -> a.timings = true;
          case "--quiet" -> a.quiet = true;
          default -> throw new IllegalArgumentException("unknown argument: " + flag);
        }
      }
      if (a.docs.isEmpty() || a.out == null || a.basePackage == null) {
        throw new IllegalArgumentException("--docs, --out and --package are required");
      }
      if (!javax.lang.model.SourceVersion.isName(a.basePackage)) {
        throw new IllegalArgumentException("not a Java package name: " + a.basePackage);
      }
      return a;
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return args[i];
    }
  }
}

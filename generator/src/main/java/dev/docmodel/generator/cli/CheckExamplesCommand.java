package dev.docmodel.generator.cli;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.check.CheckReport;
import dev.docmodel.generator.check.CompiledModel;
import dev.docmodel.generator.check.ExampleChecker;
import dev.docmodel.generator.check.ExampleOutcome;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.read.Example;
import dev.docmodel.generator.read.ExampleReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code check-examples --docs RESOURCES --api API [--report FILE]}: generates and compiles the
 * model of RESOURCES, then round-trips every typed example of the API pages through it. Exit 0
 * when none failed, 1 otherwise, 2 on bad usage.
 */
final class CheckExamplesCommand {
  static final String USAGE = "usage: generator-cli check-examples --docs DIR [--docs DIR ...] "
      + "--api DIR [--api DIR ...] [--report FILE] [--infer-enums off|conventional|always] "
      + "[--quiet]";
  private static final String PACKAGE = "docmodel.check";

  private final List<Path> docs = new ArrayList<>();
  private final List<Path> api = new ArrayList<>();
  private Path report;
  private EnumInference enumInference = EnumInference.CONVENTIONAL;
  private boolean quiet;

  private CheckExamplesCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    CheckExamplesCommand command = new CheckExamplesCommand();
    try {
      command.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      CheckReport report = command.check(out);
      if (command.report != null) {
        Main.writeText(command.report, report.toJson());
      }
      if (!command.quiet) {
        report.skipReasons().forEach((reason, n) -> out.println("skipped " + n + ": " + reason));
        Diagnostics.countByCode(report.disagreements()).forEach((code, n) ->
            out.println("disagreements " + code + ": " + n));
      }
      out.println(report.summary());
      return report.count(ExampleOutcome.Status.FAILED) == 0 ? 0 : 1;
    } catch (IOException | RuntimeException e) {
      err.println("error: " + e);
      return 2;
    }
  }

  private void parse(String[] args) {
    for (int i = 1; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--docs" -> docs.add(Path.of(value(args, ++i, flag)));
        case "--api" -> api.add(Path.of(value(args, ++i, flag)));
        case "--report" -> report = Path.of(value(args, ++i, flag));
        case "--infer-enums" -> enumInference = EnumInference.parse(value(args, ++i, flag));
        case "--quiet" -> quiet = true;
        default -> throw new IllegalArgumentException("unknown argument: " + flag);
      }
    }
    if (docs.isEmpty() || api.isEmpty()) {
      throw new IllegalArgumentException("--docs and --api are required");
    }
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private CheckReport check(PrintStream out) throws IOException {
    Generator.Result generated = Generator.run(new Generator.Request(
        new DocsSource(docs, List.of(), List.of()), PACKAGE,
        new Linker.Options("microsoft.graph", enumInference)));
    Path classes = Files.createTempDirectory("docmodel-check");
    try (CompiledModel compiled = CompiledModel.compile(generated.files(), PACKAGE, classes)) {
      Diagnostics disagreements = new Diagnostics();
      ExampleChecker checker = new ExampleChecker(generated.model(), compiled, disagreements);
      List<ExampleOutcome> outcomes = new ArrayList<>();
      for (DocsSource.PageFile page : new DocsSource(api, List.of(), List.of()).pages()) {
        for (Example example : ExampleReader.read(page.relativePath(),
            DocsSource.readText(page.file()))) {
          if (example.odataType() != null) {
            ExampleOutcome outcome = checker.check(example);
            outcomes.add(outcome);
            if (!quiet || outcome.status() == ExampleOutcome.Status.FAILED) {
              out.println(outcome);
            }
          }
        }
      }
      List<Diagnostic> sorted = disagreements.sorted();
      if (!quiet) {
        sorted.forEach(out::println);
      }
      return new CheckReport(outcomes, sorted);
    } finally {
      deleteTree(classes);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

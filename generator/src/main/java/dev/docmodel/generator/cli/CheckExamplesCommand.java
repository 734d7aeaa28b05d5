package dev.docmodel.generator.cli;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.check.CheckReport;
import dev.docmodel.generator.check.ExampleCheck;
import dev.docmodel.generator.check.ExampleOutcome;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        new Linker.Options(Linker.GRAPH_NAMESPACE, enumInference)));
    CheckReport report = ExampleCheck.run(generated, PACKAGE, api, outcome -> {
      if (!quiet || outcome.status() == ExampleOutcome.Status.FAILED) {
        out.println(outcome);
      }
    });
    if (!quiet) {
      report.disagreements().forEach(out::println);
    }
    return report;
  }
}

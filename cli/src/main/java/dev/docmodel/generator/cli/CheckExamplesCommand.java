package dev.docmodel.generator.cli;

import dev.docmodel.generator.GenerationOptions;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.JacksonVersion;
import dev.docmodel.generator.check.CheckReport;
import dev.docmodel.generator.check.ExampleCheck;
import dev.docmodel.generator.check.ExampleOutcome;
import dev.docmodel.generator.compat.Compatibility;
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
 * model of RESOURCES (for Jackson 2, or 3 with {@code --jackson 3}), then round-trips every typed
 * example of the API pages through it. Exit 0
 * when none failed, 1 otherwise, 2 on bad usage.
 */
final class CheckExamplesCommand {
  static final String USAGE = "usage: generator-cli check-examples --docs DIR [--docs DIR ...] "
      + "--api DIR [--api DIR ...] [--report FILE] [--infer-enums off|conventional|always] "
      + "[--baseline FILE [--compatibility keep|report|off]] [--jackson 2|3] [--quiet]";
  private static final String PACKAGE = "docmodel.check";

  private final List<Path> docs = new ArrayList<>();
  private final List<Path> api = new ArrayList<>();
  private Path report;
  private Path baseline;
  private Compatibility.Mode mode = Compatibility.Mode.KEEP;
  private EnumInference enumInference = EnumInference.CONVENTIONAL;
  private JacksonVersion jackson = JacksonVersion.JACKSON_2;
  private boolean quiet;

  private CheckExamplesCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    CheckExamplesCommand command = new CheckExamplesCommand();
    return Args.execute(USAGE, err, () -> command.parse(args), () -> command.checkAndReport(out));
  }

  private int checkAndReport(PrintStream out) throws IOException {
    CheckReport result = check(out);
    if (report != null) {
      Main.writeText(report, result.toJson());
    }
    if (!quiet) {
      result.skipReasons().forEach((reason, n) -> out.println("skipped " + n + ": " + reason));
      Diagnostics.countByCode(result.disagreements()).forEach((code, n) ->
          out.println("disagreements " + code + ": " + n));
    }
    out.println("request bodies: " + result.summary("request"));
    out.println("responses: " + result.summary("response"));
    out.println(result.summary());
    return result.count(ExampleOutcome.Status.FAILED) == 0 ? 0 : 1;
  }

  private void parse(String[] args) {
    for (int i = 1; i < args.length; i++) {
      String flag = args[i];
      switch (flag) {
        case "--docs" -> docs.add(Path.of(value(args, ++i, flag)));
        case "--api" -> api.add(Path.of(value(args, ++i, flag)));
        case "--report" -> report = Path.of(value(args, ++i, flag));
        case "--baseline" -> baseline = Path.of(value(args, ++i, flag));
        case "--compatibility" -> mode = Compatibility.Mode.parse(value(args, ++i, flag));
        case "--infer-enums" -> enumInference = EnumInference.parse(value(args, ++i, flag));
        case "--jackson" -> jackson = JacksonVersion.parse(value(args, ++i, flag));
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

  /**
   * Generates the model (keeping a baseline's API when given one: the kept members must not break
   * the round trip either) and checks every example against it.
   */
  private CheckReport check(PrintStream out) throws IOException {
    Generator.Result generated;
    try {
      // The API pages are docs too: their operations type the request bodies.
      List<Path> pages = new ArrayList<>(docs);
      api.stream().filter(a -> !docs.contains(a)).forEach(pages::add);
      generated = Generator.build(GenerationOptions.builder().docs(pages)
          // A baseline in use brings its package; without one, any package will do.
          .basePackage(baseline == null || mode == Compatibility.Mode.OFF ? PACKAGE : null)
          .baseline(baseline).compatibility(mode)
          .linking(new Linker.Options(Linker.GRAPH_NAMESPACE, enumInference)).jackson(jackson)
          .build());
    } catch (Generator.UnusableBaseline e) {
      throw new IOException(e.getMessage(), e);
    }
    String pkg = generated.basePackage();
    CheckReport report = ExampleCheck.run(generated, pkg, jackson, api, outcome -> {
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

package dev.docmodel.generator.cli;

import dev.docmodel.generator.GenerationOptions;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.JacksonVersion;
import dev.docmodel.generator.compat.Compatibility;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Generation: {@code --docs DIR ... --out DIR --package NAME}. A shell: the flags become {@link
 * GenerationOptions}, {@link Generator#run} does the work, the {@link Outcome} is printed.
 */
final class GenerateCommand {
  static final String USAGE = "usage: generator-cli --docs DIR [--docs DIR ...] --out DIR "
      + "--package NAME [--csdl FILE] [--report FILE] [--include GLOB ...] [--exclude GLOB ...] "
      + "[--infer-enums off|conventional|always] [--root NAME ...] [--page-url URL] [--jackson 2|3] "
      + "[--baseline FILE] "
      + "[--compatibility keep|report|off] [--write-baseline FILE] [--changes FILE.json] "
      + "[--changelog FILE.md] [--fail-on-breaking] [--no-operations] [--strict] [--timings] "
      + "[--quiet]";

  private final Args.DocsOptions docs = new Args.DocsOptions();
  private final GenerationOptions.Builder options = GenerationOptions.builder();
  private Path csdl;
  private Path report;
  private Path changes;
  private Path changelog;
  private Path writeBaseline;
  private boolean timings;
  private boolean quiet;

  private GenerateCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    GenerateCommand command = new GenerateCommand();
    return Args.execute(USAGE, err, () -> command.parse(new Args(args, 0)),
        () -> OutcomePrinter.print(Generator.run(command.options.build()), err, command.timings,
            command.quiet));
  }

  private void parse(Args args) {
    for (String flag = args.next(); flag != null; flag = args.next()) {
      if (!docs.read(flag, args) && !read(flag, args)) {
        throw new IllegalArgumentException("unknown argument: " + flag);
      }
    }
    docs.applyTo(options.reports(new GenerationOptions.Reports(csdl, report, changes, changelog,
        writeBaseline)));
    GenerationOptions built = options.build();
    if (built.docs().isEmpty() || built.outputDirectory() == null) {
      throw new IllegalArgumentException("--docs, --out and --package are required");
    }
    if ((changes != null || changelog != null || built.failOnBreaking())
        && built.baseline() == null) {
      throw new IllegalArgumentException("--changes, --changelog and --fail-on-breaking compare "
          + "with a --baseline");
    }
  }

  private boolean read(String flag, Args args) {
    switch (flag) {
      case "--docs" -> options.docs(List.of(args.path(flag)));
      case "--out" -> options.outputDirectory(args.path(flag));
      case "--csdl" -> csdl = args.path(flag);
      case "--report" -> report = args.path(flag);
      case "--changes" -> changes = args.path(flag);
      case "--changelog" -> changelog = args.path(flag);
      case "--write-baseline" -> writeBaseline = args.path(flag);
      case "--baseline" -> options.baseline(args.path(flag));
      case "--compatibility" -> options.compatibility(Compatibility.Mode.parse(args.value(flag)));
      case "--fail-on-breaking" -> options.failOnBreaking(true);
      case "--strict" -> options.failOnWarning(true);
      case "--no-operations" -> options.operations(false);
      case "--page-url" -> options.pageUrl(args.value(flag));
      case "--jackson" -> options.jackson(JacksonVersion.parse(args.value(flag)));
      case "--timings" -> timings = true;
      case "--quiet" -> quiet = true;
      default -> {
        return false;
      }
    }
    return true;
  }
}

package dev.docmodel.generator.cli;

import dev.docmodel.generator.GenerationOptions;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.compat.ChangeReport;
import dev.docmodel.generator.compat.ModelDiff;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff --old DIR ... --new DIR ... --package NAME}: the changes between two versions of the
 * docs, as the models and Java APIs generated from each. Exit 0, 3 with {@code --fail-on-breaking}
 * when something breaks, 1 when the docs have errors, 2 on bad usage.
 */
final class DiffCommand {
  static final String USAGE = "usage: generator-cli diff --old DIR [--old DIR ...] --new DIR "
      + "[--new DIR ...] --package NAME [--report FILE.json] [--changelog FILE.md] "
      + "[--include GLOB ...] [--exclude GLOB ...] [--infer-enums off|conventional|always] "
      + "[--root NAME ...] "
      + "[--fail-on-breaking] [--quiet]";

  private final List<Path> oldDocs = new ArrayList<>();
  private final List<Path> newDocs = new ArrayList<>();
  private final Args.DocsOptions options = new Args.DocsOptions();
  private Path report;
  private Path changelog;
  private boolean failOnBreaking;
  private boolean quiet;

  private DiffCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    DiffCommand command = new DiffCommand();
    return Args.execute(USAGE, err, () -> command.parse(new Args(args, 1)),
        () -> command.diff(out, err));
  }

  private void parse(Args args) {
    for (String flag = args.next(); flag != null; flag = args.next()) {
      if (options.read(flag, args)) {
        continue;
      }
      switch (flag) {
        case "--old" -> oldDocs.add(args.path(flag));
        case "--new" -> newDocs.add(args.path(flag));
        case "--report" -> report = args.path(flag);
        case "--changelog" -> changelog = args.path(flag);
        case "--fail-on-breaking" -> failOnBreaking = true;
        case "--quiet" -> quiet = true;
        default -> throw new IllegalArgumentException("unknown argument: " + flag);
      }
    }
    if (oldDocs.isEmpty() || newDocs.isEmpty()) {
      throw new IllegalArgumentException("--old, --new and --package are required");
    }
    options.requirePackage();
  }

  private int diff(PrintStream out, PrintStream err) throws IOException {
    Generator.Result before = generate(oldDocs);
    Generator.Result after = generate(newDocs);
    ChangeReport changes = ModelDiff.report(before.surface().get(), after.surface().get(),
        after.surface().get());
    if (report != null) {
      Main.writeText(report, changes.toJson());
    }
    if (changelog != null) {
      Main.writeText(changelog, changes.toMarkdown("Model changes"));
    }
    long errors = before.errorCount() + after.errorCount();
    if (!quiet) {
      for (Generator.Result side : List.of(before, after)) {
        side.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
            .map(Diagnostic::toString).forEach(err::println);
      }
      changes.changes().stream().filter(c -> c.breaking())
          .forEach(c -> out.println(c.kind() + " " + c.element() + ": " + c.detail()
              + " [wire " + c.wire().label() + ", java " + c.java().label() + "]"));
    }
    err.println(changes.summary());
    if (errors > 0) {
      return 1;
    }
    return failOnBreaking && changes.breaking() > 0 ? 3 : 0;
  }

  private Generator.Result generate(List<Path> docs) throws IOException {
    GenerationOptions.Builder generation = GenerationOptions.builder().docs(docs);
    options.applyTo(generation);
    try {
      return Generator.build(generation.build());
    } catch (Generator.UnusableBaseline e) {
      throw new IllegalStateException("no baseline was given", e);
    }
  }
}

package dev.docmodel.generator.cli;

import dev.docmodel.generator.write.ReportFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar generator-cli.jar [check-examples | diff] ...}: generation by default, checking
 * the docs' examples, or comparing two versions of the docs. Exit 0 when all is well, 1 when the
 * docs have errors, 2 on bad usage, 3 when {@code --fail-on-breaking} finds a breaking change.
 */
public final class Main {
  static final String USAGE = GenerateCommand.USAGE + "\n       " + DiffCommand.USAGE
      + "\n       " + CheckExamplesCommand.USAGE;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the CLI; returns the exit code (no System.exit, so tests can call it). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("check-examples")) {
      return CheckExamplesCommand.run(args, out, err);
    }
    if (args.length > 0 && args[0].equals("diff")) {
      return DiffCommand.run(args, out, err);
    }
    return GenerateCommand.run(args, out, err);
  }

  /** Writes a report file, creating its directory, only when its bytes change. */
  static void writeText(Path file, String text) throws IOException {
    ReportFile.write(file, text);
  }
}

package dev.docmodel.generator.cli;

import dev.docmodel.generator.GenerationOptions;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/** A command line read flag by flag: the options every command shares, and the value reading. */
final class Args {
  private final String[] args;
  private int at;

  Args(String[] args, int from) {
    this.args = args;
    this.at = from;
  }

  /** The next flag, or null at the end. */
  String next() {
    return at < args.length ? args[at++] : null;
  }

  String value(String flag) {
    if (at >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[at++];
  }

  Path path(String flag) {
    return Path.of(value(flag));
  }

  /** A command's work after its arguments were read: its exit status. */
  @FunctionalInterface
  interface Work {
    int run() throws IOException;
  }

  /**
   * Reads the arguments, then works: bad usage prints the usage and exits 2, and so does an
   * unexpected failure (a file that cannot be written), with the error.
   */
  static int execute(String usage, PrintStream err, Runnable parse, Work work) {
    try {
      parse.run();
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(usage);
      return 2;
    }
    try {
      return work.run();
    } catch (IOException | RuntimeException e) {
      err.println("error: " + e);
      return 2;
    }
  }

  /** How the docs are selected and read: what generation and diff share. */
  static final class DocsOptions {
    final List<String> includes = new ArrayList<>();
    final List<String> excludes = new ArrayList<>();
    EnumInference enumInference = EnumInference.CONVENTIONAL;
    String basePackage;
    final List<String> roots = new ArrayList<>();

    /** Reads {@code flag} when it is one of these options; false when it is not. */
    boolean read(String flag, Args args) {
      switch (flag) {
        case "--include" -> includes.add(args.value(flag));
        case "--exclude" -> excludes.add(args.value(flag));
        case "--infer-enums" -> enumInference = EnumInference.parse(args.value(flag));
        case "--no-infer-enums" -> enumInference = EnumInference.OFF;
        case "--package" -> basePackage = args.value(flag);
        case "--root" -> roots.add(args.value(flag));
        default -> {
          return false;
        }
      }
      return true;
    }

    /** Sets these options on a generation's. */
    void applyTo(GenerationOptions.Builder options) {
      requirePackage();
      options.includes(includes).excludes(excludes).basePackage(basePackage).roots(roots)
          .linking(new Linker.Options(Linker.GRAPH_NAMESPACE, enumInference));
    }

    void requirePackage() {
      if (basePackage == null) {
        throw new IllegalArgumentException("--package is required");
      }
      if (!SourceVersion.isName(basePackage)) {
        throw new IllegalArgumentException("not a Java package name: " + basePackage);
      }
    }
  }
}

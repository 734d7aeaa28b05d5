package dev.docmodel.generator;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project's seeds and the shared corpus. */
final class TestPaths {
  private TestPaths() {}

  /** The project's seeds directory (the module runs with generator/ as working directory). */
  static Path seeds() {
    Path seeds = Path.of("..", "seeds").toAbsolutePath().normalize();
    if (!Files.isDirectory(seeds)) {
      throw new IllegalStateException("seeds directory not found at " + seeds);
    }
    return seeds;
  }

  /** The in-process compiler's classpath: this JVM's, which has the runtime and Jackson. */
  static String classpath() {
    return System.getProperty("java.class.path");
  }
}

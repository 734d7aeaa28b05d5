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

  /**
   * The shared directory with the corpus and tools ({@code -Ddocmodel.shared.dir}, by default
   * {@code ../shared} beside the project), or null when absent: corpus tests then skip.
   */
  static Path shared() {
    String configured = System.getProperty("docmodel.shared.dir");
    Path dir = configured == null || configured.isBlank() ? Path.of("..", "..", "shared")
        : Path.of(configured);
    dir = dir.toAbsolutePath().normalize();
    return Files.isDirectory(dir) ? dir : null;
  }
}

package dev.docmodel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared benchmark inputs: {@code -Dbench.payloads}, else {@code -Ddocmodel.shared.dir}'s
 * {@code bench-payloads}, else {@code ../shared/bench-payloads} (from the project directory).
 */
final class Payloads {
  static final Path DIR = locate();

  private Payloads() {}

  private static Path locate() {
    String configured = System.getProperty("bench.payloads");
    if (configured != null) {
      return Path.of(configured);
    }
    String shared = System.getProperty("docmodel.shared.dir");
    return shared != null ? Path.of(shared, "bench-payloads") : Path.of("../shared/bench-payloads");
  }

  static byte[] job() {
    return read("job.json");
  }

  static byte[] jobs100() {
    return read("jobs100.json");
  }

  private static byte[] read(String name) {
    Path file = DIR.resolve(name);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("benchmark input " + file.toAbsolutePath()
          + " not found; run from the project directory or set -Dbench.payloads", e);
    }
  }
}

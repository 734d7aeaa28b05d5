package dev.docmodel.generator.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stage 4, the only code that touches the output directory: writes each file only when its bytes
 * change, and never outside the output directory whatever a name holds.
 */
public final class SourceWriter {
  /** What a write did: every path produced, and which of them were (re)written. */
  public record Result(List<Path> produced, List<Path> written) {}

  private SourceWriter() {}

  public static Result write(Path outputDirectory, List<JavaFile> files) throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    List<Path> produced = new ArrayList<>();
    for (JavaFile file : files) {
      produced.add(resolveInside(root, file.packageName(), file.typeSpec().name() + ".java"));
    }
    // Rendering and writing are per file: done in parallel, reported in the files' order.
    boolean[] changed = new boolean[files.size()];
    try {
      java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
        try {
          changed[i] = writeIfChanged(produced.get(i),
              files.get(i).toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < changed.length; i++) {
      if (changed[i]) {
        written.add(produced.get(i));
      }
    }
    return new Result(List.copyOf(produced), List.copyOf(written));
  }

  /**
   * Deletes the files a previous run produced that this run did not, and then any directories
   * left empty by that. Only paths inside {@code outputDirectory} are touched.
   *
   * @return the files deleted
   */
  public static List<Path> deleteStale(Path outputDirectory, List<Path> previous,
      List<Path> produced) throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    java.util.Set<Path> keep = new java.util.HashSet<>();
    produced.forEach(p -> keep.add(p.toAbsolutePath().normalize()));
    List<Path> deleted = new ArrayList<>();
    for (Path stale : previous) {
      Path target = stale.toAbsolutePath().normalize();
      if (!target.startsWith(root) || target.equals(root) || keep.contains(target)) {
        continue;
      }
      if (Files.deleteIfExists(target)) {
        deleted.add(target);
        for (Path dir = target.getParent(); dir != null && !dir.equals(root)
            && dir.startsWith(root); dir = dir.getParent()) {
          try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
              break;
            }
          }
          Files.delete(dir);
        }
      }
    }
    return List.copyOf(deleted);
  }

  /** Writes {@code bytes} to {@code target} unless it already holds exactly them. */
  public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
    if (Files.isRegularFile(target) && Files.size(target) == bytes.length
        && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    if (!Files.exists(target)) {
      // A new file: written in place (a torn write is caught by the byte comparison next run).
      try {
        Files.write(target, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
        return true;
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // someone created it meanwhile: replace it atomically below
      }
    }
    Path temp = Files.createTempFile(target.getParent(), ".docmodel", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }

  static Path resolveInside(Path root, String packageName, String fileName) {
    Path target = root;
    for (String segment : packageName.split("\\.")) {
      if (!segment.isEmpty()) {
        target = target.resolve(checkSegment(segment));
      }
    }
    target = target.resolve(checkSegment(fileName)).normalize();
    if (!target.startsWith(root)) {
      throw new IllegalArgumentException("refusing to write outside " + root + ": " + target);
    }
    return target;
  }

  private static String checkSegment(String segment) {
    if (segment.equals("..") || segment.equals(".") || segment.contains("/")
        || segment.contains("\\") || segment.contains(":") || segment.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("illegal path segment: " + segment);
    }
    return segment;
  }
}

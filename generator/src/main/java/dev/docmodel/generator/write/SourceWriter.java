package dev.docmodel.generator.write;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.emit.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Stage 4, the only code that touches the output directory: emits, renders and writes each file in
 * one parallel pass (so no more than a file per thread is ever held as a JavaPoet tree), writes a
 * file only when its bytes change, and never outside the output directory whatever a name holds.
 */
public final class SourceWriter {
  /**
   * What a write did: every path produced, which of them were (re)written, and the CPU time each
   * step took, summed over the threads that did it.
   *
   * @param cpuMillis {@code emit} (JavaPoet trees), {@code render} (their text), {@code io}
   *     (comparing with and writing to disk)
   */
  public record Result(List<Path> produced, List<Path> written, Map<String, Long> cpuMillis) {
    /** Nothing written. */
    public static final Result NONE = new Result(List.of(), List.of(), Map.of());
  }

  private SourceWriter() {}

  public static Result write(Path outputDirectory, List<SourceFile> files) throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    List<Path> produced = new ArrayList<>();
    for (SourceFile file : files) {
      produced.add(resolveInside(root, file.packageName(), file.typeName() + ".java"));
    }
    LongAdder emit = new LongAdder();
    LongAdder render = new LongAdder();
    LongAdder io = new LongAdder();
    boolean[] changed = new boolean[files.size()];
    try {
      IntStream.range(0, files.size()).parallel().forEach(i -> {
        long t0 = System.nanoTime();
        JavaFile file = files.get(i).emit();
        long t1 = System.nanoTime();
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        long t2 = System.nanoTime();
        try {
          changed[i] = writeIfChanged(produced.get(i), bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        emit.add(t1 - t0);
        render.add(t2 - t1);
        io.add(System.nanoTime() - t2);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < changed.length; i++) {
      if (changed[i]) {
        written.add(produced.get(i));
      }
    }
    Map<String, Long> cpu = new LinkedHashMap<>();
    cpu.put("emit", emit.sum() / 1_000_000);
    cpu.put("render", render.sum() / 1_000_000);
    cpu.put("io", io.sum() / 1_000_000);
    return new Result(List.copyOf(produced), List.copyOf(written),
        java.util.Collections.unmodifiableMap(cpu));
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
    // Not Files.createTempFile: its file is private (0600), a mode the atomic move would give the
    // target. Created plainly, the temporary file takes the permissions of the user's umask.
    Path temp = target.resolveSibling("." + target.getFileName() + "."
        + java.util.concurrent.ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + ".tmp");
    try {
      Files.write(temp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
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

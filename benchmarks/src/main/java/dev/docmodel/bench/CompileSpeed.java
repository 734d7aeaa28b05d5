package dev.docmodel.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * What users wait for: javac on generated sources, as a downstream build runs it (a cold
 * {@code javac}, {@code --release 17}), and the size of the jar of its classes. Given two
 * outputs (say the generator's before and after a change), it compiles them alternately
 * {@code rounds} times, so that a busy moment of a shared machine slows both alike, and prints
 * each round, the medians, the ratio of the medians and the jars' sizes. From the project
 * directory:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.docmodel.bench.CompileSpeed ROUNDS \
 *     SOURCES[=CLASSPATH] [SOURCES[=CLASSPATH]...]
 * </pre>
 *
 * A class path defaults to this jar's (both runtimes, both Jacksons, JSpecify); an output of an
 * earlier generator needs its own runtime's classes.
 */
public final class CompileSpeed {
  private CompileSpeed() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CompileSpeed ROUNDS SOURCES[=CLASSPATH]...");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    List<String[]> outputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String[] parts = args[i].split("=", 2);
      outputs.add(new String[] {parts[0],
          parts.length > 1 ? parts[1] : System.getProperty("java.class.path")});
    }
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    List<List<Double>> seconds = new ArrayList<>();
    long[] jarBytes = new long[outputs.size()];
    for (int round = 1; round <= rounds; round++) {
      for (int i = 0; i < outputs.size(); i++) {
        Path classes = Files.createTempDirectory("compile-speed");
        Path sources = classes.resolveSibling(classes.getFileName() + ".txt");
        Files.write(sources, javaFiles(Path.of(outputs.get(i)[0])));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(javac, "--release", "17", "-nowarn", "-proc:none",
            "-cp", outputs.get(i)[1], "-d", classes.toString(), "@" + sources)
            .inheritIO().start();
        if (process.waitFor() != 0) {
          throw new IllegalStateException("javac failed on " + outputs.get(i)[0]);
        }
        double s = (System.nanoTime() - start) / 1e9;
        if (seconds.size() <= i) {
          seconds.add(new ArrayList<>());
        }
        seconds.get(i).add(s);
        jarBytes[i] = jar(classes);
        System.out.printf("round %d  %-40s %6.2f s%n", round, outputs.get(i)[0], s);
        delete(classes);
        Files.delete(sources);
      }
    }
    for (int i = 0; i < outputs.size(); i++) {
      List<Double> sorted = seconds.get(i).stream().sorted().toList();
      System.out.printf("%-40s median %6.2f s (%.2f..%.2f), jar %,d bytes", outputs.get(i)[0],
          median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), jarBytes[i]);
      System.out.printf(i == 0 ? "%n" : ", %.2f of the first%n",
          median(sorted) / median(seconds.get(0).stream().sorted().toList()));
    }
  }

  private static List<String> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted()
          .toList();
    }
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The size of a jar of the classes, entries in a fixed order as a build writes them. */
  private static long jar(Path classes) throws IOException {
    Path jar = Files.createTempFile("compile-speed", ".jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream entries = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, entries);
        entries.closeEntry();
      }
    }
    long size = Files.size(jar);
    Files.delete(jar);
    return size;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}

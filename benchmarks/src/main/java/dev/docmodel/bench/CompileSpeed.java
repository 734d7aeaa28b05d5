package dev.docmodel.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * What users wait for: javac on generated sources, as a downstream build runs it (javac in a
 * new JVM through {@code javax.tools}, as the Maven compiler plugin does, {@code --release 17}),
 * and the size of the jar of its classes. Given two outputs (say the generator's before and after
 * a change), it compiles them alternately {@code rounds} times, so that a busy moment of a shared
 * machine slows both alike, and prints each round, the medians, the ratio of the medians and the
 * jars' sizes. Beside the time, the bytes javac allocates: the same from one run to the next
 * (a stable measure of its work where a shared machine's time varies by a fifth). From the
 * project directory:
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
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<List<Double>> seconds = new ArrayList<>();
    long[] jarBytes = new long[outputs.size()];
    List<List<Double>> megabytes = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (int i = 0; i < outputs.size(); i++) {
        Path classes = Files.createTempDirectory("compile-speed");
        Path sources = classes.resolveSibling(classes.getFileName() + ".txt");
        Files.write(sources, javaFiles(Path.of(outputs.get(i)[0])));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            Javac.class.getName(), outputs.get(i)[1], classes.toString(), sources.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String report = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
          throw new IllegalStateException("javac failed on " + outputs.get(i)[0]);
        }
        double s = (System.nanoTime() - start) / 1e9;
        double allocated = Long.parseLong(report) / 1048576.0;
        if (seconds.size() <= i) {
          seconds.add(new ArrayList<>());
          megabytes.add(new ArrayList<>());
        }
        seconds.get(i).add(s);
        megabytes.get(i).add(allocated);
        jarBytes[i] = jar(classes);
        System.out.printf("round %d  %-40s %6.2f s, javac allocated %,.0f MB%n", round,
            outputs.get(i)[0], s, allocated);
        delete(classes);
        Files.delete(sources);
      }
    }
    for (int i = 0; i < outputs.size(); i++) {
      List<Double> sorted = seconds.get(i).stream().sorted().toList();
      double allocated = median(megabytes.get(i).stream().sorted().toList());
      System.out.printf("%-40s median %6.2f s (%.2f..%.2f), javac allocated %,.0f MB, jar %,d bytes",
          outputs.get(i)[0], median(sorted), sorted.get(0), sorted.get(sorted.size() - 1),
          allocated, jarBytes[i]);
      System.out.printf(i == 0 ? "%n" : ", %.2f of the first's time, %.2f of its allocation%n",
          median(sorted) / median(seconds.get(0).stream().sorted().toList()),
          allocated / median(megabytes.get(0).stream().sorted().toList()));
    }
  }

  /**
   * One cold compilation, in the JVM {@code CompileSpeed} starts: javac through {@code
   * javax.tools} on CLASSPATH OUT @SOURCES; prints the bytes the compiling thread allocated.
   */
  static final class Javac {
    private Javac() {}

    public static void main(String[] args) {
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long thread = Thread.currentThread().getId();
      long before = threads.getThreadAllocatedBytes(thread);
      int status = ToolProvider.getSystemJavaCompiler().run(null, System.err, System.err,
          "--release", "17", "-nowarn", "-proc:none", "-cp", args[0], "-d", args[1],
          "@" + args[2]);
      System.out.println(threads.getThreadAllocatedBytes(thread) - before);
      System.exit(status);
    }
  }

  private static List<String> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted()
          .toList();
    }
  }

  /** The median of values in ascending order. */
  static double median(List<Double> sorted) {
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

package dev.docmodel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole-corpus generation against its floor, each in a cold JVM, as whole processes: the floor
 * ({@link ParseFloor}) and the CLI run alternately {@code runs} times, so that a busy moment of a
 * shared machine slows both alike, and the medians and their ratio are printed. From the project
 * directory, after {@code mvn -B -DskipTests install}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.docmodel.bench.GenerationSpeed \
 *     ../shared/corpus/graph-docs-2021-07/v1.0/resources 20 [JVM flags for every run...]
 * </pre>
 *
 * Generation is timed two ways: regenerating into a directory that an unmeasured first run filled
 * (unchanged files are compared, not written: a rebuild after a docs update), and generating into a
 * new empty directory (every file created: a first or clean build). The directories are made under
 * {@code benchmarks/target} and deleted at the end, not between runs: on some file systems a large
 * deletion slows the writes that follow it.
 */
public final class GenerationSpeed {
  private GenerationSpeed() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: GenerationSpeed PAGES_DIR RUNS [JVM flags...]");
      System.exit(2);
    }
    String pages = args[0];
    int runs = Integer.parseInt(args[1]);
    List<String> flags = List.of(args).subList(2, args.length);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String floorClasspath = System.getProperty("java.class.path");
    // Under the build directory, where generated sources go in a real build.
    Path work = Files.createTempDirectory(Path.of("benchmarks", "target"), "generation-speed");
    try {
      List<String> floor = new ArrayList<>(List.of(java));
      floor.addAll(flags);
      floor.addAll(List.of("-cp", floorClasspath, ParseFloor.class.getName(), pages));
      Path regenerated = work.resolve("regenerate");
      seconds(generate(java, flags, pages, regenerated)); // fills the directory
      List<Double> floorTimes = new ArrayList<>();
      List<Double> regenerateTimes = new ArrayList<>();
      List<Double> freshTimes = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        floorTimes.add(seconds(floor));
        regenerateTimes.add(seconds(generate(java, flags, pages, regenerated)));
        freshTimes.add(seconds(generate(java, flags, pages, work.resolve("fresh-" + i))));
      }
      double floorMedian = median(floorTimes);
      System.out.println("flags: " + (flags.isEmpty() ? "(JVM defaults)" : String.join(" ", flags))
          + "; " + runs + " alternating runs each");
      System.out.println(line("floor (commonmark parse)", floorTimes, floorMedian));
      System.out.println(line("generation, regenerate", regenerateTimes, floorMedian));
      System.out.println(line("generation, empty dir", freshTimes, floorMedian));
    } finally {
      deleteTree(work);
    }
  }

  private static List<String> generate(String java, List<String> flags, String pages, Path out) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(flags);
    command.addAll(List.of("-jar", Path.of("cli", "target", "generator-cli.jar").toString(),
        "--docs", pages, "--out", out.toString(), "--package", "x", "--quiet"));
    return command;
  }

  private static String line(String label, List<Double> times, double floorMedian) {
    double median = median(times);
    return String.format("%-26s median %.2f s, min %.2f, max %.2f; ratio to the floor %.2f", label,
        median, Collections.min(times), Collections.max(times), median / floorMedian);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Wall time of a whole process; its output is discarded, its failure is fatal. */
  private static double seconds(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException("exit " + status + ": " + String.join(" ", command));
    }
    return seconds;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}

package dev.docmodel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whole-corpus generation against its floor, each in a cold JVM, as whole processes: the floor
 * ({@link ParseFloor}) and the CLI run alternately {@code runs} times, so that a busy moment of a
 * shared machine slows both alike, and the medians and their ratio are printed. From the project
 * directory, after {@code mvn -B -DskipTests install}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.docmodel.bench.GenerationSpeed \
 *     ../shared/corpus/graph-docs-2021-07/v1.0/resources 20 [JVM flags for both...]
 * </pre>
 *
 * The CLI writes to a temporary directory that the first (unmeasured) run fills, so measured runs
 * regenerate over unchanged files, as after a docs update that touches nothing.
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
    String cli = Path.of("generator", "target", "generator-cli.jar").toString();
    String floorClasspath = System.getProperty("java.class.path");
    Path out = Files.createTempDirectory("docmodel-speed");

    List<String> generate = new ArrayList<>(List.of(java));
    generate.addAll(flags);
    generate.addAll(List.of("-jar", cli, "--docs", pages, "--out", out.toString(), "--package",
        "x", "--quiet"));
    List<String> floor = new ArrayList<>(List.of(java));
    floor.addAll(flags);
    floor.addAll(List.of("-cp", floorClasspath, ParseFloor.class.getName(), pages));

    seconds(generate); // fills the output directory
    List<Double> floorTimes = new ArrayList<>();
    List<Double> generateTimes = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      floorTimes.add(seconds(floor));
      generateTimes.add(seconds(generate));
    }
    double floorMedian = median(floorTimes);
    double generateMedian = median(generateTimes);
    System.out.printf("flags: %s%n", flags.isEmpty() ? "(JVM defaults)" : String.join(" ", flags));
    System.out.printf("floor (commonmark parse): median %.2f s, min %.2f, max %.2f%n",
        floorMedian, Collections.min(floorTimes), Collections.max(floorTimes));
    System.out.printf("generation:               median %.2f s, min %.2f, max %.2f%n",
        generateMedian, Collections.min(generateTimes), Collections.max(generateTimes));
    System.out.printf("ratio of medians: %.2f (%d alternating runs each)%n",
        generateMedian / floorMedian, runs);
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

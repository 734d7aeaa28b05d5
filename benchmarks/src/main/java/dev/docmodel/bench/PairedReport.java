package dev.docmodel.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The serializer ratios measured paired. {@link SerializationReport} runs each benchmark in forks
 * of its own, and a fork compiles the same code one of a few ways that run far apart, so a ratio
 * of two benchmarks' means is a draw over both sides' modes. Here each operation's contenders run
 * in one JVM, taking turns of {@code SECONDS} each (each after a collection), round after round:
 * they share one compilation and one moment of the machine, and a ratio is taken within each
 * round. It prints each operation's ratios as the median over the rounds and their range. From the
 * project directory:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.docmodel.bench.PairedReport [ROUNDS [SECONDS]]
 * </pre>
 *
 * Defaults: 10 rounds of 1 s turns, after 3 rounds of warm-up; an operation per JVM, with the
 * benchmark's fixed heap. The contenders are {@link SerializationBenchmark}'s own methods.
 */
public final class PairedReport {
  static final List<String> OPERATIONS = List.of("readJob", "readPage", "writeJob", "writePage");
  static final List<String> CONTENDERS =
      List.of("ours", "limit", "ours3", "limit3", "databind", "databind3", "sdk");
  /** The ratios printed. */
  static final List<Ratio> RATIOS = List.of(new Ratio("ours", "limit"),
      new Ratio("ours3", "limit3"), new Ratio("ours3", "ours"), new Ratio("ours", "databind"),
      new Ratio("ours3", "databind3"), new Ratio("ours", "sdk"));
  private static final int WARM_UP_ROUNDS = 3;

  private PairedReport() {}

  /** One contender's throughput over another's. */
  record Ratio(String numerator, String denominator) {
    String name() {
      return numerator + "/" + denominator;
    }
  }

  /** One contender's turn: {@code n} operations, each result consumed. */
  @FunctionalInterface
  interface Turn {
    void run(long n) throws Throwable;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    System.out.printf(Locale.ROOT, "%-10s", "op");
    RATIOS.forEach(r -> System.out.printf(Locale.ROOT, " %-19s", r.name()));
    System.out.println();
    for (String op : OPERATIONS) {
      // An operation per JVM, as a benchmark per fork: one operation's profile does not shape
      // another's compilation.
      Process process = new ProcessBuilder(java, SerializationBenchmark.HEAP_MIN,
          SerializationBenchmark.HEAP_MAX, SerializationBenchmark.PRE_TOUCH, "-cp", System.getProperty("java.class.path"), OneOperation.class.getName(), op,
          Integer.toString(rounds), Double.toString(seconds))
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String report = new String(process.getInputStream().readAllBytes()).trim();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(op + " failed");
      }
      System.out.println(report);
    }
  }

  /** Runs one operation's rounds in this JVM and prints its line of ratios. */
  static final class OneOperation {
    private OneOperation() {}

    public static void main(String[] args) throws Throwable {
      Map<String, List<Double>> ratios =
          measure(args[0], Integer.parseInt(args[1]), Double.parseDouble(args[2]));
      System.out.printf(Locale.ROOT, "%-10s", args[0]);
      ratios.values().forEach(r -> System.out.printf(Locale.ROOT, " %-19s", summary(r)));
      System.out.println();
    }
  }

  /**
   * Each ratio of {@link #RATIOS} for {@code op}, once per round: the contenders take turns of
   * {@code seconds}, starting each round one contender further on, so that none always follows
   * the same neighbour.
   */
  static Map<String, List<Double>> measure(String op, int rounds, double seconds)
      throws Throwable {
    SerializationBenchmark benchmark = new SerializationBenchmark();
    benchmark.setUp();
    // JMH's consumer outside JMH: it asks for this sentence, to be sure it is meant.
    Blackhole bh = new Blackhole("Today's password is swordfish. "
        + "I understand instantiating Blackholes directly is dangerous.");
    Map<String, Turn> turns = new LinkedHashMap<>();
    for (String contender : CONTENDERS) {
      turns.put(contender, PairedTurns.of(benchmark, bh, op + "_" + contender));
    }
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    RATIOS.forEach(r -> ratios.put(r.name(), new ArrayList<>()));
    long nanos = (long) (seconds * 1e9);
    for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
      Map<String, Double> score = new LinkedHashMap<>();
      for (int i = 0; i < CONTENDERS.size(); i++) {
        String contender = CONTENDERS.get((round + i) % CONTENDERS.size());
        // Each turn starts on an empty young generation: a contender that allocates much (the
        // SDK, some 9 MB a page) would otherwise leave its collection to the next one's turn.
        System.gc();
        score.put(contender, opsPerSecond(turns.get(contender), nanos));
      }
      if (round >= WARM_UP_ROUNDS) {
        RATIOS.forEach(r -> ratios.get(r.name())
            .add(score.get(r.numerator()) / score.get(r.denominator())));
      }
    }
    return ratios;
  }

  /** Runs batches of about a millisecond until {@code nanos} have passed. */
  private static double opsPerSecond(Turn turn, long nanos) throws Throwable {
    long batch = 1;
    long ops = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      long before = System.nanoTime();
      turn.run(batch);
      ops += batch;
      long took = System.nanoTime() - before;
      if (took < 1_000_000) {
        batch *= 2;
      }
      elapsed = System.nanoTime() - start;
    } while (elapsed < nanos);
    return ops * 1e9 / elapsed;
  }

  /** {@code 0.71 [0.66-0.75]}: the median and the range. */
  static String summary(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", CompileSpeed.median(sorted),
        sorted.get(0), sorted.get(sorted.size() - 1));
  }
}

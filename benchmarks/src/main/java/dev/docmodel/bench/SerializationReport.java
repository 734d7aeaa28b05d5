package dev.docmodel.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SerializationBenchmark} once with {@code -prof gc} and prints throughput (the mean
 * and the range of the forks' means), bytes allocated per operation, and the ratios from that one
 * run: ours/SDK, ours/databind, ours/limit, and on Jackson 3 ours3/databind3, ours3/limit3,
 * ours3/ours. A ratio's range is the lowest and highest quotient of two forks' means, so that two
 * forks or more say how far a ratio can be trusted. Extra arguments are JMH's ({@code -f 2 -wi 3
 * -i 5}, a benchmark regex...).
 */
public final class SerializationReport {
  private static final String[] OPERATIONS = {"readJob", "readPage", "writeJob", "writePage"};

  private SerializationReport() {}

  /** One benchmark's forks' mean scores and its allocation per operation. */
  private record Score(List<Double> forks, double mean, double bytesPerOp) {
    double min() {
      return forks.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
      return forks.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    Options options = new OptionsBuilder().parent(cli)
        .include(SerializationBenchmark.class.getSimpleName())
        .addProfiler("gc")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Score> scores = new LinkedHashMap<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      List<Double> forks = new ArrayList<>();
      for (BenchmarkResult fork : run.getBenchmarkResults()) {
        forks.add(fork.getPrimaryResult().getScore());
      }
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      scores.put(name, new Score(forks, run.getPrimaryResult().getScore(),
          alloc == null ? Double.NaN : alloc.getScore()));
    }
    System.out.println();
    System.out.printf("%-22s %14s %27s %10s%n", "benchmark", "ops/s", "forks' range", "B/op");
    scores.forEach((name, s) -> System.out.printf("%-22s %14.1f %13.1f..%-13.1f %10.0f%n", name,
        s.mean(), s.min(), s.max(), s.bytesPerOp()));
    System.out.println();
    for (String op : OPERATIONS) {
      System.out.printf("%-10s ours/sdk %s   ours/databind %s   ours/limit %s   module/databind %s%n",
          op, ratio(scores, op + "_ours", op + "_sdk"),
          ratio(scores, op + "_ours", op + "_databind"),
          ratio(scores, op + "_ours", op + "_limit"),
          ratio(scores, op + "_oursModule", op + "_databind"));
    }
    // Jackson 3: our serializers generated for it against its databind, its limit, and Jackson 2.
    for (String op : OPERATIONS) {
      System.out.printf("%-10s ours3/databind3 %s   ours3/limit3 %s   ours3/ours %s"
              + "   ours/databind3 %s%n", op,
          ratio(scores, op + "_ours3", op + "_databind3"),
          ratio(scores, op + "_ours3", op + "_limit3"),
          ratio(scores, op + "_ours3", op + "_ours"),
          ratio(scores, op + "_ours", op + "_databind3"));
    }
  }

  /** {@code a/b} of the means, then the range of the forks' quotients: {@code 1.23 [1.20-1.27]}. */
  private static String ratio(Map<String, Score> scores, String a, String b) {
    Score x = scores.get(a);
    Score y = scores.get(b);
    if (x == null || y == null) {
      return String.format("%17s", "-");
    }
    return String.format("%5.2f [%4.2f-%4.2f]", x.mean() / y.mean(), x.min() / y.max(),
        x.max() / y.min());
  }
}

package dev.docmodel.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SerializationBenchmark} once with {@code -prof gc} and prints throughput, bytes
 * allocated per operation, and the ratios ours/SDK, ours/databind, ours/limit, and on Jackson 3
 * ours3/databind3, ours3/limit3, from that one run.
 * Extra arguments are JMH's ({@code -f 1 -wi 3 -i 5}, a benchmark regex...).
 */
public final class SerializationReport {
  private SerializationReport() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    Options options = new OptionsBuilder().parent(cli)
        .include(SerializationBenchmark.class.getSimpleName())
        .addProfiler("gc")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      scores.put(name, new double[] {run.getPrimaryResult().getScore(),
          alloc == null ? Double.NaN : alloc.getScore()});
    }
    System.out.println();
    System.out.printf("%-22s %14s %14s%n", "benchmark", "ops/s", "B/op");
    scores.forEach((name, s) -> System.out.printf("%-22s %14.1f %14.0f%n", name, s[0], s[1]));
    System.out.println();
    for (String op : new String[] {"readJob", "readPage", "writeJob", "writePage"}) {
      double ours = score(scores, op + "_ours");
      System.out.printf("%-10s ours/sdk %6.2f   ours/databind %6.2f   ours/limit %6.2f"
              + "   module/databind %6.2f%n", op, ours / score(scores, op + "_sdk"),
          ours / score(scores, op + "_databind"), ours / score(scores, op + "_limit"),
          score(scores, op + "_oursModule") / score(scores, op + "_databind"));
    }
    // Jackson 3: our serializers generated for it against its databind and tokenizer.
    for (String op : new String[] {"readJob", "readPage", "writeJob", "writePage"}) {
      double ours3 = score(scores, op + "_ours3");
      System.out.printf("%-10s ours3/databind3 %6.2f   ours3/limit3 %6.2f   ours3/ours %6.2f"
              + "   databind3/databind %6.2f%n", op, ours3 / score(scores, op + "_databind3"),
          ours3 / score(scores, op + "_limit3"), ours3 / score(scores, op + "_ours"),
          score(scores, op + "_databind3") / score(scores, op + "_databind"));
    }

  }

  private static double score(Map<String, double[]> scores, String name) {
    double[] s = scores.get(name);
    return s == null ? Double.NaN : s[0];
  }
}

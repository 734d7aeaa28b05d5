package dev.docmodel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedReportTest {
  @Test
  void everyOperationHasATurnForEveryContender() throws Exception {
    SerializationBenchmark benchmark = new SerializationBenchmark();
    benchmark.setUp();
    for (String op : PairedReport.OPERATIONS) {
      for (String contender : PairedReport.CONTENDERS) {
        PairedTurns.of(benchmark, null, op + "_" + contender);
      }
    }
  }

  @Test
  void aRoundGivesEachRatioOnce() throws Throwable {
    Map<String, List<Double>> ratios = PairedReport.measure("writeJob", 2, 0.01);
    assertEquals(List.of("ours/limit", "ours3/limit3", "ours3/ours", "ours/databind",
        "ours3/databind3", "ours/sdk"), List.copyOf(ratios.keySet()));
    ratios.forEach((ratio, rounds) -> {
      assertEquals(2, rounds.size(), ratio);
      rounds.forEach(r -> assertTrue(r > 0 && Double.isFinite(r), ratio + " " + r));
    });
  }

  @Test
  void aSummaryIsTheMedianAndTheRange() {
    assertEquals("0.71 [0.66-0.90]", PairedReport.summary(List.of(0.9, 0.66, 0.71)));
    assertEquals("0.70 [0.66-0.90]", PairedReport.summary(List.of(0.9, 0.66, 0.69, 0.71)));
  }
}

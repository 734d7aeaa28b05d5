package com.example.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.check.Example;
import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.ModelReadException;
import dev.docmodel.runtime.jackson.Pages;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz run of mutated payloads (the seed API examples and, when present, the benchmark
 * job) through the generated readers: {@code -Ddocmodel.fuzz.payloads=N} (default 10,000),
 * {@code -Ddocmodel.fuzz.seed=S}. Lenient reading either reads and writes back the same JSON
 * tree, or ends in Jackson's own exception (the input is not JSON, or exceeds the stream
 * constraints); strict reading either does the same or ends in a ModelReadException. Nothing else.
 */
class PayloadFuzzTest {
  private record Input(String json, TypeDescriptor<?> type, boolean collection) {}

  private static List<Input> inputs() throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (Example e : SeedExamplesRoundTripTest.typedExamples()) {
      inputs.add(new Input(e.body(), ModelTypes.resolve(e.odataType()), e.collection()));
    }
    String shared = System.getProperty("docmodel.shared.dir");
    Path job = shared == null ? null : Path.of(shared, "bench-payloads", "job.json");
    if (job != null && Files.isRegularFile(job)) {
      inputs.add(new Input(Files.readString(job), SynchronizationJobJson.TYPE, false));
    }
    return inputs;
  }

  @Test
  void mutatedPayloadsRoundTripOrFailAsDocumented() throws IOException {
    long seed = Long.getLong("docmodel.fuzz.seed", 20261125L);
    int count = Integer.getInteger("docmodel.fuzz.payloads", 10_000);
    List<Input> inputs = inputs();
    Random random = new Random(seed);
    int[] outcomes = new int[4]; // read, syntax/constraint errors, model errors (strict), total
    for (int i = 0; i < count; i++) {
      Input input = inputs.get(random.nextInt(inputs.size()));
      String mutant = mutate(input.json(), random);
      for (ReadMode mode : ReadMode.values()) {
        try {
          String written = roundTrip(mutant, input, mode);
          if (written.equals("null")) {
            assertEquals(ReadMode.LENIENT, mode);
            outcomes[0]++;
            outcomes[3]++;
            continue;
          }
          String expected = tree(mutant);
          assertEquals(expected, Json.tree(written), () -> "seed " + seed + ", mutant changed "
              + "in a round trip: " + abbreviate(mutant));
          outcomes[0]++;
        } catch (ModelReadException e) {
          assertEquals(ReadMode.STRICT, mode, "lenient reading never reports a model error: " + e);
          outcomes[2]++;
        } catch (Throwable t) {
          if (Json.FAILURE.isInstance(t)) { // not JSON, or beyond the stream constraints
            outcomes[1]++;
            outcomes[3]++;
            continue;
          }
          throw new AssertionError("seed " + seed + ", mutant " + i + " (" + mode + ") threw " + t
              + " on " + abbreviate(mutant), t);
        }
        outcomes[3]++;
      }
    }
    System.out.printf("payload fuzz: %d reads: %d read and written back, %d not JSON or beyond "
        + "limits, %d strict model errors%n", outcomes[3], outcomes[0], outcomes[1], outcomes[2]);
    assertTrue(outcomes[0] > outcomes[3] / 10 && outcomes[2] > 0 && outcomes[1] > 0,
        "the mutations exercise every outcome");
  }

  private static String tree(String json) throws IOException {
    return Json.tree(json);
  }

  private static String roundTrip(String json, Input input, ReadMode mode) throws IOException {
    try (var p = Json.parser(json)) {
      if (input.collection()) {
        CollectionPage<?> page = Pages.read(p, ModelTypes.newReadContext(mode),
            input.type());
        return page == null ? "null" : Json.write(g -> Pages.write(g, page));
      }
      var ctx = ModelTypes.newReadContext(mode);
      var value = GraphJson.readObject(p, ctx, input.type());
      if (value == null && !ctx.problems().isEmpty()) {
        return "null"; // lenient, and the root was not an object: nothing typed to write
      }
      return Json.write(g -> GraphJson.writeObject(g, value));
    }
  }

  private static String abbreviate(String text) {
    return text.length() < 300 ? text : text.substring(0, 300) + "...";
  }

  private static final String[] VALUES = {"1", "-0", "1.50", "1e400", "9".repeat(30), "true",
      "null", "\"\"", "\"x\"", "{}", "[]", "[1,\"a\",null]", "{\"a\":{\"b\":[]}}",
      "\"2021-07-01T00:00:00.1234567Z\"", "\"P1D\"", "\"\\u0000\\ud800\"", "\"Active\"",
      "\"@odata.type\"", "{\"@odata.type\":\"#microsoft.graph.entity\",\"id\":1}"};
  private static final String[] TYPES = {"#microsoft.graph.entity",
      "#microsoft.graph.synchronizationJob", "#microsoft.graph.synchronizationSchema",
      "#microsoft.graph.nothing", "", "#", "microsoft.graph.SYNCHRONIZATIONJOB", "#Collection(x)"};

  static String mutate(String json, Random r) {
    String out = json;
    for (int round = 0, n = 1 + r.nextInt(3); round < n; round++) {
      int op = r.nextInt(10);
      int at = out.isEmpty() ? 0 : r.nextInt(out.length());
      out = switch (op) {
        case 0 -> out.substring(0, at) + (char) r.nextInt(128) + out.substring(Math.min(
            out.length(), at + 1));
        case 1 -> out.substring(0, at);
        case 2 -> out.substring(0, at) + out.substring(Math.min(out.length(), at + 1
            + r.nextInt(20)));
        case 3 -> out.substring(0, at) + out.substring(at, Math.min(out.length(), at
            + r.nextInt(40))) + out.substring(at);
        case 4, 5 -> replaceValue(out, r, VALUES[r.nextInt(VALUES.length)]);
        case 6 -> replaceValue(out, r, "[".repeat(1 + r.nextInt(1500))
            + "]".repeat(r.nextInt(1500)));
        case 7 -> out.replaceFirst("\\{", "{\"" + (r.nextBoolean() ? "dup" : "@odata.type")
            + "\":" + VALUES[r.nextInt(VALUES.length)] + ",");
        case 8 -> out.replaceFirst("\"@odata\\.type\"\\s*:\\s*\"[^\"]*\"",
            "\"@odata.type\":\"" + TYPES[r.nextInt(TYPES.length)] + "\"");
        default -> out.replaceFirst("\"(\\w+)\"\\s*:\\s*\"(\\w+)\"", "\"$1\":\"$2"
            + (r.nextBoolean() ? "X" : "") + "\",\"$1\":\"$2\"");
      };
    }
    return out;
  }

  private static String replaceValue(String json, Random r, String value) {
    List<int[]> spots = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile(":\\s*(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d[\\d.eE+-]*+|true|false|null)").matcher(json);
    while (m.find()) {
      spots.add(new int[] {m.start(1), m.end(1)});
    }
    if (spots.isEmpty()) {
      return json;
    }
    int[] spot = spots.get(r.nextInt(spots.size()));
    return json.substring(0, spot[0]) + value + json.substring(spot[1]);
  }
}

package com.example.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.ModelReadException;
import dev.docmodel.runtime.jackson.ReadContext;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Generated readers under attack. Within Jackson's StreamReadConstraints (nesting 1,000, strings
 * 20 M characters, numbers 1,000 digits) input is read as documented; beyond them both modes end
 * in Jackson's StreamConstraintsException. Never a StackOverflowError
 * or an OutOfMemoryError, and on a thread with the default stack size.
 */
class PayloadAttackTest {
  private static GraphObject read(String json, ReadMode mode, TypeDescriptor<?> type)
      throws Exception {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        outcome.set(GraphJson.fromJson(json, ModelTypes.newReadContext(mode), type));
      } catch (RuntimeException e) {
        outcome.set(Json.unwrap(e)); // what Jackson threw, on either Jackson
      } catch (Throwable t) {
        outcome.set(t);
      }
    });
    reader.start();
    reader.join();
    if (outcome.get() instanceof Exception e) {
      throw e;
    }
    if (outcome.get() instanceof Error e) {
      throw new AssertionError("an Error escaped: " + e, e);
    }
    return (GraphObject) outcome.get();
  }

  @Test
  void nestingAHundredThousandDeepIsRefusedNotOverflowed() {
    String deepUnknown = "{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    StringBuilder recursive = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      recursive.append("{\"name\":\"n\",\"parameters\":[{\"key\":\"k\",\"value\":");
    }
    recursive.append("{}").append("}]}".repeat(40_000));
    for (ReadMode mode : ReadMode.values()) {
      assertThrows(Json.CONSTRAINTS,
          () -> read(deepUnknown, mode, SynchronizationJobJson.TYPE));
      assertThrows(Json.CONSTRAINTS,
          () -> read(recursive.toString(), mode, AttributeMappingSourceJson.TYPE));
    }
  }

  @Test
  void recursiveTypesWithinTheConstraintsReadWithoutOverflow() throws Exception {
    StringBuilder json = new StringBuilder();
    // three JSON levels each: 90% of Jackson's limit (1,000 on Jackson 2, 500 on Jackson 3)
    int depth = Json.MAX_NESTING_DEPTH * 3 / 10;
    for (int i = 0; i < depth; i++) {
      json.append("{\"name\":\"n").append(i).append("\",\"parameters\":[{\"key\":\"k\",\"value\":");
    }
    json.append("{}").append("}]}".repeat(depth));
    GraphObject read = read(json.toString(), ReadMode.STRICT, AttributeMappingSourceJson.TYPE);
    assertEquals(Json.tree(json.toString()), Json.tree(GraphJson.toJson(read)));
  }

  @Test
  void aStringBeyondJacksonsLimitIsRefused() {
    // 20 million characters on Jackson 2, 100 million on Jackson 3
    String json = "{\"templateId\":\"" + "a".repeat(Json.MAX_STRING_LENGTH + 1) + "\"}";
    for (ReadMode mode : ReadMode.values()) {
      assertThrows(Json.CONSTRAINTS,
          () -> read(json, mode, SynchronizationJobJson.TYPE));
    }
  }

  @Test
  void hugeNumbers() throws Exception {
    String twoThousandDigits = "{\"countSuccessiveCompleteFailures\":" + "9".repeat(2000) + "}";
    for (ReadMode mode : ReadMode.values()) {
      assertThrows(Json.CONSTRAINTS,
          () -> read(twoThousandDigits, mode, SynchronizationStatusJson.TYPE));
    }
    String nineHundred = "{\"countSuccessiveCompleteFailures\":" + "9".repeat(900) + "}";
    GraphObject lenient = read(nineHundred, ReadMode.LENIENT, SynchronizationStatusJson.TYPE);
    assertEquals(nineHundred, GraphJson.toJson(lenient), "kept raw, exactly");
    ModelReadException strict = assertThrows(ModelReadException.class,
        () -> read(nineHundred, ReadMode.STRICT, SynchronizationStatusJson.TYPE));
    assertEquals("/countSuccessiveCompleteFailures", strict.pointer());
  }

  @Test
  void duplicateKeysFailStrictAndLetTheLastWinLeniently() throws Exception {
    String json = "{\"templateId\":\"a\",\"x\":1,\"templateId\":\"b\",\"x\":2}";
    ModelReadException strict = assertThrows(ModelReadException.class,
        () -> read(json, ReadMode.STRICT, SynchronizationJobJson.TYPE));
    assertEquals("/templateId", strict.pointer());
    SynchronizationJob job = (SynchronizationJob) read(json, ReadMode.LENIENT,
        SynchronizationJobJson.TYPE);
    assertEquals("b", job.getTemplateId());
    assertEquals(2, job.getAdditionalData().get("x").intValue());
    assertEquals(2, job.getReadProblems().size());
    assertEquals("{\"templateId\":\"b\",\"x\":2}", GraphJson.toJson(job));
  }

  @Test
  void truncatedInputEndsInAJacksonExceptionAtEveryCut() throws Exception {
    String json = GraphJson.toJson(GraphJson.fromJson("{\"id\":\"1\",\"schedule\":{\"interval\":"
        + "\"PT40M\",\"state\":\"Active\"},\"status\":{\"code\":\"Paused\",\"progress\":[{"
        + "\"completedUnits\":1,\"totalUnits\":2}],\"quarantine\":{\"reason\":\"Unknown\"}},"
        + "\"synchronizationJobSettings\":[{\"name\":\"a\",\"value\":\"b\"}],\"extra\":[1,{}]}",
        ModelTypes.newReadContext(ReadMode.LENIENT), SynchronizationJobJson.TYPE));
    for (int cut = 1; cut < json.length(); cut++) {
      String prefix = json.substring(0, cut);
      for (ReadMode mode : ReadMode.values()) {
        Exception e = assertThrows(Exception.class,
            () -> read(prefix, mode, SynchronizationJobJson.TYPE), prefix);
        assertInstanceOf(Json.FAILURE, e, prefix + " -> " + e);
      }
    }
  }

  @Test
  void wrongTypesAtTheRootAreMismatchesToo() throws Exception {
    for (String json : new String[] {"[]", "1", "\"x\"", "true"}) {
      assertThrows(ModelReadException.class,
          () -> read(json, ReadMode.STRICT, SynchronizationJobJson.TYPE));
      ReadContext ctx = ModelTypes.newReadContext(ReadMode.LENIENT);
      assertEquals(null, GraphJson.fromJson(json, ctx, SynchronizationJobJson.TYPE));
      assertTrue(ctx.problems().size() == 1, json);
    }
  }
}

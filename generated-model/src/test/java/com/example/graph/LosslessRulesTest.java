package com.example.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.ReadNote;
import dev.docmodel.runtime.ReadProblem;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.ModelReadException;
import dev.docmodel.runtime.jackson.ReadContext;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each lossless rule of the generated model pinned on a small hand-written payload: what does not
 * fit is kept and written back byte for byte (lenient), or is one exception with pointer and
 * location (strict).
 */
class LosslessRulesTest {
  private static <T extends GraphObject> T read(ReadContext ctx, String json, TypeDescriptor<T> type)
      throws IOException {
    return GraphJson.readObject(Json.parser(json), ctx, type);
  }

  private static String roundTrip(String json, TypeDescriptor<?> type) throws IOException {
    GraphObject value = read(ModelTypes.newReadContext(ReadMode.LENIENT), json, type);
    return Json.write(g -> GraphJson.writeObject(g, value));
  }

  private static ModelReadException strict(String json, TypeDescriptor<?> type) {
    return assertThrows(ModelReadException.class,
        () -> read(ModelTypes.newReadContext(ReadMode.STRICT), json, type));
  }

  @Test
  void wrongJsonTypesEverywhereAreKeptAndRecorded() throws IOException {
    String json = "{\"id\":5,\"templateId\":{\"x\":null},\"schedule\":[1,2],"
        + "\"status\":{\"code\":3,\"countSuccessiveCompleteFailures\":\"many\","
        + "\"escrowsPruned\":\"yes\",\"lastExecution\":\"soon\",\"progress\":{\"a\":1}},"
        + "\"synchronizationJobSettings\":7}";
    ReadContext ctx = ModelTypes.newReadContext(ReadMode.LENIENT);
    SynchronizationJob job = read(ctx, json, SynchronizationJobJson.TYPE);
    assertNull(job.getId());
    assertNull(job.getSchedule());
    assertEquals(List.of("/id", "/templateId", "/schedule", "/status/code",
            "/status/countSuccessiveCompleteFailures", "/status/escrowsPruned",
            "/status/lastExecution", "/status/progress", "/synchronizationJobSettings"),
        ctx.problems().stream().map(ReadProblem::pointer).toList());
    assertEquals(ctx.problems(), job.getReadProblems(), "every problem, from what the read gave");
    assertEquals("expected an object but found an array",
        job.getReadProblems().stream().filter(p -> p.pointer().equals("/schedule")).findFirst()
            .orElseThrow().message());
    assertEquals(Json.tree(json), Json.tree(Json.write(g -> GraphJson.writeObject(g, job))));
  }

  @Test
  void explicitNullsStayNullsAndAbsentStaysAbsent() throws IOException {
    String json = "{\"templateId\":null,\"status\":{\"quarantine\":null,\"progress\":null}}";
    assertEquals(Json.tree(json), Json.tree(roundTrip(json, SynchronizationJobJson.TYPE)));
  }

  @Test
  void integersNeverPassThroughDouble() throws IOException {
    for (String value : List.of("9007199254740993", "1.0", "1.50", "12345678901234567890")) {
      String json = "{\"countSuccessiveCompleteFailures\":" + value + "}";
      assertEquals(json, roundTrip(json, SynchronizationStatusJson.TYPE), value);
    }
    for (String value : List.of("1e3", "-0")) {
      String json = "{\"countSuccessiveCompleteFailures\":" + value + "}";
      assertEquals(Json.tree(json), Json.tree(roundTrip(json, SynchronizationStatusJson.TYPE)),
          value + ": the same exact number, spelled 1E+3 and 0 when written");
    }
    ReadContext ctx = ModelTypes.newReadContext(ReadMode.LENIENT);
    SynchronizationStatus status = read(ctx, "{\"countSuccessiveCompleteFailures\":"
        + "9007199254740993}", SynchronizationStatusJson.TYPE);
    assertEquals(9007199254740993L, status.getCountSuccessiveCompleteFailures(),
        "2^53 + 1 is exact: a double would round it");
  }

  @Test
  void valuesThatWouldNotBeWrittenBackIdenticallyKeepTheirText() throws IOException {
    for (String text : List.of("", "2021-07-01T00:00:00.1234567Z", "2021-07-01T02:00:00+02:00",
        "2021-07-01t00:00:00z", "0001-01-01T00:00:00Z")) {
      String json = "{\"steadyStateLastAchievedTime\":\"" + text + "\"}";
      assertEquals(json, roundTrip(json, SynchronizationStatusJson.TYPE), text);
    }
    for (String text : List.of("PT1H30M0S", "PT0H40M", "P1D", "PT1.5S", "-PT40M", "PT90M",
        "PT40M", "PT0S", "PT1H", "PT27H46M40S")) {
      String json = "{\"interval\":\"" + text + "\"}";
      assertEquals(json, roundTrip(json, SynchronizationScheduleJson.TYPE), text);
    }
    SynchronizationSchedule schedule = read(ModelTypes.newReadContext(ReadMode.LENIENT),
        "{\"interval\":\"PT0H40M\",\"expiration\":\"2021-07-01T00:00:00.1Z\"}",
        SynchronizationScheduleJson.TYPE);
    assertEquals(java.time.Duration.ofMinutes(40), schedule.getInterval());
    assertEquals(java.time.OffsetDateTime.parse("2021-07-01T00:00:00.1Z"),
        schedule.getExpiration());
  }

  @Test
  void oneBadElementKeepsTheWholeArray() throws IOException {
    String json = "{\"synchronizationJobSettings\":[{\"name\":\"a\",\"value\":\"1\"},5,null]}";
    ReadContext ctx = ModelTypes.newReadContext(ReadMode.LENIENT);
    SynchronizationJob job = read(ctx, json, SynchronizationJobJson.TYPE);
    assertEquals("a", job.getSynchronizationJobSettings().get(0).getName());
    assertNull(job.getSynchronizationJobSettings().get(1));
    assertEquals("/synchronizationJobSettings/1", ctx.problems().get(0).pointer());
    assertEquals(json, Json.write(g -> GraphJson.writeObject(g, job)));
  }

  @Test
  void undeclaredPropertiesAnnotationsAndUnlistedMembersAreNotedNotLost() throws IOException {
    String json = "{\"code\":\"Hibernating\",\"code@odata.annotation\":1,\"shiny\":[true]}";
    ReadContext ctx = ModelTypes.newReadContext(ReadMode.LENIENT);
    SynchronizationStatus status = read(ctx, json, SynchronizationStatusJson.TYPE);
    assertTrue(ctx.problems().isEmpty(), "none of this is an error");
    assertEquals(List.of(ReadNote.Kind.UNLISTED_ENUM_MEMBER, ReadNote.Kind.UNDECLARED_PROPERTY),
        ctx.notes().stream().map(ReadNote::kind).toList());
    assertEquals(List.of("/code", "/shiny"), ctx.notes().stream().map(ReadNote::pointer).toList());
    assertEquals(json, Json.write(g -> GraphJson.writeObject(g, status)));
  }

  @Test
  void strictErrorsCarryPointerAndLineColumn() {
    ModelReadException nested = strict("{\n  \"status\": {\n    \"progress\": [\n"
        + "      {\"completedUnits\": \"ten\"}\n    ]\n  }\n}", SynchronizationJobJson.TYPE);
    assertEquals("/status/progress/0/completedUnits", nested.pointer());
    assertEquals(4, nested.line());
    assertEquals(26, nested.column());
    ModelReadException timestamp = strict("{\"steadyStateLastAchievedTime\": \"\"}",
        SynchronizationStatusJson.TYPE);
    assertEquals("/steadyStateLastAchievedTime", timestamp.pointer());
    assertEquals(1, timestamp.line());
    assertEquals(33, timestamp.column());
  }

  @Test
  void strictErrorsInsideObjectsBufferedForTheirTypeAnnotation() {
    // @odata.type comes last, so the object is buffered before its class is known; the pointer
    // stays exact and the location is that of the buffered object.
    ModelReadException e = strict("\n  {\"id\": \"1\", \"templateId\": 3, "
        + "\"@odata.type\": \"#microsoft.graph.synchronizationJob\"}", EntityJson.TYPE);
    assertEquals("/templateId", e.pointer());
    assertEquals(2, e.line());
    assertEquals(3, e.column());
  }
}

package com.example.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.ModelReadException;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated model's promises, on the seed's own types. */
class ModelBehaviourTest {

  private static <T extends GraphObject> T read(String json, dev.docmodel.runtime.jackson.TypeDescriptor<T> type)
      throws IOException {
    return GraphJson.readObject(Json.parser(json), ModelTypes.newReadContext(ReadMode.LENIENT), type);
  }

  private static String write(GraphObject value) throws IOException {
    return Json.write(g -> GraphJson.writeObject(g, value));
  }

  @Test
  void theSeedTypesHaveTheDocumentedShape() throws Exception {
    assertEquals(Entity.class, SynchronizationJob.class.getSuperclass());
    assertEquals(List.of("NotConfigured", "NotRun", "Active", "Paused", "Quarantine"),
        java.util.Arrays.stream(SynchronizationStatusCode.values())
            .map(SynchronizationStatusCode::wireName).toList());
    assertEquals(Duration.class, SynchronizationSchedule.class.getMethod("getInterval").getReturnType());
    assertEquals(OffsetDateTime.class,
        SynchronizationTaskExecution.class.getMethod("getTimeBegan").getReturnType());
    assertEquals(Long.class,
        SynchronizationTaskExecution.class.getMethod("getCountEntitled").getReturnType());
    assertEquals(Long.class,
        SynchronizationStatus.class.getMethod("getCountSuccessiveCompleteFailures").getReturnType());
  }

  @Test
  void typedValuesAreReadAndQuirksAreKeptRaw() throws IOException {
    String json = "{\"id\":\"j1\",\"schedule\":{\"interval\":\"P10675199DT2H48M5.4775807S\","
        + "\"expiration\":null,\"state\":\"Disabled\"},\"status\":{\"code\":\"Paused\","
        + "\"quarantine\":{\"currentBegan\":\"\",\"reason\":\"\",\"seriesCount\":2},"
        + "\"steadyStateFirstAchievedTime\":\"0001-01-01T00:00:00Z\"}}";
    SynchronizationJob job = read(json, SynchronizationJobJson.TYPE);
    assertEquals("j1", job.getId());
    assertEquals(Duration.parse("P10675199DT2H48M5.4775807S"), job.getSchedule().getInterval());
    assertTrue(job.getSchedule().hasExpiration());
    assertNull(job.getSchedule().getExpiration());
    assertEquals(SynchronizationStatusCode.PAUSED, job.getStatus().getCode());
    assertEquals(2L, job.getStatus().getQuarantine().getSeriesCount());
    SynchronizationQuarantine quarantine = job.getStatus().getQuarantine();
    assertNull(quarantine.getCurrentBegan());
    assertEquals("", quarantine.rawValue("currentBegan").textValue());
    assertFalse(quarantine.getReadProblems().isEmpty(), "the empty timestamp is recorded");
    assertEquals(Json.tree(json), Json.tree(write(job)));
  }

  @Test
  void absentNullAndValueAreThreeStatesAndPatchBodiesHoldOnlyWhatWasSet() throws IOException {
    SynchronizationSchedule patch = new SynchronizationSchedule();
    assertEquals("{}", write(patch));
    patch.setExpiration(null);
    patch.setInterval(Duration.ofMinutes(40));
    assertEquals("{\"expiration\":null,\"interval\":\"PT40M\"}", write(patch));
    patch.clearExpiration();
    assertFalse(patch.hasExpiration());
    assertEquals("{\"interval\":\"PT40M\"}", write(patch));
  }

  @Test
  void unknownPropertiesAnnotationsAndEnumValuesSurvive() throws IOException {
    String json = "{\"@odata.context\":\"https://x/$metadata#jobs/$entity\",\"id\":\"1\","
        + "\"status\":{\"code\":\"SomethingNew\",\"futureFlag\":{\"a\":[1,2.50]}},"
        + "\"templateId@odata.type\":\"#String\",\"extra\":12345678901234567890}";
    SynchronizationJob job = read(json, SynchronizationJobJson.TYPE);
    assertNull(job.getStatus().getCode());
    assertEquals("SomethingNew", job.getStatus().rawValue("code").textValue());
    assertTrue(job.getStatus().getReadProblems().isEmpty(), "unknown enum values are no problem");
    assertEquals(List.of("@odata.context", "templateId@odata.type", "extra"),
        List.copyOf(job.getAdditionalData().keySet()));
    assertEquals(Json.tree(json), Json.tree(write(job)));
  }

  @Test
  void numbersKeepTheirExactValue() throws IOException {
    String json = "{\"countEntitled\":9223372036854775807,\"countEscrowed\":-9223372036854775808}";
    SynchronizationTaskExecution run = read(json, SynchronizationTaskExecutionJson.TYPE);
    assertEquals(Long.MAX_VALUE, run.getCountEntitled());
    assertEquals(Json.tree(json), Json.tree(write(run)));
  }

  @Test
  void aKnownDerivedTypeReadAsItsBaseYieldsTheDerivedClass() throws IOException {
    String json = "{\"id\":\"7\",\"@odata.type\":\"#microsoft.graph.synchronizationJob\","
        + "\"templateId\":\"t\"}";
    Entity entity = read(json, EntityJson.TYPE);
    SynchronizationJob job = assertInstanceOf(SynchronizationJob.class, entity);
    assertEquals("t", job.getTemplateId());
    assertEquals(Json.tree(json), Json.tree(write(entity)));
  }

  @Test
  void anUnknownDerivedTypeKeepsTheBaseClassAndLosesNothing() throws IOException {
    String json = "{\"@odata.type\":\"#microsoft.graph.somethingElse\",\"id\":\"7\",\"x\":true}";
    Entity entity = read(json, EntityJson.TYPE);
    assertEquals(Entity.class, entity.getClass());
    assertEquals(Json.tree(json), Json.tree(write(entity)));
  }

  @Test
  void strictReadingThrowsWithPointerAndLocation() {
    String json = "{\n  \"schedule\": {\n    \"interval\": 42\n  }\n}";
    ModelReadException e = assertThrows(ModelReadException.class, () -> GraphJson.readObject(
        Json.parser(json), ModelTypes.newReadContext(ReadMode.STRICT), SynchronizationJobJson.TYPE));
    assertEquals("/schedule/interval", e.pointer());
    assertEquals(3, e.line());
    assertEquals(17, e.column());
  }

  @Test
  void equalsHashCodeAndToStringCoverTheProperties() throws IOException {
    String json = "{\"id\":\"1\",\"templateId\":\"a\"}";
    SynchronizationJob a = read(json, SynchronizationJobJson.TYPE);
    SynchronizationJob b = read(json, SynchronizationJobJson.TYPE);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    b.setTemplateId("b");
    assertFalse(a.equals(b));
    assertTrue(a.toString().contains("templateId=a"), a.toString());
  }

  @Test
  void theJacksonModuleUsesTheGeneratedSerializers() throws IOException {
    var mapper = Json.mapper(new ModelModule());
    String json = "{\"@odata.type\":\"#microsoft.graph.synchronizationJob\",\"id\":\"1\","
        + "\"status\":{\"code\":\"Active\",\"countSuccessiveCompleteFailures\":3}}";
    Entity entity = mapper.readValue(json, Entity.class);
    SynchronizationJob job = assertInstanceOf(SynchronizationJob.class, entity);
    assertEquals(SynchronizationStatusCode.ACTIVE, job.getStatus().getCode());
    assertEquals(Json.tree(json), Json.tree(mapper.writeValueAsString(job)));
  }

  @Test
  void aCollectionSetterKeepsTheListItIsGivenAndListsReadAreMutable() {
    java.util.ArrayList<KeyValuePair> settings = new java.util.ArrayList<>();
    SynchronizationJob job = new SynchronizationJob();
    job.setSynchronizationJobSettings(settings);
    KeyValuePair pair = new KeyValuePair();
    pair.setName("a");
    settings.add(pair);
    assertTrue(job.getSynchronizationJobSettings() == settings, "the list itself, not a copy");
    assertEquals("{\"synchronizationJobSettings\":[{\"name\":\"a\"}]}", GraphJson.toJson(job));
    SynchronizationJob read = GraphJson.fromJson(GraphJson.toJson(job),
        ModelTypes.newReadContext(ReadMode.STRICT), SynchronizationJobJson.TYPE);
    read.getSynchronizationJobSettings().add(new KeyValuePair());
    assertEquals("{\"synchronizationJobSettings\":[{\"name\":\"a\"},{}]}", GraphJson.toJson(read));
    job.setSynchronizationJobSettings(List.of());
    assertThrows(UnsupportedOperationException.class,
        () -> job.getSynchronizationJobSettings().add(pair), "an immutable list stays immutable");
  }

  /** A user's own class holding model objects where a base type is declared. */
  public static final class Holder {
    public Entity member;
    public List<Entity> members;
  }

  @Test
  void aUsersOwnClassKeepsDerivedTypesThroughTheJacksonModule() throws Exception {
    var mapper = Json.mapper(new ModelModule());
    SynchronizationJob job = new SynchronizationJob();
    job.setTemplateId("t");
    Entity plain = new Entity();
    plain.setId("e");
    Holder holder = new Holder();
    holder.member = job;
    holder.members = List.of(plain, job);
    String json = mapper.writeValueAsString(holder);
    assertEquals("{\"member\":{\"@odata.type\":\"#microsoft.graph.synchronizationJob\","
        + "\"templateId\":\"t\"},\"members\":[{\"id\":\"e\"},{\"@odata.type\":"
        + "\"#microsoft.graph.synchronizationJob\",\"templateId\":\"t\"}]}", json);
    Holder back = mapper.readValue(json, Holder.class);
    assertInstanceOf(SynchronizationJob.class, back.member);
    assertEquals(Entity.class, back.members.get(0).getClass());
    assertInstanceOf(SynchronizationJob.class, back.members.get(1));
    assertEquals("{\"templateId\":\"t\"}", mapper.writeValueAsString(job),
        "a body declares nothing: nothing added");
  }

  @Test
  void theModelIsNullMarkedAndSaysWhatMayBeNull() throws Exception {
    for (Class<?> generated : List.of(SynchronizationJob.class, SynchronizationJobJson.class,
        SynchronizationStatusCode.class, ModelTypes.class, ModelModule.class)) {
      assertTrue(generated.isAnnotationPresent(org.jspecify.annotations.NullMarked.class),
          generated.getName());
    }
    java.lang.reflect.Method getter = SynchronizationJob.class.getMethod(
        "getSynchronizationJobSettings");
    java.lang.reflect.AnnotatedParameterizedType list =
        (java.lang.reflect.AnnotatedParameterizedType) getter.getAnnotatedReturnType();
    assertTrue(list.isAnnotationPresent(org.jspecify.annotations.Nullable.class), "absent: null");
    assertTrue(list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(
        org.jspecify.annotations.Nullable.class), "a JSON array may hold null");
    assertTrue(SynchronizationJob.class.getMethod("setTemplateId", String.class)
        .getAnnotatedParameterTypes()[0].isAnnotationPresent(
            org.jspecify.annotations.Nullable.class));
    assertFalse(SynchronizationJob.class.getMethod("hasTemplateId").getAnnotatedReturnType()
        .isAnnotationPresent(org.jspecify.annotations.Nullable.class));
    assertTrue(dev.docmodel.runtime.GraphObject.class.getPackage().isAnnotationPresent(
        org.jspecify.annotations.NullMarked.class), "the runtime too");
  }

  @Test
  void theTextConveniencesAreUncheckedAndCarryTheStrictFailure() {
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> GraphJson.fromJson("{\"id\":1}", ModelTypes.newReadContext(ReadMode.STRICT),
            SynchronizationJobJson.TYPE));
    assertEquals("/id", assertInstanceOf(ModelReadException.class, Json.unwrap(e)).pointer());
    RuntimeException truncated = assertThrows(RuntimeException.class, () -> GraphJson.fromJson(
        "{\"id\":", ModelTypes.newReadContext(ReadMode.LENIENT), SynchronizationJobJson.TYPE));
    assertInstanceOf(Json.FAILURE, Json.unwrap(truncated));
  }

  @Test
  void throughTheJacksonModuleProblemsAreCollectedOnWhatWasReadOrStrictFails() throws Exception {
    String json = "{\"id\":\"1\",\"status\":{\"quarantine\":{\"currentBegan\":\"\"},"
        + "\"countSuccessiveCompleteFailures\":\"many\"}}";
    SynchronizationJob job = Json.mapper(new ModelModule()).readValue(json,
        SynchronizationJob.class);
    assertEquals(List.of("/status/countSuccessiveCompleteFailures",
        "/status/quarantine/currentBegan"), job.getReadProblems().stream()
        .map(p -> p.pointer()).sorted().toList(), "the root has every problem of the read");
    assertEquals(List.of("/status/quarantine/currentBegan"), job.getStatus().getQuarantine()
        .getReadProblems().stream().map(p -> p.pointer()).toList());
    var strict = Json.mapper(new ModelModule(ReadMode.STRICT));
    ModelReadException failure = assertThrows(ModelReadException.class,
        () -> strict.readValue(json, SynchronizationJob.class));
    assertEquals("/status/quarantine/currentBegan", failure.pointer());
    String unlisted = "{\"code\":\"NotYetDocumented\"}";
    SynchronizationStatus status = strict.readValue(unlisted, SynchronizationStatus.class);
    assertNull(status.getCode(), "strict reading accepts enum values the docs never listed");
    assertEquals("{\"code\":\"NotYetDocumented\"}", strict.writeValueAsString(status));
  }
}

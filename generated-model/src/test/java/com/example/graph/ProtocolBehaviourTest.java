package com.example.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.DeltaRemoval;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ODataError;
import dev.docmodel.runtime.PatchBody;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.ReadProblem;
import dev.docmodel.runtime.jackson.Changes;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.Pages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What users wrote by hand around the model: changes since a read, annotations, envelopes. */
class ProtocolBehaviourTest {
  private static final String JOB = "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/"
      + "$metadata#servicePrincipals('1')/synchronization/jobs/$entity\",\"id\":\"j1\","
      + "\"templateId\":\"Slack\",\"schedule\":{\"interval\":\"PT40M\",\"state\":\"Active\"},"
      + "\"status\":{\"code\":\"Paused\",\"countSuccessiveCompleteFailures\":0}}";

  @Test
  void aReadObjectWritesOnlyTheChangedPropertyThroughTheModule() throws Exception {
    var mapper = Json.mapper(new ModelModule().snapshotOnRead(true));
    SynchronizationJob job = mapper.readValue(JOB, SynchronizationJob.class);
    assertFalse(Changes.changed(job));
    assertEquals("{}", mapper.writeValueAsString(PatchBody.of(job)));
    job.setTemplateId("AzureAD");
    assertTrue(Changes.changed(job));
    assertEquals("{\"templateId\":\"AzureAD\"}", mapper.writeValueAsString(PatchBody.of(job)));
    assertEquals(Json.tree(JOB.replace("Slack", "AzureAD")),
        Json.tree(mapper.writeValueAsString(job)), "the whole object is still written whole");
  }

  @Test
  void aNestedChangeSendsTheComplexValueWholeAndANullIsAChange() throws Exception {
    SynchronizationJob job = GraphJson.fromJson(JOB,
        ModelTypes.newReadContext(ReadMode.LENIENT).snapshotOnRead(), SynchronizationJobJson.TYPE);
    job.getSchedule().setInterval(Duration.ofMinutes(20));
    job.setStatus(null);
    assertEquals("{\"schedule\":{\"interval\":\"PT20M\",\"state\":\"Active\"},\"status\":null}",
        Changes.toJson(job));
  }

  @Test
  void aSnapshotOnRequestAndNoneAtAll() {
    SynchronizationJob job = new SynchronizationJob();
    job.setId("j1");
    assertEquals("{\"id\":\"j1\"}", Changes.toJson(job), "no snapshot: every member");
    Changes.snapshot(job);
    job.setTemplateId("t");
    assertEquals("{\"templateId\":\"t\"}", Changes.toJson(job));
    Changes.forget(job);
    assertEquals("{\"id\":\"j1\",\"templateId\":\"t\"}", Changes.toJson(job));
  }

  @Test
  void instanceAnnotationsAreTypedAndBindingsWritten() throws Exception {
    String json = "{\"@odata.etag\":\"W/\\\"1\\\"\",\"@odata.id\":\"https://g/jobs/j1\","
        + "\"@microsoft.graph.downloadUrl\":\"https://d\",\"id\":\"j1\","
        + "\"schedule@odata.type\":\"#microsoft.graph.synchronizationSchedule\","
        + "\"@removed\":{\"reason\":\"deleted\"}}";
    SynchronizationJob job = GraphJson.fromJson(json, ModelTypes.newReadContext(ReadMode.STRICT),
        SynchronizationJobJson.TYPE);
    assertEquals("W/\"1\"", job.getODataETag());
    assertEquals("https://g/jobs/j1", job.getODataId());
    assertEquals(JsonValue.of("https://d"), job.getInstanceAnnotation("microsoft.graph.downloadUrl"));
    assertEquals(JsonValue.of("#microsoft.graph.synchronizationSchedule"),
        job.getPropertyAnnotation("schedule", "@odata.type"));
    DeltaRemoval removed = job.getDeltaRemoved();
    assertTrue(removed.deleted());
    assertNull(new SynchronizationJob().getDeltaRemoved());

    SynchronizationJob created = new SynchronizationJob();
    created.bindNavigation("schema", "https://graph.microsoft.com/v1.0/schemas/1");
    created.bindNavigation("owners", List.of("https://g/users/a", "https://g/users/b"));
    assertEquals("{\"schema@odata.bind\":\"https://graph.microsoft.com/v1.0/schemas/1\","
        + "\"owners@odata.bind\":[\"https://g/users/a\",\"https://g/users/b\"]}",
        GraphJson.toJson(created));
  }

  @Test
  void aPageOfStringsReadAsObjectsSaysWhyItsItemsAreNull() {
    CollectionPage<SynchronizationJob> page = Pages.fromJson("{\"value\":[\"a\",\"b\"],"
        + "\"@odata.count\":2,\"@odata.deltaLink\":\"https://g/delta?token=1\"}",
        ModelTypes.newReadContext(ReadMode.LENIENT), SynchronizationJobJson.TYPE);
    assertEquals(java.util.Arrays.asList(null, null), page.getValue());
    assertEquals(List.of("/value/0", "/value/1"),
        page.getReadProblems().stream().map(ReadProblem::pointer).toList());
    assertEquals(2L, page.getCount());
    assertEquals("https://g/delta?token=1", page.getDeltaLink());
  }

  @Test
  void anObjectOfAnotherKnownTypeIsAProblemNotASilentMismatch() throws Exception {
    String json = "{\"@odata.type\":\"#microsoft.graph.synchronizationSchedule\",\"id\":\"x\"}";
    SynchronizationJob job = GraphJson.fromJson(json, ModelTypes.newReadContext(ReadMode.LENIENT),
        SynchronizationJobJson.TYPE);
    assertEquals(List.of("@odata.type #microsoft.graph.synchronizationSchedule is not "
        + "microsoft.graph.synchronizationJob nor derived from it"),
        job.getReadProblems().stream().map(ReadProblem::message).toList());
    assertEquals(Json.tree(json), Json.tree(GraphJson.toJson(job)), "nothing lost");
    assertThrows(RuntimeException.class, () -> GraphJson.fromJson(json,
        ModelTypes.newReadContext(ReadMode.STRICT), SynchronizationJobJson.TYPE));
  }

  @Test
  void aPageBuiltByHandWritesReadAndNewItemsAlike() throws Exception {
    SynchronizationJob read = GraphJson.fromJson(
        "{\"@odata.type\":\"#microsoft.graph.synchronizationJob\",\"id\":\"r\"}",
        ModelTypes.newReadContext(ReadMode.STRICT), SynchronizationJobJson.TYPE);
    SynchronizationJob created = new SynchronizationJob();
    created.setId("n");
    List<Entity> items = new ArrayList<>(List.of(read, created));
    assertEquals("{\"value\":[{\"@odata.type\":\"#microsoft.graph.synchronizationJob\","
        + "\"id\":\"r\"},{\"@odata.type\":\"#microsoft.graph.synchronizationJob\",\"id\":\"n\"}]}",
        Pages.toJson(new CollectionPage<>(items, Map.of())));
  }

  @Test
  void theModuleReadsAndWritesJsonValuesAndErrors() throws Exception {
    var mapper = Json.mapper(new ModelModule());
    JsonValue value = mapper.readValue("{\"a\":[1.50,null]}", JsonValue.class);
    assertEquals(JsonValue.number("1.50"), value.at("/a/0"));
    assertEquals("{\"a\":[1.50,null]}", mapper.writeValueAsString(value));
    ODataError error = mapper.readValue("{\"error\":{\"code\":\"Forbidden\",\"innerError\":"
        + "{\"request-id\":\"r\"}}}", ODataError.class);
    assertEquals("r", error.innerError().requestId());
    assertEquals("{\"error\":{\"code\":\"Forbidden\",\"innerError\":{\"request-id\":\"r\"}}}",
        mapper.writeValueAsString(error));
  }
}

package it.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a Jackson 3 application does with the model, through its own JsonMapper. */
class DownstreamTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new ModelModule()).build();

  private static String job() throws Exception {
    try (var in = DownstreamTest.class.getResourceAsStream("/job.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheDocsJobAndWritesItBackToAnEqualTree() throws Exception {
    SynchronizationJob job = MAPPER.readValue(job(), SynchronizationJob.class);
    assertEquals("BoxOutDelta", job.getTemplateId());
    assertEquals(2, job.getStatus().getQuarantine().getSeriesCount());
    assertEquals(MAPPER.readTree(job()), MAPPER.readTree(MAPPER.writeValueAsString(job)));
  }

  @Test
  void readsItAsAnEntityIntoTheDerivedClass() throws Exception {
    String typed = "{\"@odata.type\":\"#microsoft.graph.synchronizationJob\","
        + job().strip().substring(1);
    Entity entity = MAPPER.readValue(typed, Entity.class);
    SynchronizationJob job = assertInstanceOf(SynchronizationJob.class, entity);
    assertEquals("BoxOutDelta", job.getTemplateId());
    assertEquals(MAPPER.readTree(typed), MAPPER.readTree(MAPPER.writeValueAsString(entity)));
  }

  @Test
  void writesAPatchBodyHoldingExactlyWhatWasSet() throws Exception {
    SynchronizationJob patch = new SynchronizationJob();
    patch.setTemplateId("BoxOutDelta");
    patch.setSchedule(null);
    assertEquals("{\"schedule\":null,\"templateId\":\"BoxOutDelta\"}", // declared order
        MAPPER.writeValueAsString(patch));
  }

  @Test
  void jackson2IsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.core.JsonFactory"));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
  }
}

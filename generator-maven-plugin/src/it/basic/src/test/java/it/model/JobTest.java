package it.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JobTest {
  @Test
  void readsAJobThroughItsBaseType() throws Exception {
    String json = "{\"@odata.type\":\"#microsoft.graph.job\",\"id\":\"1\",\"state\":\"paused\","
        + "\"size\":9007199254740993,\"started\":\"2021-07-01T00:00:00Z\"}";
    Entity entity = GraphJson.fromJson(json, ModelTypes.newReadContext(ReadMode.STRICT),
        EntityJson.TYPE);
    Job job = assertInstanceOf(Job.class, entity);
    assertEquals(JobState.PAUSED, job.getState());
    assertEquals(9007199254740993L, job.getSize());
    assertEquals(OffsetDateTime.parse("2021-07-01T00:00:00Z"), job.getStarted());
    assertEquals(json, GraphJson.toJson(job));
  }
}

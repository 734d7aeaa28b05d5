package it.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import org.junit.jupiter.api.Test;

/** Code written against the first generation: it must compile and work after the docs change. */
class KeptTest {
  @Test
  void theOwnerStaysReadAndWritten() throws Exception {
    Job job = new Job();
    job.setOwner("ops");
    String json = GraphJson.toJson(job);
    assertEquals("{\"owner\":\"ops\"}", json);
    Job read = GraphJson.fromJson(json, ModelTypes.newReadContext(ReadMode.STRICT), JobJson.TYPE);
    assertEquals("ops", read.getOwner());
  }
}

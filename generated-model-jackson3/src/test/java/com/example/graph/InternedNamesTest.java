package com.example.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the README advises Jackson 3 users for reading speed: a mapper whose factory interns
 * property names (Jackson 3 does not by default, Jackson 2 does) reads and writes the model exactly
 * as a default mapper does; {@code builderWithJackson2Defaults()} is such a mapper.
 */
class InternedNamesTest {
  private static final String JOB = "{\"@odata.type\":\"#microsoft.graph.synchronizationJob\","
      + "\"id\":\"BoxOutDelta.0f6a\",\"templateId\":\"BoxOutDelta\",\"schedule\":{\"expiration\":"
      + "\"2027-01-01T00:00:00Z\",\"interval\":\"PT40M\",\"state\":\"Active\"},\"status\":{"
      + "\"code\":\"Active\",\"countSuccessiveCompleteFailures\":0,\"escrowsPruned\":false,"
      + "\"lastExecution\":{\"countEntitled\":1200,\"countImported\":10432,\"state\":"
      + "\"Succeeded\",\"timeBegan\":\"2026-11-20T00:12:45.1234567Z\"},\"progress\":[{"
      + "\"completedUnits\":40,\"totalUnits\":100,\"units\":\"Escrows\"}],\"unlisted\":[1]}}";

  @Test
  void aMapperOnAnInterningFactoryReadsAndWritesAsTheDefaultOne() throws Exception {
    JsonMapper plain = JsonMapper.builder().addModule(new ModelModule()).build();
    JsonMapper interning = JsonMapper.builder(JsonFactory.builder()
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build())
        .addModule(new ModelModule())
        .build();
    SynchronizationJob expected = plain.readValue(JOB, SynchronizationJob.class);
    SynchronizationJob actual = interning.readValue(JOB, SynchronizationJob.class);

    assertEquals(expected, actual);
    assertEquals(plain.writeValueAsString(expected), interning.writeValueAsString(actual));
    assertEquals(plain.readTree(JOB), interning.readTree(interning.writeValueAsString(actual)));
  }

  @Test
  void jackson3InternsOnlyWhenAsked() {
    assertFalse(JsonMapper.builder().build().tokenStreamFactory()
        .isEnabled(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES));
    assertTrue(JsonMapper.builderWithJackson2Defaults().build().tokenStreamFactory()
        .isEnabled(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES));
  }
}

package dev.docmodel.generator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.LenientJson;
import org.junit.jupiter.api.Test;

class JsonDiffTest {
  private static JsonNode json(String text) throws LenientJson.Invalid {
    return LenientJson.parse(text, Location.ofPage("t.md")).root();
  }

  private static String diff(String a, String b) throws LenientJson.Invalid {
    return JsonDiff.firstDifference(json(a), json(b));
  }

  @Test
  void objectsAreMapsArraysAreSequences() throws Exception {
    assertNull(diff("{\"a\":1,\"b\":[1,2]}", "{\"b\":[1,2],\"a\":1}"));
    assertEquals("/b/1", diff("{\"a\":1,\"b\":[1,2]}", "{\"a\":1,\"b\":[1,3]}"));
    assertEquals("/b/2", diff("{\"b\":[1,2]}", "{\"b\":[1,2,3]}"));
    assertEquals("/c", diff("{\"a\":1}", "{\"a\":1,\"c\":null}"), "an added member differs");
    assertEquals("/a", diff("{\"a\":null}", "{}"), "an explicit null is not absence");
  }

  @Test
  void scalarsCompareExactly() throws Exception {
    assertEquals("/n", diff("{\"n\":1024}", "{\"n\":1024.0}"));
    assertEquals("/n", diff("{\"n\":1.10}", "{\"n\":1.1}"));
    assertEquals("/s", diff("{\"s\":\"2021-07-01T00:00:00Z\"}",
        "{\"s\":\"2021-07-01T00:00Z\"}"));
    assertEquals("/s", diff("{\"s\":\"\"}", "{\"s\":null}"));
    assertEquals("/b", diff("{\"b\":\"true\"}", "{\"b\":true}"));
    assertNull(diff("{\"n\":12345678901234567890123}", "{\"n\":12345678901234567890123}"));
  }
}

package dev.docmodel.runtime.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docmodel.runtime.JsonValue;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model's own JSON tree: exact, immutable, navigable, and convertible to Jackson's. */
class JsonTreesTest {
  private static final String DOCUMENT = "{\"a\":[1,1.50,123456789012345678901234567890,-2e10],"
      + "\"b\":{\"c/d\":\"x\\\"y\\n\\u0001\",\"e~f\":null},\"g\":true}";

  private static JsonValue read(String json) throws Exception {
    try (JsonParser p = Jackson.parser(json)) {
      p.nextToken();
      return JsonTrees.read(p);
    }
  }

  @Test
  void numbersAndTextAreKeptExactlyAsWritten() throws Exception {
    JsonValue value = read(DOCUMENT);
    assertEquals(DOCUMENT.replace("\\u0001", "\\u0001"), value.toString());
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Jackson.generator(out)) {
      JsonTrees.write(g, value);
    }
    assertEquals(DOCUMENT, out.toString(), "written back byte for byte");
    assertEquals("1.50", value.at("/a/1").toString());
    assertEquals(new BigDecimal("123456789012345678901234567890"), value.at("/a/2").decimalValue());
    assertEquals(value, read(DOCUMENT), "equal by value");
    assertFalse(read("{\"n\":1.5}").equals(read("{\"n\":1.50}")), "1.5 and 1.50 differ as text");
  }

  @Test
  void navigationNeverThrows() throws Exception {
    JsonValue value = read(DOCUMENT);
    assertEquals("x\"y\n\u0001", value.at("/b/c~1d").textValue());
    assertTrue(value.at("/b/e~0f").isNull());
    assertNull(value.at("/b/missing"));
    assertNull(value.at("/a/9"));
    assertNull(value.get("a").get("x"));
    assertEquals(0, value.get("g").intValue());
    assertTrue(value.get("g").booleanValue());
    assertEquals(4, value.get("a").size());
    assertEquals(1, value.at("/a/0").intValue());
    assertEquals("true", value.get("g").asText());
  }

  @Test
  void valuesAreImmutable() throws Exception {
    JsonValue value = read(DOCUMENT);
    assertThrows(UnsupportedOperationException.class,
        () -> ((JsonValue.Obj) value).members().put("z", JsonValue.NULL));
    assertThrows(UnsupportedOperationException.class,
        () -> ((JsonValue.Arr) value.get("a")).elements().add(JsonValue.NULL));
    JsonValue built = JsonValue.object(Map.of("list", JsonValue.array(List.of(JsonValue.of(1),
        JsonValue.of("s"), JsonValue.of(false), JsonValue.NULL))));
    assertEquals("{\"list\":[1,\"s\",false,null]}", built.toString());
  }

  @Test
  void jacksonTreesConvertBothWaysWithoutLosingDigits() throws Exception {
    JsonValue value = read(DOCUMENT);
    JsonNode node = JsonTrees.toJsonNode(value);
    assertEquals(new ObjectMapper().readTree(DOCUMENT).get("b"), node.get("b"));
    assertEquals("123456789012345678901234567890", node.at("/a/2").bigIntegerValue().toString());
    assertEquals(new BigDecimal("1.50"), node.at("/a/1").decimalValue());
    JsonValue back = JsonTrees.fromJsonNode(node);
    assertEquals(value.get("b"), back.get("b"));
    assertEquals(value.at("/a/2"), back.at("/a/2"), "every digit");
    // A Jackson tree keeps a number's value, not its spelling: -2e10 comes back as -2E+10.
    assertEquals(0, value.at("/a/3").decimalValue().compareTo(back.at("/a/3").decimalValue()));
  }
}

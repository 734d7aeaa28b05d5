package com.example.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.StringWriter;

/** Test helpers: exact JSON trees for comparison, and a generator to write with. */
final class Json {
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();
  /** Numbers compared exactly: 1 and 1.0 differ, as do 1.10 and 1.1. */
  static final JsonMapper EXACT = JsonMapper.builder(FACTORY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private Json() {}

  static JsonNode tree(String json) throws IOException {
    return EXACT.readTree(json);
  }

  static JsonParser parser(String json) throws IOException {
    JsonParser p = FACTORY.createParser(json);
    p.nextToken();
    return p;
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static String write(Body body) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    }
    return out.toString();
  }
}

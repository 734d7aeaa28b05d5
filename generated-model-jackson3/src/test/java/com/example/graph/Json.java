package com.example.graph;

import dev.docmodel.runtime.jackson.JsonTrees;
import java.io.StringWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' Jackson 3 side: everything generated-model's shared tests need that names Jackson's
 * own types. generated-model has the same class for Jackson 2.
 */
final class Json {
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();
  /** What Jackson throws on input that is not JSON or is beyond its constraints. */
  static final Class<? extends Exception> FAILURE = JacksonException.class;
  /** What Jackson throws on input beyond its stream constraints. */
  static final Class<? extends Exception> CONSTRAINTS = StreamConstraintsException.class;

  /** Jackson's default limits, which differ between 2 and 3. */
  static final int MAX_NESTING_DEPTH = StreamReadConstraints.defaults().getMaxNestingDepth();
  static final int MAX_STRING_LENGTH = StreamReadConstraints.defaults().getMaxStringLength();

  private Json() {}

  /** The exact tree of {@code json}, to compare: see {@link ExactTree}. */
  static String tree(String json) {
    try (JsonParser p = parser(json)) {
      return ExactTree.of(JsonTrees.read(p));
    }
  }

  static JsonParser parser(String json) {
    JsonParser p = FACTORY.createParser(json);
    p.nextToken();
    return p;
  }

  interface Body {
    void write(JsonGenerator g);
  }

  static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    }
    return out.toString();
  }

  /** An application's mapper with the model's module. */
  static JsonMapper mapper(JacksonModule module) {
    return JsonMapper.builder().addModule(module).build();
  }

  /** What the text conveniences failed with: on Jackson 3 the exception itself. */
  static Throwable unwrap(RuntimeException e) {
    return e;
  }
}

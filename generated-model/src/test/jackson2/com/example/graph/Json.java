package com.example.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.docmodel.runtime.jackson.JsonTrees;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The tests' Jackson 2 side: everything the shared tests (src/test/java, run on both Jacksons)
 * need that names Jackson's own types. generated-model-jackson3 has the same class for Jackson 3.
 */
final class Json {
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();
  /** What Jackson throws on input that is not JSON or is beyond its constraints. */
  static final Class<? extends Exception> FAILURE = JsonProcessingException.class;
  /** What Jackson throws on input beyond its stream constraints. */
  static final Class<? extends Exception> CONSTRAINTS = StreamConstraintsException.class;

  /** Jackson's default limits, which differ between 2 and 3. */
  static final int MAX_NESTING_DEPTH = StreamReadConstraints.defaults().getMaxNestingDepth();
  static final int MAX_STRING_LENGTH = StreamReadConstraints.defaults().getMaxStringLength();

  private Json() {}

  /** The exact tree of {@code json}, to compare: see {@link ExactTree}. */
  static String tree(String json) throws IOException {
    try (JsonParser p = parser(json)) {
      return ExactTree.of(JsonTrees.read(p));
    }
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

  /** An application's mapper with the model's module. */
  static JsonMapper mapper(Module module) {
    return JsonMapper.builder().addModule(module).build();
  }

  /** What the text conveniences failed with: on Jackson 2 the cause of an UncheckedIOException. */
  static Throwable unwrap(RuntimeException e) {
    return e instanceof UncheckedIOException u ? u.getCause() : e;
  }
}

package dev.docmodel.runtime.jackson;

import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the binding's code needs of Jackson beyond the names the two Jacksons share, written for
 * Jackson 3; the rest of this binding is model-runtime-jackson2's code with Jackson 3's names (see
 * this module's pom).
 */
final class Jackson {
  /**
   * Parsers and generators of the binding's own text conversions. "/" is written unescaped,
   * whatever a Jackson 3 version's default (3.1 and 3.3 do not escape it): the text written stays
   * what Jackson 2 and the service write. Property names are interned, as Jackson 2 does by
   * default: a generated reader's {@code switch} on the name then matches by identity instead of
   * comparing characters (a job read about 6% faster).
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();

  /** A parser of JSON text, outside any mapper: no object codec, the factory's own limits. */
  static JsonParser parser(String json) {
    return FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), json);
  }

  /** A generator of JSON text, outside any mapper. */
  static JsonGenerator generator(java.io.Writer out) {
    return FACTORY.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out);
  }
  /** Jackson 3's node factory keeps BigDecimal values as written (no normalisation of scale). */
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Jackson() {}

  /** A parser over a buffered tree. */
  static JsonParser traverse(JsonNode node) {
    return node.traverse(ObjectReadContext.empty());
  }

  /** True when the node is a JSON string. */
  static boolean isString(JsonNode node) {
    return node.isString();
  }

  /** The node's text (strings) or its value as text (binary, POJO). */
  static String text(JsonNode node) {
    return node.asString();
  }

  static Iterable<Map.Entry<String, JsonNode>> members(JsonNode node) {
    return node.properties();
  }

  static JsonNode stringNode(String value) {
    return NODES.stringNode(value);
  }

  static JacksonException unexpectedToken(JsonParser parser, JsonToken token) {
    return new StreamReadException(parser, "unexpected token " + token);
  }

  /** What a conversion from JSON text does with the parser at the first token. */
  @FunctionalInterface
  interface ParserBody<R> {
    R read(JsonParser p);
  }

  /** What a conversion to JSON text writes. */
  @FunctionalInterface
  interface GeneratorBody {
    void write(JsonGenerator g);
  }

  /**
   * Reads JSON text. Malformed JSON, input beyond Jackson's constraints and a strict read's
   * ModelReadException are thrown as they are: Jackson 3's exceptions are unchecked.
   */
  static <R> R parse(String json, ParserBody<R> body) {
    try (JsonParser p = parser(json)) {
      p.nextToken();
      return body.read(p);
    }
  }

  /** Writes JSON text; unchecked as {@link #parse}. */
  static String render(GeneratorBody body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out)) {
      body.write(g);
    }
    return out.toString();
  }

  /** True for what {@link #parse} and {@link #render} throw on JSON they cannot handle. */
  static boolean isJsonFailure(RuntimeException e) {
    return e instanceof JacksonException;
  }
}

package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What the binding's code needs of Jackson beyond the names the two Jacksons share: this class is
 * written for each Jackson (model-runtime-jackson3 has its own), and the rest of the binding is
 * written once, here, and ported to Jackson 3 by renames (see model-runtime-jackson3's pom).
 */
final class Jackson {
  /** Parsers and generators of the binding's own text conversions. */
  static final JsonFactory FACTORY = new JsonFactory();

  /** A parser of JSON text, as every read of text in this binding makes it. */
  static JsonParser parser(String json) throws IOException {
    return FACTORY.createParser(json);
  }

  /** A generator of JSON text, as every write of text in this binding makes it. */
  static JsonGenerator generator(java.io.Writer out) throws IOException {
    return FACTORY.createGenerator(out);
  }
  /** A node factory that keeps BigDecimal values as written (no normalisation of scale). */
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Jackson() {}

  /** A parser over a buffered tree. */
  static JsonParser traverse(JsonNode node) {
    return node.traverse();
  }

  /** True when the node is a JSON string. */
  static boolean isString(JsonNode node) {
    return node.isTextual();
  }

  /** The node's text (strings) or its value as text (binary, POJO). */
  static String text(JsonNode node) {
    return node.asText();
  }

  static Iterable<Map.Entry<String, JsonNode>> members(JsonNode node) {
    return node::fields;
  }

  static JsonNode stringNode(String value) {
    return NODES.textNode(value);
  }

  static IOException unexpectedToken(JsonParser parser, JsonToken token) {
    return new JsonParseException(parser, "unexpected token " + token);
  }

  /** What a conversion from JSON text does with the parser at the first token. */
  @FunctionalInterface
  interface ParserBody<R> {
    R read(JsonParser p) throws IOException;
  }

  /** What a conversion to JSON text writes. */
  @FunctionalInterface
  interface GeneratorBody {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Reads JSON text. Unchecked, as in Jackson 3: nothing here does I/O beyond a string, so an
   * IOException can only be malformed JSON, input beyond Jackson's constraints, or a strict read's
   * ModelReadException, each thrown as the cause of an UncheckedIOException, its pointer, line and
   * column intact.
   */
  static <R> R parse(String json, ParserBody<R> body) {
    try (JsonParser p = parser(json)) {
      p.nextToken();
      return body.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** Writes JSON text; unchecked as {@link #parse}. */
  static String render(GeneratorBody body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return out.toString();
  }

  /** True for what {@link #parse} and {@link #render} throw on JSON they cannot handle. */
  static boolean isJsonFailure(RuntimeException e) {
    return e instanceof UncheckedIOException;
  }
}

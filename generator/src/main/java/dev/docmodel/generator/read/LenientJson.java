package dev.docmodel.generator.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonPointer;
import dev.docmodel.generator.diag.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses the docs' hand-written JSON: comments, trailing commas, single quotes and unquoted names
 * are accepted through Jackson's own read features. Records each member's location.
 */
public final class LenientJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private LenientJson() {}

  /** A streaming parser over {@code text} that accepts what {@link #parse} accepts. */
  public static JsonParser createParser(String text) throws IOException {
    return FACTORY.createParser(text);
  }

  /** Thrown when the text is not JSON even leniently; carries the location in the page. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final Location location;

    Invalid(String message, Location location) {
      super(message);
      this.location = location;
    }

    public Location location() {
      return location;
    }
  }

  /**
   * Parses {@code text}, which starts at {@code start} in the page. Only the first value is read;
   * trailing text is ignored (pages often add prose or a second value after it).
   */
  public static JsonBlock parse(String text, Location start) throws Invalid {
    return parse(FACTORY, text, start);
  }

  /**
   * Parses {@code text} as strict JSON from a file a tool wrote (no comments, no lenient syntax),
   * refusing strings longer than {@code maxStringLength} and nesting deeper than 64 where they
   * start, so that hostile input fails fast with its location.
   */
  public static JsonBlock parseStrict(String text, Location start, int maxStringLength)
      throws Invalid {
    JsonFactory strict = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
            .maxStringLength(maxStringLength).build())
        .build();
    return parse(strict, text, start);
  }

  private static JsonBlock parse(JsonFactory factory, String text, Location start)
      throws Invalid {
    Map<String, Location> locations = new HashMap<>();
    try (JsonParser parser = factory.createParser(text)) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw new Invalid("empty JSON block", start);
        }
        JsonNode root = read(parser, JsonPointer.empty(), locations, start);
        return new JsonBlock(root, Map.copyOf(locations), start);
      } catch (JsonProcessingException e) {
        // Constraint violations (a string too long, nesting too deep) carry no location: the
        // token the parser stands on is where the input went wrong.
        JsonLocation at = e.getLocation() != null ? e.getLocation()
            : parser.currentTokenLocation();
        throw new Invalid(e.getOriginalMessage(), at == null ? start : translate(at, start));
      }
    } catch (IOException e) {
      throw new Invalid(String.valueOf(e.getMessage()), start);
    }
  }

  private static JsonNode read(JsonParser p, JsonPointer pointer, Map<String, Location> locations,
      Location start) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonPointer child = pointer.appendProperty(name);
          locations.put(child.toString(), translate(p.currentTokenLocation(), start));
          p.nextToken();
          object.set(name, read(p, child, locations, start));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (p.currentToken() == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "unclosed array");
          }
          JsonPointer child = pointer.appendIndex(index++);
          locations.put(child.toString(), translate(p.currentTokenLocation(), start));
          array.add(read(p, child, locations, start));
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return p.isNaN() ? NODES.numberNode(p.getDoubleValue()) : NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + p.currentToken());
    }
  }

  private static Location translate(JsonLocation at, Location start) {
    int line = Math.max(1, at.getLineNr());
    int column = Math.max(1, at.getColumnNr());
    return line == 1
        ? new Location(start.page(), start.line(), start.column() + column - 1)
        : new Location(start.page(), start.line() + line - 1, column);
  }
}

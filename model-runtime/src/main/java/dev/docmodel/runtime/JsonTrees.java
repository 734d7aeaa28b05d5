package dev.docmodel.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and writes JSON trees from the streaming API without an ObjectMapper, keeping numbers
 * exact: integers as int/long/BigInteger nodes, decimals as BigDecimal nodes (never through double).
 */
public final class JsonTrees {
  /** Node factory that keeps BigDecimal values as written (no normalisation of scale). */
  public static final JsonNodeFactory EXACT = JsonNodeFactory.withExactBigDecimals(true);

  private JsonTrees() {}

  /** Reads the value at the parser's current token (consuming all of it). */
  public static JsonNode read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    if (token == null) {
      return EXACT.missingNode();
    }
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = EXACT.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          object.set(name, read(parser));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = EXACT.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (parser.currentToken() == null) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "unclosed array");
          }
          array.add(read(parser));
        }
        return array;
      }
      case FIELD_NAME:
        parser.nextToken();
        return read(parser);
      case VALUE_STRING:
        return EXACT.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return EXACT.numberNode(parser.getIntValue());
          case LONG:
            return EXACT.numberNode(parser.getLongValue());
          default:
            return EXACT.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return EXACT.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return EXACT.booleanNode(true);
      case VALUE_FALSE:
        return EXACT.booleanNode(false);
      case VALUE_NULL:
        return EXACT.nullNode();
      case VALUE_EMBEDDED_OBJECT:
        return EXACT.pojoNode(parser.getEmbeddedObject());
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected token " + token);
    }
  }

  /** Writes a tree as it is, numbers included. */
  public static void write(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        generator.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          generator.writeFieldName(field.getKey());
          write(generator, field.getValue());
        }
        generator.writeEndObject();
      }
      case ARRAY -> {
        generator.writeStartArray();
        for (JsonNode element : node) {
          write(generator, element);
        }
        generator.writeEndArray();
      }
      case STRING -> generator.writeString(node.textValue());
      case NUMBER -> writeNumber(generator, node);
      case BOOLEAN -> generator.writeBoolean(node.booleanValue());
      case NULL, MISSING -> generator.writeNull();
      case BINARY -> generator.writeBinary(node.binaryValue());
      case POJO -> generator.writeString(node.asText());
    }
  }

  private static void writeNumber(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.numberType()) {
      case INT -> generator.writeNumber(node.intValue());
      case LONG -> generator.writeNumber(node.longValue());
      case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
      case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
      case FLOAT -> generator.writeNumber(node.floatValue());
      default -> generator.writeNumber(node.doubleValue());
    }
  }
}

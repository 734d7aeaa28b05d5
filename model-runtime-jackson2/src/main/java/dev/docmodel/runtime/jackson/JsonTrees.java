package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docmodel.runtime.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON trees on the streaming API, without an ObjectMapper: the model's own {@link JsonValue}s
 * (numbers kept as written), conversions to and from Jackson's {@link JsonNode}, and Jackson trees
 * with exact numbers for the runtime's internal buffering.
 */
public final class JsonTrees {
  private JsonTrees() {}

  /** Reads the value at the parser's current token (consuming all of it) as a {@link JsonValue}. */
  public static JsonValue read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    if (token == null) {
      throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "no value");
    }
    switch (token) {
      case START_OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          members.put(name, read(parser));
        }
        return new JsonValue.Obj(Collections.unmodifiableMap(members));
      }
      case START_ARRAY: {
        List<JsonValue> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (parser.currentToken() == null) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "unclosed array");
          }
          elements.add(read(parser));
        }
        return new JsonValue.Arr(Collections.unmodifiableList(elements));
      }
      case FIELD_NAME:
        parser.nextToken();
        return read(parser);
      case VALUE_STRING:
        return new JsonValue.Str(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT:
        return new JsonValue.Num(parser.getText());
      case VALUE_TRUE:
        return JsonValue.of(true);
      case VALUE_FALSE:
        return JsonValue.of(false);
      case VALUE_NULL:
        return JsonValue.NULL;
      case VALUE_EMBEDDED_OBJECT:
        return JsonValue.of(String.valueOf(parser.getEmbeddedObject()));
      default:
        throw Jackson.unexpectedToken(parser, token);
    }
  }

  /** Writes a value as it is, numbers exactly as they were read. */
  public static void write(JsonGenerator generator, JsonValue value) throws IOException {
    if (value instanceof JsonValue.Obj o) {
      generator.writeStartObject();
      for (Map.Entry<String, JsonValue> member : o.members().entrySet()) {
        generator.writeFieldName(member.getKey());
        write(generator, member.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof JsonValue.Arr a) {
      generator.writeStartArray();
      for (JsonValue element : a.elements()) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof JsonValue.Str s) {
      generator.writeString(s.value());
    } else if (value instanceof JsonValue.Num n) {
      generator.writeNumber(n.literal());
    } else if (value instanceof JsonValue.Bool b) {
      generator.writeBoolean(b.value());
    } else {
      generator.writeNull();
    }
  }

  /** The same value as a Jackson tree, numbers exact. */
  public static JsonNode toJsonNode(JsonValue value) {
    if (value instanceof JsonValue.Obj o) {
      ObjectNode object = Jackson.NODES.objectNode();
      o.members().forEach((name, member) -> object.set(name, toJsonNode(member)));
      return object;
    }
    if (value instanceof JsonValue.Arr a) {
      ArrayNode array = Jackson.NODES.arrayNode();
      a.elements().forEach(element -> array.add(toJsonNode(element)));
      return array;
    }
    if (value instanceof JsonValue.Str s) {
      return Jackson.stringNode(s.value());
    }
    if (value instanceof JsonValue.Num n) {
      BigDecimal number = new BigDecimal(n.literal());
      return n.literal().matches("-?\\d+") ? Jackson.NODES.numberNode(number.toBigIntegerExact())
          : Jackson.NODES.numberNode(number);
    }
    if (value instanceof JsonValue.Bool b) {
      return Jackson.NODES.booleanNode(b.value());
    }
    return Jackson.NODES.nullNode();
  }

  /** A Jackson tree as a {@link JsonValue}: what setters and maps of the model take. */
  public static JsonValue fromJsonNode(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : Jackson.members(node)) {
          members.put(field.getKey(), fromJsonNode(field.getValue()));
        }
        return new JsonValue.Obj(Collections.unmodifiableMap(members));
      }
      case ARRAY: {
        List<JsonValue> elements = new ArrayList<>();
        node.forEach(element -> elements.add(fromJsonNode(element)));
        return new JsonValue.Arr(Collections.unmodifiableList(elements));
      }
      case STRING:
        return new JsonValue.Str(Jackson.text(node));
      case NUMBER:
        return new JsonValue.Num(node.isBigDecimal() ? node.decimalValue().toString()
            : node.isFloatingPointNumber() ? Double.toString(node.doubleValue())
            : node.bigIntegerValue().toString());
      case BOOLEAN:
        return JsonValue.of(node.booleanValue());
      case BINARY, POJO:
        return JsonValue.of(Jackson.text(node));
      default:
        return JsonValue.NULL;
    }
  }

  /** Reads the value at the parser's current token as a Jackson tree with exact numbers. */
  static JsonNode readNode(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    if (token == null) {
      return Jackson.NODES.missingNode();
    }
    switch (token) {
      case START_OBJECT:
        return readObjectNode(parser);
      case START_ARRAY:
        return readArrayNode(parser);
      case FIELD_NAME:
        parser.nextToken();
        return readNode(parser);
      case VALUE_STRING:
        return Jackson.stringNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return Jackson.NODES.numberNode(parser.getIntValue());
          case LONG:
            return Jackson.NODES.numberNode(parser.getLongValue());
          default:
            return Jackson.NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return Jackson.NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return Jackson.NODES.booleanNode(true);
      case VALUE_FALSE:
        return Jackson.NODES.booleanNode(false);
      case VALUE_NULL:
        return Jackson.NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT:
        return Jackson.NODES.pojoNode(parser.getEmbeddedObject());
      default:
        throw Jackson.unexpectedToken(parser, token);
    }
  }

  private static ObjectNode readObjectNode(JsonParser parser) throws IOException {
    ObjectNode object = Jackson.NODES.objectNode();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      object.set(name, readNode(parser));
    }
    return object;
  }

  private static ArrayNode readArrayNode(JsonParser parser) throws IOException {
    ArrayNode array = Jackson.NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == null) {
        throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "unclosed array");
      }
      array.add(readNode(parser));
    }
    return array;
  }
}

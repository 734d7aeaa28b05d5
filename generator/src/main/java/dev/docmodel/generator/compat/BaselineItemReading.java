package dev.docmodel.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Location;
import javax.lang.model.SourceVersion;

/** One property or member line. */
final class BaselineItemReading {
  private final BaselineReader reader;
  private final String pointer;
  private final JsonNode node;
  boolean bad;

  BaselineItemReading(BaselineReader reader, String pointer, JsonNode node) {
    this.reader = reader;
    this.pointer = pointer;
    this.node = node;
  }

  ApiSurface.Property property() {
    String name = text(node, "name");
    String type = odataType(node, "type");
    ApiSurface.Legacy legacy = null;
    JsonNode legacyNode = node.get("legacy");
    if (legacyNode != null && legacyNode.isObject()) {
      legacy = new ApiSurface.Legacy(odataType(legacyNode, "type"),
          legacyNode.path("collection").asBoolean(false), text(legacyNode, "javaType"),
          method(legacyNode, "get"), method(legacyNode, "set"), text(legacyNode, "keptSince"));
    }
    return new ApiSurface.Property(name, type, node.path("collection").asBoolean(false),
        node.path("navigation").asBoolean(false), text(node, "javaType"), method(node, "get"),
        method(node, "set"), method(node, "has"), method(node, "clear"), location(node),
        optional(node, "keptSince"), legacy);
  }

  ApiSurface.Member member() {
    JsonNode value = node.get("value");
    if (value != null && !value.canConvertToLong()) {
      fail("value", "an enum member's value is not a 64-bit integer");
    }
    return new ApiSurface.Member(text(node, "name"), value == null ? null : value.asLong(),
        method(node, "constant"), location(node), optional(node, "keptSince"));
  }

  private String text(JsonNode from, String field) {
    JsonNode value = from.get(field);
    if (value == null || !value.isTextual()) {
      fail(field, field + " is missing or not a string");
      return "";
    }
    return value.asText();
  }

  private String optional(JsonNode from, String field) {
    JsonNode value = from.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  private String odataType(JsonNode from, String field) {
    String text = text(from, field);
    if (!text.isEmpty() && ApiSurface.typeRef(text) == null) {
      fail(field, "'" + BaselineReader.abbreviate(text) + "' is not an OData type");
    }
    return text;
  }

  /** A Java member name: an identifier, never a keyword. */
  private String method(JsonNode from, String field) {
    String text = text(from, field);
    if (!text.isEmpty() && (!SourceVersion.isIdentifier(text) || SourceVersion.isKeyword(text))) {
      fail(field, "'" + BaselineReader.abbreviate(text) + "' is not a Java identifier");
    }
    return text;
  }

  /** The location an earlier baseline recorded, else where the line is in the baseline. */
  private Location location(JsonNode from) {
    if (!from.has("at")) {
      return reader.entryAt(pointer);
    }
    Location parsed = BaselineReader.Locations.parse(text(from, "at"));
    if (parsed == null) {
      fail("at", "not a page or page:line:column location");
    }
    return parsed;
  }

  private void fail(String field, String message) {
    bad = true;
    reader.problem(pointer + "/" + field, message);
  }
}

package dev.docmodel.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One type of the baseline, each field checked where it is. */
final class BaselineTypeReading {
  private static final Set<String> KINDS = Set.of("entity", "complex", "enum");
  private final BaselineReader reader;
  private final String pointer;
  private final JsonNode node;
  private boolean bad;

  BaselineTypeReading(BaselineReader reader, String pointer, JsonNode node) {
    this.reader = reader;
    this.pointer = pointer;
    this.node = node;
  }

  ApiSurface.Type read() {
    if (!node.isObject()) {
      reader.problem(pointer, "a type is not an object");
      return null;
    }
    QualifiedName name = qualified("name", true);
    String kind = text("kind", true);
    if (kind != null && !KINDS.contains(kind)) {
      fail("kind", "'" + BaselineReader.abbreviate(kind) + "' is not entity, complex or enum");
    }
    QualifiedName base = qualified("base", false);
    String modelClass = javaClass("class", true);
    boolean isEnum = "enum".equals(kind);
    String serializer = javaClass("serializer", !isEnum);
    Location at = location("at");
    List<String> key = new ArrayList<>();
    node.path("key").forEach(k -> key.add(k.asText()));
    List<ApiSurface.Property> properties = new ArrayList<>();
    List<ApiSurface.Member> members = new ArrayList<>();
    JsonNode items = node.path(isEnum ? "members" : "properties");
    for (int i = 0; i < items.size(); i++) {
      String itemPointer = pointer + "/" + (isEnum ? "members" : "properties") + "/" + i;
      BaselineItemReading item = new BaselineItemReading(reader, itemPointer, items.get(i));
      if (isEnum) {
        members.add(item.member());
      } else {
        properties.add(item.property());
      }
      bad |= item.bad;
    }
    if (bad) {
      return null;
    }
    return new ApiSurface.Type(name, ApiSurface.Kind.valueOf(kind.toUpperCase(
        java.util.Locale.ROOT)), base, key, node.path("abstract").asBoolean(false),
        node.path("open").asBoolean(false), node.path("flags").asBoolean(false), modelClass,
        serializer, at, text("keptSince", false), properties, members);
  }

  private String text(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        fail(null, "a type lacks its " + field);
      }
      return null;
    }
    if (!value.isTextual()) {
      fail(field, field + " is not a string");
      return null;
    }
    return value.asText();
  }

  private QualifiedName qualified(String field, boolean required) {
    String text = text(field, required);
    if (text == null) {
      return null;
    }
    QualifiedName name = QualifiedName.parse(text, "").orElse(null);
    if (name == null || text.startsWith("#") || !name.toString().equals(text)) {
      fail(field, "'" + BaselineReader.abbreviate(text) + "' is not a qualified OData name");
    }
    return name;
  }

  private String javaClass(String field, boolean required) {
    String text = text(field, required);
    if (text != null && !reader.insidePackage(text)) {
      fail(field, "'" + BaselineReader.abbreviate(text) + "' is not a Java class name in the "
          + "package " + reader.basePackage() + " (Java keywords, paths and other packages are "
          + "refused)");
    }
    return text;
  }

  /** The location an earlier baseline recorded, else where the entry is in the baseline. */
  private Location location(String field) {
    if (!node.has(field)) {
      return reader.entryAt(pointer);
    }
    String text = text(field, true);
    Location parsed = text == null ? null : BaselineReader.Locations.parse(text);
    if (text != null && parsed == null) {
      fail(field, "'" + BaselineReader.abbreviate(text)
          + "' is not a page or page:line:column location");
    }
    return parsed;
  }

  private void fail(String field, String message) {
    bad = true;
    reader.problem(field == null ? pointer : pointer + "/" + field, message);
  }
}

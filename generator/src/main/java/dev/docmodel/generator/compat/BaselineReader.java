package dev.docmodel.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.JsonBlock;
import dev.docmodel.generator.read.LenientJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Reads a baseline file and refuses, with the place, anything a generation could not stand on:
 * another format, a package other than the one generated, names that are not OData or Java names
 * (keywords, path segments), classes outside the base package, strings or files far larger than
 * any real baseline. It never throws on content: every problem is a BASELINE_INVALID diagnostic.
 */
public final class BaselineReader {
  /** Far above any real baseline (the 2021 Graph reference's is about 4 MB). */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** Far above any real name or Java type in it. */
  static final int MAX_STRING = 4096;

  private final String file;
  private String basePackage;
  private final List<Diagnostic> problems = new ArrayList<>();
  private JsonBlock block;

  private BaselineReader(String file, String basePackage) {
    this.file = file;
    this.basePackage = basePackage;
  }

  /**
   * @param basePackage the package being generated: the baseline must be for it (null: the
   *     baseline's own package is taken)
   */
  public static BaselineFile.Read read(Path path, String basePackage) {
    BaselineReader reader = new BaselineReader(path.toString(), basePackage);
    try {
      if (!Files.isRegularFile(path)) {
        return reader.refuse(1, 1, "the baseline file does not exist");
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        return reader.refuse(1, 1, "the baseline is " + Files.size(path) + " bytes, more than "
            + MAX_FILE_BYTES + ": not a baseline this generator wrote");
      }
      byte[] bytes = Files.readAllBytes(path);
      return reader.parse(bytes);
    } catch (IOException e) {
      return reader.refuse(1, 1, "the baseline cannot be read: " + e.getMessage());
    }
  }

  private BaselineFile.Read parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      block = LenientJson.parseStrict(text, new Location(file, 1, 1), MAX_STRING);
    } catch (LenientJson.Invalid e) {
      problems.add(Diagnostic.of(DiagnosticCode.BASELINE_INVALID, e.location(),
          "the baseline is not valid JSON: " + e.getMessage()));
      return result(null, null);
    }
    JsonNode root = block.root();
    if (!root.isObject()) {
      return refuse(1, 1, "the baseline is not a JSON object");
    }
    String format = root.path("format").asText("");
    if (!format.equals(BaselineFile.FORMAT)) {
      return refuseAt("/format", "the baseline's format is '" + abbreviate(format) + "', not "
          + BaselineFile.FORMAT + ": it was written by another version of docmodel; regenerate"
          + " it with --write-baseline");
    }
    String pkg = root.path("package").asText("");
    if (basePackage == null && SourceVersion.isName(pkg)) {
      basePackage = pkg;
    }
    if (!pkg.equals(basePackage)) {
      return refuseAt("/package", "the baseline is for package '" + abbreviate(pkg)
          + "', not " + basePackage);
    }
    List<ApiSurface.Type> types = new ArrayList<>();
    JsonNode typeNodes = root.path("types");
    if (!typeNodes.isArray()) {
      return refuseAt("/types", "the baseline has no types array");
    }
    for (int i = 0; i < typeNodes.size(); i++) {
      ApiSurface.Type type = new TypeReading(this, "/types/" + i, typeNodes.get(i)).read();
      if (type != null) {
        types.add(type);
      }
    }
    ApiSurface surface = new ApiSurface(pkg, types);
    if (problems.isEmpty()) {
      BaselineConsistency.check(surface, this::problem);
    }
    return result(surface, BaselineFile.id(bytes));
  }

  private BaselineFile.Read result(ApiSurface surface, String id) {
    return problems.isEmpty() ? new BaselineFile.Read(new BaselineFile.Baseline(surface, id),
        List.of()) : new BaselineFile.Read(null, List.copyOf(problems));
  }

  private BaselineFile.Read refuse(int line, int column, String message) {
    problems.add(Diagnostic.of(DiagnosticCode.BASELINE_INVALID, new Location(file, line, column),
        message));
    return result(null, null);
  }

  private BaselineFile.Read refuseAt(String pointer, String message) {
    problem(pointer, message);
    return result(null, null);
  }

  void problem(String pointer, String message) {
    problems.add(Diagnostic.of(DiagnosticCode.BASELINE_INVALID, block.locationOf(pointer),
        message));
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** Whether {@code name} is a class this generation may write: inside the base package. */
  boolean insidePackage(String name) {
    return SourceVersion.isName(name) && name.startsWith(basePackage + ".");
  }

  /** One type of the baseline, each field checked where it is. */
  private static final class TypeReading {
    private static final Set<String> KINDS = Set.of("entity", "complex", "enum");
    private final BaselineReader reader;
    private final String pointer;
    private final JsonNode node;
    private boolean bad;

    TypeReading(BaselineReader reader, String pointer, JsonNode node) {
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
        fail("kind", "'" + abbreviate(kind) + "' is not entity, complex or enum");
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
        ItemReading item = new ItemReading(reader, itemPointer, items.get(i));
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
        fail(field, "'" + abbreviate(text) + "' is not a qualified OData name");
      }
      return name;
    }

    private String javaClass(String field, boolean required) {
      String text = text(field, required);
      if (text != null && !reader.insidePackage(text)) {
        fail(field, "'" + abbreviate(text) + "' is not a Java class name in the package "
            + reader.basePackage + " (Java keywords, paths and other packages are refused)");
      }
      return text;
    }

    private Location location(String field) {
      String text = text(field, true);
      Location parsed = text == null ? null : Locations.parse(text);
      if (text != null && parsed == null) {
        fail(field, "'" + abbreviate(text) + "' is not a page:line:column location");
      }
      return parsed;
    }

    private void fail(String field, String message) {
      bad = true;
      reader.problem(field == null ? pointer : pointer + "/" + field, message);
    }
  }

  /** One property or member line. */
  private static final class ItemReading {
    private final BaselineReader reader;
    private final String pointer;
    private final JsonNode node;
    boolean bad;

    ItemReading(BaselineReader reader, String pointer, JsonNode node) {
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
        fail(field, "'" + abbreviate(text) + "' is not an OData type");
      }
      return text;
    }

    /** A Java member name: an identifier, never a keyword. */
    private String method(JsonNode from, String field) {
      String text = text(from, field);
      if (!text.isEmpty() && (!SourceVersion.isIdentifier(text) || SourceVersion.isKeyword(text))) {
        fail(field, "'" + abbreviate(text) + "' is not a Java identifier");
      }
      return text;
    }

    private Location location(JsonNode from) {
      Location parsed = Locations.parse(text(from, "at"));
      if (parsed == null) {
        fail("at", "not a page:line:column location");
      }
      return parsed;
    }

    private void fail(String field, String message) {
      bad = true;
      reader.problem(pointer + "/" + field, message);
    }
  }

  /** Reads {@code page.md:12:3} back into a location. */
  static final class Locations {
    private Locations() {}

    static Location parse(String text) {
      int column = text.lastIndexOf(':');
      int line = column <= 0 ? -1 : text.lastIndexOf(':', column - 1);
      if (line <= 0) {
        return null;
      }
      try {
        return new Location(text.substring(0, line), Integer.parseInt(text.substring(line + 1,
            column)), Integer.parseInt(text.substring(column + 1)));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}

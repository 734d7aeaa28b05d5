package dev.docmodel.generator.compat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operations of a baseline: written after the types, one per object, each parameter on a line
 * of its own; read back with every field checked where it is. A baseline without operations (one
 * written before they were generated) has none.
 */
final class BaselineOperations {
  private static final Set<String> KINDS = Set.of("action", "function");

  private BaselineOperations() {}

  static void write(JsonGenerator g, ApiSurface.Operation o) throws IOException {
    g.writeStartObject();
    g.writeStringField("binding", o.binding().toString());
    if (o.collection()) {
      g.writeBooleanField("collection", true);
    }
    g.writeStringField("name", o.name());
    g.writeStringField("kind", o.kind());
    g.writeStringField("descriptor", o.descriptor());
    if (o.callClass() != null) {
      g.writeStringField("call", o.callClass());
    }
    if (o.body() != null) {
      g.writeStringField("body", o.body().toString());
    }
    if (o.result() != null) {
      g.writeStringField("result", o.result());
      if (o.resultCollection()) {
        g.writeBooleanField("resultCollection", true);
      }
    }
    if (o.kept() != null) {
      g.writeStringField("keptSince", o.kept());
    }
    g.writeArrayFieldStart("parameters");
    for (ApiSurface.Parameter p : o.parameters()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("type", p.type());
      if (p.collection()) {
        g.writeBooleanField("collection", true);
      }
      if (p.optional()) {
        g.writeBooleanField("optional", true);
      }
      if (p.setter() != null) {
        g.writeStringField("set", p.setter());
      }
      if (p.kept() != null) {
        g.writeStringField("keptSince", p.kept());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The operation at {@code pointer}, or null (with a problem reported) when it is malformed. */
  static ApiSurface.Operation read(BaselineReader reader, String pointer, JsonNode node) {
    List<String> problems = new ArrayList<>();
    QualifiedName binding = name(node.path("binding").asText(""));
    QualifiedName body = node.has("body") ? name(node.path("body").asText("")) : null;
    String kind = node.path("kind").asText("");
    String name = node.path("name").asText("");
    String descriptor = node.path("descriptor").asText("");
    Location at = node.has("at") ? BaselineReader.Locations.parse(node.path("at").asText(""))
        : reader.entryAt(pointer);
    if (binding == null || node.has("body") && body == null) {
      problems.add("an operation's binding or body is not a qualified OData name");
    }
    if (!KINDS.contains(kind) || !QualifiedName.isIdentifier(name) || at == null) {
      problems.add("an operation lacks a name, a kind (action or function) or its location");
    }
    String descriptorClass = descriptor.contains("#")
        ? descriptor.substring(0, descriptor.indexOf('#')) : "";
    String call = node.path("call").asText(null);
    if (!reader.insidePackage(descriptorClass) || call != null && !reader.insidePackage(call)) {
      problems.add("an operation's classes are not in package " + reader.basePackage());
    }
    List<ApiSurface.Parameter> parameters = new ArrayList<>();
    for (JsonNode p : node.path("parameters")) {
      if (!QualifiedName.isIdentifier(p.path("name").asText("")) || !p.path("type").isTextual()) {
        problems.add("an operation's parameter lacks its name or type");
        continue;
      }
      parameters.add(new ApiSurface.Parameter(p.path("name").asText(), p.path("type").asText(),
          p.path("collection").asBoolean(false), p.path("optional").asBoolean(false),
          p.path("set").asText(null), p.path("keptSince").asText(null)));
    }
    if (!problems.isEmpty()) {
      reader.problem(pointer, problems.get(0));
      return null;
    }
    return new ApiSurface.Operation(binding, node.path("collection").asBoolean(false), name,
        kind, descriptor, call, body, node.path("result").asText(null),
        node.path("resultCollection").asBoolean(false), parameters, at,
        node.path("keptSince").asText(null));
  }

  private static QualifiedName name(String text) {
    QualifiedName name = QualifiedName.parse(text, "").orElse(null);
    return name != null && name.toString().equals(text) ? name : null;
  }
}

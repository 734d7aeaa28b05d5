package dev.docmodel.generator.csdl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The second backend beside the Java emitter: the linked model as OData CSDL JSON (4.01),
 * namespaces and types in sorted order, to compare with the service's own metadata. The docs'
 * {@code Json} type is written as the service writes it, {@code <default namespace>.Json}, an open
 * complex type without properties declared here unless a page defines it.
 */
public final class CsdlExporter {
  private static final String JSON_TYPE = "Json";

  private CsdlExporter() {}

  public static String export(TypeModel model) throws IOException {
    String defaultNamespace = model.defaultNamespace();
    Map<String, List<TypeDefinition>> byNamespace = new TreeMap<>();
    for (TypeDefinition type : model.types()) {
      if (type instanceof StructuredType s && s.origin() == Origin.OPERATION_BODY) {
        continue;
      }
      byNamespace.computeIfAbsent(type.name().namespace(), k -> new ArrayList<>()).add(type);
    }
    QualifiedName json = new QualifiedName(defaultNamespace, JSON_TYPE);
    if (usesJson(model) && model.find(json).isEmpty()) {
      List<TypeDefinition> types = new ArrayList<>(
          byNamespace.getOrDefault(defaultNamespace, List.of()));
      types.add(StructuredType.placeholder(json, Location.ofPage("Json")));
      types.sort(Comparator.comparing(t -> t.name().name()));
      byNamespace.put(defaultNamespace, types);
    }
    Map<String, Map<String, List<Operation>>> operations = new TreeMap<>();
    for (Operation operation : model.operations()) {
      operations.computeIfAbsent(operation.binding().namespace(), k -> new TreeMap<>())
          .computeIfAbsent(operation.name(), k -> new ArrayList<>()).add(operation);
      byNamespace.computeIfAbsent(operation.binding().namespace(), k -> new ArrayList<>());
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$Version", "4.01");
      for (Map.Entry<String, List<TypeDefinition>> ns : byNamespace.entrySet()) {
        g.writeObjectFieldStart(ns.getKey());
        for (TypeDefinition type : ns.getValue()) {
          g.writeObjectFieldStart(type.name().name());
          if (type instanceof StructuredType s) {
            writeStructured(g, s, json);
          } else {
            writeEnum(g, (EnumType) type);
          }
          g.writeEndObject();
        }
        OperationExport.write(g, operations.getOrDefault(ns.getKey(), Map.of()), ns.getValue(),
            json);
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    return out.toString() + "\n";
  }

  private static void writeStructured(JsonGenerator g, StructuredType type, QualifiedName json)
      throws IOException {
    g.writeStringField("$Kind", type.entity() ? "EntityType" : "ComplexType");
    if (type.baseType() != null) {
      g.writeStringField("$BaseType", type.baseType().toString());
    }
    if (type.isAbstract()) {
      g.writeBooleanField("$Abstract", true);
    }
    if (type.open()) {
      g.writeBooleanField("$OpenType", true);
    }
    if (type.entity() && !type.key().isEmpty()) {
      g.writeArrayFieldStart("$Key");
      for (String key : type.key()) {
        g.writeString(key);
      }
      g.writeEndArray();
    }
    for (Property property : type.properties()) {
      g.writeObjectFieldStart(property.name());
      if (property.navigation()) {
        g.writeStringField("$Kind", "NavigationProperty");
      }
      g.writeStringField("$Type", csdlName(property.type(), json));
      if (property.collection()) {
        g.writeBooleanField("$Collection", true);
      }
      g.writeBooleanField("$Nullable", true);
      g.writeEndObject();
    }
  }

  private static boolean usesJson(TypeModel model) {
    return model.types().stream().filter(StructuredType.class::isInstance)
        .flatMap(t -> ((StructuredType) t).properties().stream())
        .anyMatch(p -> isJson(p.type()));
  }

  private static boolean isJson(TypeRef type) {
    return type instanceof TypeRef.PrimitiveRef p && p.primitive() == Primitive.JSON;
  }

  static String csdlName(TypeRef type, QualifiedName json) {
    return isJson(type) ? json.toString() : type.csdlName();
  }

  private static void writeEnum(JsonGenerator g, EnumType type) throws IOException {
    g.writeStringField("$Kind", "EnumType");
    if (type.flags()) {
      g.writeBooleanField("$IsFlags", true);
    }
    long next = 0;
    for (EnumMember member : type.members()) {
      long value = member.value() != null ? member.value() : next;
      g.writeNumberField(member.name(), value);
      next = value + 1;
    }
  }
}

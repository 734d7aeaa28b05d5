package dev.docmodel.generator.csdl;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeRef;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Bound operations as CSDL JSON overload arrays: {@code "assignLicense": [{"$Kind": "Action",
 * "$IsBound": true, "$Parameter": [{"$Name": "bindingParameter", "$Type": "...user"}, ...],
 * "$ReturnType": {...}}]}, the binding parameter first, as OData names it.
 */
final class OperationExport {
  private static final String BINDING_PARAMETER = "bindingParameter";

  private OperationExport() {}

  /**
   * Writes each name's overloads; a name a type of the namespace already has is left out (CSDL
   * JSON holds one member per name).
   */
  static void write(JsonGenerator g, Map<String, List<Operation>> byName,
      List<TypeDefinition> types, QualifiedName json) throws IOException {
    for (Map.Entry<String, List<Operation>> entry : byName.entrySet()) {
      if (types.stream().anyMatch(t -> t.name().name().equals(entry.getKey()))) {
        continue;
      }
      g.writeArrayFieldStart(entry.getKey());
      for (Operation operation : entry.getValue()) {
        writeOverload(g, operation, json);
      }
      g.writeEndArray();
    }
  }

  private static void writeOverload(JsonGenerator g, Operation operation, QualifiedName json)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("$Kind", operation.isFunction() ? "Function" : "Action");
    g.writeBooleanField("$IsBound", true);
    g.writeArrayFieldStart("$Parameter");
    writeParameter(g, BINDING_PARAMETER, TypeRef.of(operation.binding()),
        operation.boundToCollection(), false, json);
    for (Operation.Parameter parameter : operation.parameters()) {
      writeParameter(g, parameter.name(), parameter.type(), parameter.collection(),
          true, json);
    }
    g.writeEndArray();
    if (operation.result() != null) {
      g.writeObjectFieldStart("$ReturnType");
      writeType(g, operation.result().type(), operation.result().collection(), json);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeParameter(JsonGenerator g, String name, TypeRef type,
      boolean collection, boolean nullable, QualifiedName json) throws IOException {
    g.writeStartObject();
    g.writeStringField("$Name", name);
    writeType(g, type, collection, json);
    if (!nullable) {
      g.writeBooleanField("$Nullable", false);
    }
    g.writeEndObject();
  }

  private static void writeType(JsonGenerator g, TypeRef type, boolean collection,
      QualifiedName json) throws IOException {
    g.writeStringField("$Type", CsdlExporter.csdlName(type, json));
    if (collection) {
      g.writeBooleanField("$Collection", true);
    }
  }
}

package dev.docmodel.generator.link;

import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties each type's pages declare, fully typed (inherited ones not yet removed), and the
 * enums inferred for them: the output of {@link InferEnums}.
 */
record Declared(Map<QualifiedName, List<Property>> properties, List<EnumType> inferredEnums) {
  Declared {
    Map<QualifiedName, List<Property>> copy = new LinkedHashMap<>();
    properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    properties = Collections.unmodifiableMap(copy);
    inferredEnums = List.copyOf(inferredEnums);
  }
}

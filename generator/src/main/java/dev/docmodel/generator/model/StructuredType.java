package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;
import java.util.List;

/**
 * An entity or complex type.
 *
 * @param baseType the direct base type, or null
 * @param key the key property names declared on this type (empty when inherited or none)
 * @param properties the properties declared on this type, not its base types', in docs order
 * @param placeholder true when the type is referenced but never documented
 */
public record StructuredType(
    QualifiedName name,
    boolean entity,
    QualifiedName baseType,
    boolean isAbstract,
    boolean open,
    List<String> key,
    List<Property> properties,
    String description,
    Location location,
    boolean placeholder) implements TypeDefinition {

  public StructuredType {
    key = List.copyOf(key);
    properties = List.copyOf(properties);
  }
}

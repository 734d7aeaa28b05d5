package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An entity or complex type.
 *
 * @param baseType the direct base type, or null
 * @param key the key property names declared on this type (empty when inherited or none)
 * @param properties the properties declared on this type, not its base types', in docs order
 * @param location where the type is defined (or first referenced, for a placeholder)
 * @param kept set when the docs no longer describe the type and a baseline keeps it
 */
public record StructuredType(
    QualifiedName name,
    Kind kind,
    QualifiedName baseType,
    Set<Trait> traits,
    List<String> key,
    List<Property> properties,
    String description,
    Location location,
    Origin origin,
    Kept kept) implements TypeDefinition {

  /** OData's two kinds of structured type. */
  public enum Kind {
    /** Has a key (its own or inherited): addressable, the target of navigation properties. */
    ENTITY,
    /** A value without identity. */
    COMPLEX
  }

  /** What the service model says of a type besides its kind. */
  public enum Trait {
    ABSTRACT,
    /** Instances may carry properties the type does not declare. */
    OPEN
  }

  public StructuredType {
    traits = traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
    key = List.copyOf(key);
    properties = List.copyOf(properties);
  }

  public StructuredType(QualifiedName name, Kind kind, QualifiedName baseType, Set<Trait> traits,
      List<String> key, List<Property> properties, String description, Location location,
      Origin origin) {
    this(name, kind, baseType, traits, key, properties, description, location, origin, null);
  }

  public StructuredType withProperties(List<Property> newProperties) {
    return new StructuredType(name, kind, baseType, traits, key, newProperties, description,
        location, origin, kept);
  }

  /** An open complex type without properties, for a name the docs reference but never describe. */
  public static StructuredType placeholder(QualifiedName name, Location firstReference) {
    return new StructuredType(name, Kind.COMPLEX, null, Set.of(Trait.OPEN), List.of(), List.of(),
        "Referenced by the docs but not documented.", firstReference, Origin.PLACEHOLDER);
  }

  public boolean entity() {
    return kind == Kind.ENTITY;
  }

  public boolean isAbstract() {
    return traits.contains(Trait.ABSTRACT);
  }

  public boolean open() {
    return traits.contains(Trait.OPEN);
  }

  public boolean placeholder() {
    return origin == Origin.PLACEHOLDER;
  }
}

package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;

/** A type of the linked model. */
public sealed interface TypeDefinition permits StructuredType, EnumType {
  QualifiedName name();

  String description();

  /** Where the type is defined (or first referenced, for a placeholder). */
  Location location();

  Origin origin();

  /** Set when the docs no longer describe the type and a baseline keeps it. */
  Kept kept();
}

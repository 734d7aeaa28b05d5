package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;
import java.util.List;

/**
 * An enum type.
 *
 * @param flags true when values combine as {@code "a,b"}
 * @param inferred true when no page names the type and it was inferred from a description
 */
public record EnumType(QualifiedName name, List<EnumMember> members, boolean flags,
    String description, Location location, boolean inferred) implements TypeDefinition {

  public EnumType {
    members = List.copyOf(members);
  }
}

package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;
import java.util.List;

/**
 * An enum type.
 *
 * @param flags true when values combine as {@code "a,b"}
 * @param origin {@link Origin#DOCUMENTED}, or {@link Origin#INFERRED} when no page names the type
 *     and it was inferred from a description
 */
public record EnumType(QualifiedName name, List<EnumMember> members, boolean flags,
    String description, Location location, Origin origin) implements TypeDefinition {

  public EnumType {
    members = List.copyOf(members);
  }

  public boolean inferred() {
    return origin == Origin.INFERRED;
  }
}

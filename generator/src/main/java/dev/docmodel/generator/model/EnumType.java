package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;
import java.util.List;

/**
 * An enum type.
 *
 * @param flags true when values combine as {@code "a,b"}
 * @param origin {@link Origin#DOCUMENTED}, or {@link Origin#INFERRED} when no page names the type
 *     and it was inferred from a description
 * @param kept set when the docs no longer describe the type and a baseline keeps it
 * @param section the heading of the page section its table is in ("ageGroup values"), where its
 *     page holds more than it; null when unknown
 */
public record EnumType(QualifiedName name, List<EnumMember> members, boolean flags,
    String description, Location location, Origin origin, Kept kept, String section)
    implements TypeDefinition {

  public EnumType {
    members = List.copyOf(members);
  }

  public EnumType(QualifiedName name, List<EnumMember> members, boolean flags, String description,
      Location location, Origin origin) {
    this(name, members, flags, description, location, origin, null, null);
  }

  public EnumType withMembers(List<EnumMember> newMembers) {
    return new EnumType(name, newMembers, flags, description, location, origin, kept, section);
  }

  public boolean inferred() {
    return origin == Origin.INFERRED;
  }
}

package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;

/**
 * An enum member; {@code value} is null when the docs give none.
 *
 * @param kept set when the docs no longer list the member and a baseline keeps it
 */
public record EnumMember(String name, Long value, String description, Location location,
    Kept kept) {

  public EnumMember(String name, Long value, String description, Location location) {
    this(name, value, description, location, null);
  }
}

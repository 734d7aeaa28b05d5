package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;

/**
 * A structural or navigation property.
 *
 * @param name the wire name, exactly as documented
 * @param description the docs' description, plain text
 * @param kept set when the docs no longer list the property and a baseline keeps it
 * @param legacy set when a baseline keeps the property's earlier type as a second view
 */
public record Property(String name, TypeRef type, boolean collection, boolean navigation,
    String description, Location location, Kept kept, Legacy legacy) {

  public Property(String name, TypeRef type, boolean collection, boolean navigation,
      String description, Location location) {
    this(name, type, collection, navigation, description, location, null, null);
  }

  public Property withKept(Kept marker) {
    return new Property(name, type, collection, navigation, description, location, marker, legacy);
  }

  public Property withLegacy(Legacy earlier) {
    return new Property(name, type, collection, navigation, description, location, kept, earlier);
  }
}

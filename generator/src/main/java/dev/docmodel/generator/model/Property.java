package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;

/**
 * A structural or navigation property.
 *
 * @param name the wire name, exactly as documented
 * @param description the docs' description, plain text
 */
public record Property(String name, TypeRef type, boolean collection, boolean navigation,
    String description, Location location) {}

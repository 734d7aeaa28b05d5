package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;

/** An enum member; {@code value} is null when the docs give none. */
public record EnumMember(String name, Long value, String description, Location location) {}

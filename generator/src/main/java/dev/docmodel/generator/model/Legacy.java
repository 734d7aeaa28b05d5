package dev.docmodel.generator.model;

/**
 * The type a property had in a baseline, when the docs now type it differently: the property's
 * earlier accessors stay, deprecated, as a view of the same wire value in the earlier type.
 *
 * @param since the baseline that first kept the earlier view
 */
public record Legacy(TypeRef type, boolean collection, String since) {}

package dev.docmodel.generator.model;

/**
 * Marks an element the docs no longer describe that a baseline keeps, so that code compiled against
 * an earlier generation still compiles and links: generated deprecated, still read and written
 * under its wire name.
 *
 * @param since the baseline that first kept it
 */
public record Kept(String since) {}

package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;

/**
 * A type named by the docs, before names are resolved: the name as written, the target of the
 * link it came from (or null), and where.
 */
record Mention(String name, String link, Location location) {}

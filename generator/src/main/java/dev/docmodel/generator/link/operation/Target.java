package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.QualifiedName;

/** What a request path reaches: one instance, or a collection, of a type. */
record Target(QualifiedName type, boolean collection) {
  Target single() {
    return collection ? new Target(type, false) : this;
  }
}

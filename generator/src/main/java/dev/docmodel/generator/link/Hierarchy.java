package dev.docmodel.generator.link;

import dev.docmodel.generator.model.BaseChain;
import dev.docmodel.generator.model.QualifiedName;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every structured type's base type and own key: the output of {@link ResolveHierarchy}. Acyclic.
 *
 * @param bases each type's direct base (absent: none)
 * @param keys each type's own key properties (empty when inherited or none)
 */
record Hierarchy(Map<QualifiedName, QualifiedName> bases, Map<QualifiedName, List<String>> keys) {
  Hierarchy {
    Map<QualifiedName, QualifiedName> b = new HashMap<>();
    bases.forEach((k, v) -> {
      if (v != null) {
        b.put(k, v);
      }
    });
    bases = Collections.unmodifiableMap(b);
    keys = Map.copyOf(keys);
  }

  QualifiedName baseOf(QualifiedName type) {
    return bases.get(type);
  }

  /** An entity type has a key, its own or inherited. */
  boolean isEntity(QualifiedName type) {
    for (QualifiedName t : BaseChain.selfAndAbove(type, bases::get)) {
      if (!keys.getOrDefault(t, List.of()).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}

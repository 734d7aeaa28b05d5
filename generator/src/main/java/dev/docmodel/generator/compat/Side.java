package dev.docmodel.generator.compat;

import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.model.QualifiedName;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One side of a comparison: a surface, its types by name, and its Java API. */
final class Side {
  final ApiSurface surface;
  final Map<QualifiedName, ApiSurface.Type> types = new HashMap<>();
  final JavaApi java;

  Side(ApiSurface surface) {
    this.surface = surface;
    surface.types().forEach(t -> types.put(t.name(), t));
    this.java = new JavaApi(surface);
  }

  ApiSurface.Type type(QualifiedName name) {
    return name == null ? null : types.get(name);
  }

  /** Every property a type has, its own and its bases', by wire name. */
  Map<String, ApiSurface.Property> effective(ApiSurface.Type type) {
    Map<String, ApiSurface.Property> all = new LinkedHashMap<>();
    java.util.Set<QualifiedName> seen = new java.util.HashSet<>();
    for (ApiSurface.Type at = type; at != null && seen.add(at.name()); at = type(at.base())) {
      at.properties().forEach(p -> all.putIfAbsent(p.name(), p));
    }
    return all;
  }
}

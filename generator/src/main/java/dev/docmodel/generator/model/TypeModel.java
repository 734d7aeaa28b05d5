package dev.docmodel.generator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The linked, immutable type model: every name resolved, sorted by qualified name. */
public final class TypeModel {
  private final Map<String, TypeDefinition> byKey;
  /** The same, hashed: {@link #find} is called for every property the emitters write. */
  private final Map<String, TypeDefinition> index;
  /** Keys of the types some other type names as its base; computed once. */
  private final java.util.Set<String> bases;

  public TypeModel(List<TypeDefinition> types) {
    Map<String, TypeDefinition> map = new TreeMap<>();
    for (TypeDefinition t : types) {
      map.put(t.name().key(), t);
    }
    this.byKey = Collections.unmodifiableMap(map);
    this.index = Map.copyOf(map);
    java.util.Set<String> baseKeys = new java.util.HashSet<>();
    for (TypeDefinition t : types) {
      if (t instanceof StructuredType s && s.baseType() != null) {
        baseKeys.add(s.baseType().key());
      }
    }
    this.bases = java.util.Set.copyOf(baseKeys);
  }

  /** All types, sorted by qualified name (case-insensitively). */
  public List<TypeDefinition> types() {
    return List.copyOf(byKey.values());
  }

  public Optional<TypeDefinition> find(QualifiedName name) {
    return Optional.ofNullable(index.get(name.key()));
  }

  public List<StructuredType> structuredTypes() {
    List<StructuredType> out = new ArrayList<>();
    for (TypeDefinition t : byKey.values()) {
      if (t instanceof StructuredType s) {
        out.add(s);
      }
    }
    return out;
  }

  public List<EnumType> enumTypes() {
    List<EnumType> out = new ArrayList<>();
    for (TypeDefinition t : byKey.values()) {
      if (t instanceof EnumType e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The base chain of a structured type, nearest first (without the type itself). */
  public List<StructuredType> ancestors(StructuredType type) {
    List<StructuredType> chain = new ArrayList<>();
    QualifiedName base = type.baseType();
    while (base != null && chain.size() < 64) {
      TypeDefinition def = byKey.get(base.key());
      if (!(def instanceof StructuredType s)) {
        break;
      }
      chain.add(s);
      base = s.baseType();
    }
    return chain;
  }

  /** True when some type names {@code type} as its base. */
  public boolean hasDerivedTypes(StructuredType type) {
    return bases.contains(type.name().key());
  }
}

package dev.docmodel.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The linked, immutable type model: every name resolved, sorted by qualified name. */
public final class TypeModel {
  /** All types, sorted by key; and the same split by kind. */
  private final List<TypeDefinition> types;
  private final List<StructuredType> structuredTypes;
  private final List<EnumType> enumTypes;
  /** By key, hashed: {@link #find} is called for every property the emitters write. */
  private final Map<String, TypeDefinition> index;
  /** Keys of the types some other type names as its base; computed once. */
  private final java.util.Set<String> bases;

  public TypeModel(List<TypeDefinition> types) {
    Map<String, TypeDefinition> map = new TreeMap<>();
    for (TypeDefinition t : types) {
      map.put(t.name().key(), t);
    }
    this.types = List.copyOf(map.values());
    this.index = Map.copyOf(map);
    List<StructuredType> structured = new ArrayList<>();
    List<EnumType> enums = new ArrayList<>();
    for (TypeDefinition t : this.types) {
      if (t instanceof StructuredType s) {
        structured.add(s);
      } else if (t instanceof EnumType e) {
        enums.add(e);
      }
    }
    this.structuredTypes = List.copyOf(structured);
    this.enumTypes = List.copyOf(enums);
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
    return types;
  }

  public Optional<TypeDefinition> find(QualifiedName name) {
    return Optional.ofNullable(index.get(name.key()));
  }

  public List<StructuredType> structuredTypes() {
    return structuredTypes;
  }

  public List<EnumType> enumTypes() {
    return enumTypes;
  }

  /** The base chain of a structured type, nearest first (without the type itself). */
  public List<StructuredType> ancestors(StructuredType type) {
    List<StructuredType> chain = new ArrayList<>();
    QualifiedName base = type.baseType();
    while (base != null && chain.size() < 64) {
      TypeDefinition def = index.get(base.key());
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

package dev.docmodel.generator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The linked, immutable type model: every name resolved, sorted by qualified name. */
public final class TypeModel {
  private static final Comparator<Operation> OPERATION_ORDER =
      Comparator.comparing(Operation::binding).thenComparing(Operation::boundToCollection)
          .thenComparing(o -> o.name().toLowerCase(Locale.ROOT)).thenComparing(Operation::name);

  /** All types, sorted by name; and the same split by kind. */
  private final List<TypeDefinition> types;
  private final List<StructuredType> structuredTypes;
  private final List<EnumType> enumTypes;
  /** Hashed: {@link #find} is called for every property the emitters write. */
  private final Map<QualifiedName, TypeDefinition> index;
  /** The types some other type names as its base; computed once. */
  private final Set<QualifiedName> bases;
  private final String defaultNamespace;
  /** Bound operations, sorted by binding type, then name. */
  private final List<Operation> operations;

  /**
   * @param defaultNamespace the namespace of names written without one (in examples, in the docs'
   *     {@code Json} type)
   */
  public TypeModel(List<TypeDefinition> types, String defaultNamespace) {
    this(types, defaultNamespace, List.of());
  }

  /** A model of {@code types} and the operations bound to them. */
  public TypeModel(List<TypeDefinition> types, String defaultNamespace,
      List<Operation> operations) {
    this.defaultNamespace = defaultNamespace;
    this.operations = operations.stream().sorted(OPERATION_ORDER).toList();
    Map<QualifiedName, TypeDefinition> map = new TreeMap<>();
    for (TypeDefinition t : types) {
      map.put(t.name(), t);
    }
    this.types = List.copyOf(map.values());
    this.index = Map.copyOf(map);
    List<StructuredType> structured = new ArrayList<>();
    List<EnumType> enums = new ArrayList<>();
    Set<QualifiedName> baseNames = new HashSet<>();
    for (TypeDefinition t : this.types) {
      if (t instanceof StructuredType s) {
        structured.add(s);
        if (s.baseType() != null) {
          baseNames.add(s.baseType());
        }
      } else if (t instanceof EnumType e) {
        enums.add(e);
      }
    }
    this.structuredTypes = List.copyOf(structured);
    this.enumTypes = List.copyOf(enums);
    this.bases = Set.copyOf(baseNames);
  }

  /** All types, sorted by qualified name (case-insensitively). */
  public List<TypeDefinition> types() {
    return types;
  }

  public Optional<TypeDefinition> find(QualifiedName name) {
    return Optional.ofNullable(index.get(name));
  }

  public List<StructuredType> structuredTypes() {
    return structuredTypes;
  }

  public List<EnumType> enumTypes() {
    return enumTypes;
  }

  /** Every bound operation, sorted by binding type (collection-bound after), then name. */
  public List<Operation> operations() {
    return operations;
  }

  /** The same types with these operations instead of the model's. */
  public TypeModel withOperations(List<Operation> newOperations) {
    return new TypeModel(types, defaultNamespace, newOperations);
  }

  public String defaultNamespace() {
    return defaultNamespace;
  }

  /** The base chain of a structured type, nearest first (without the type itself). */
  public List<StructuredType> ancestors(StructuredType type) {
    List<StructuredType> chain = new ArrayList<>();
    for (QualifiedName base : BaseChain.above(type.name(), this::baseOf)) {
      if (!(index.get(base) instanceof StructuredType s)) {
        break;
      }
      chain.add(s);
    }
    return chain;
  }

  private QualifiedName baseOf(QualifiedName name) {
    return index.get(name) instanceof StructuredType s ? s.baseType() : null;
  }

  /** True when some type names {@code type} as its base. */
  public boolean hasDerivedTypes(StructuredType type) {
    return bases.contains(type.name());
  }
}

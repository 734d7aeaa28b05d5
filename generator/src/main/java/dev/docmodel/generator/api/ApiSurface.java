package dev.docmodel.generator.api;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Java API a generation exposes, element by element of the OData model it came from: every
 * type's classes, every property's accessors, every enum member's constant, with their OData
 * shape and where the docs describe them. What a baseline records, what {@code diff} compares, and
 * the reviewable surface of the generated jar. A value of its own, between the emitter that names
 * it ({@code emit.SurfaceBuilder}) and the compatibility tools that read and keep it
 * ({@code compat}), so that neither of them depends on the other.
 *
 * @param types sorted by OData name; properties and members by wire name
 * @param operations sorted by binding type, collection binding, then name
 */
public record ApiSurface(String basePackage, List<Type> types, List<Operation> operations) {

  public ApiSurface {
    types = List.copyOf(types);
    operations = List.copyOf(operations);
  }

  /**
   * A bound operation's Java API: its descriptor constant, its call class for a function with
   * parameters (each parameter's setter), the class of an action's body (a type of
   * {@link #types}), and its OData shape.
   *
   * @param binding the binding type's qualified name
   * @param kind {@code action} or {@code function}
   * @param descriptor {@code descriptorClass#CONSTANT}
   * @param callClass the call class, or null
   * @param body the body's qualified OData name, or null
   * @param result the result's type as {@link #typeName} spells it, or null
   * @param kept the baseline that first kept it, or null
   */
  public record Operation(QualifiedName binding, boolean collection, String name, String kind,
      String descriptor, String callClass, QualifiedName body, String result,
      boolean resultCollection, List<Parameter> parameters, Location location, String kept) {
    public Operation {
      parameters = List.copyOf(parameters);
    }

    /** The identity a baseline and a diff match operations by. */
    public String identity() {
      return binding + (collection ? "[]" : "") + "/" + name;
    }

    public Parameter parameter(String wireName) {
      return parameters.stream().filter(p -> p.name().equals(wireName)).findFirst()
          .orElse(null);
    }
  }

  /**
   * A parameter of an operation; for a function with parameters, its setter on the call class.
   *
   * @param setter {@code name(javaType)} on the call class, or null for an action's (whose body
   *     type has the accessors)
   */
  public record Parameter(String name, String type, boolean collection, boolean optional,
      String setter, String kept) {}

  /** What a type is in OData, which decides what Java declares for it. */
  public enum Kind {
    ENTITY, COMPLEX, ENUM;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param serializerClass null for an enum
   * @param kept the baseline that first kept it, or null
   */
  public record Type(QualifiedName name, Kind kind, QualifiedName base, List<String> key,
      boolean isAbstract, boolean open, boolean flags, String modelClass, String serializerClass,
      Location location, String kept, List<Property> properties, List<Member> members) {
    public Type {
      key = List.copyOf(key);
      properties = List.copyOf(properties);
      members = List.copyOf(members);
    }

    public Property property(String wireName) {
      return properties.stream().filter(p -> p.name().equals(wireName)).findFirst().orElse(null);
    }

    public Member member(String wireName) {
      return members.stream().filter(m -> m.name().equals(wireName)).findFirst().orElse(null);
    }
  }

  /**
   * @param type the OData type as {@link #typeName} spells it
   * @param javaType the Java type of the getter, fully qualified with type arguments
   */
  public record Property(String name, String type, boolean collection, boolean navigation,
      String javaType, String getter, String setter, String has, String clear, Location location,
      String kept, Legacy legacy) {}

  /** A retyped property's earlier view, kept by a baseline. */
  public record Legacy(String type, boolean collection, String javaType, String getter,
      String setter, String since) {}

  public record Member(String name, Long value, String constant, Location location, String kept) {}

  /**
   * Whether generated classes inherit a member of this name from the runtime (or from
   * {@code Object}): no accessor may take it.
   */
  public static boolean isInheritedMember(String name) {
    return ReservedNames.INHERITED_MEMBERS.contains(name);
  }

  /** The simple names the base package keeps for the registry and the Jackson module. */
  public static final Set<String> REGISTRY_CLASSES = Set.of(ReservedNames.REGISTRY_CLASS,
      ReservedNames.MODULE_CLASS);

  public Type type(QualifiedName name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  /**
   * How a property's OData type is spelled in the surface: a primitive by its EDM name, the docs'
   * {@code Json} as {@code Json}, a named type by its qualified name.
   */
  public static String typeName(TypeRef ref) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return p.primitive() == Primitive.JSON ? "Json" : p.primitive().edmName();
    }
    return ref.csdlName();
  }

  /** The type a {@link #typeName} spells, or null when it spells none. */
  public static TypeRef typeRef(String name) {
    if (name.equals("Json")) {
      return TypeRef.of(Primitive.JSON);
    }
    for (Primitive p : Primitive.values()) {
      if (p != Primitive.JSON && p.edmName().equals(name)) {
        return TypeRef.of(p);
      }
    }
    return QualifiedName.parse(name, "").filter(n -> !n.namespace().equals("Edm"))
        .map(TypeRef::of).orElse(null);
  }
}

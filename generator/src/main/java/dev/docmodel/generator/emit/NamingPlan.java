package dev.docmodel.generator.emit;

import static dev.docmodel.generator.emit.JavaNames.constantName;
import static dev.docmodel.generator.emit.JavaNames.lowerFirst;
import static dev.docmodel.generator.emit.JavaNames.upperFirst;
import static dev.docmodel.generator.emit.JavaNames.why;

import com.palantir.javapoet.ClassName;
import dev.docmodel.generator.api.NamePins;
import dev.docmodel.generator.api.ReservedNames;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every Java name of the output, decided once for the whole model before any file is emitted
 * (so each emitter stays a pure function of the model and this plan). Names a baseline pinned are
 * kept; the others are allocated around them, types in sorted order and bases before derived
 * types, so names are deterministic.
 */
public final class NamingPlan {
  /**
   * Names of one property's field and accessors, and its presence bit.
   *
   * @param legacyGetter the getter of the property's earlier type, kept beside the current one
   *     (null when the property has no legacy view); likewise {@code legacySetter}
   */
  public record PropertyNames(Property property, String field, String getter, String setter,
      String has, String clear, int index, String legacyGetter, String legacySetter) {}


  private final String basePackage;
  private final PackageNames packages;
  private final NamePins pins;
  private final Map<QualifiedName, ClassName> modelClasses = new HashMap<>();
  private final Map<QualifiedName, ClassName> serializerClasses = new HashMap<>();
  private final Map<QualifiedName, List<PropertyNames>> properties = new HashMap<>();
  private final Map<QualifiedName, List<String>> enumConstants = new HashMap<>();
  private final Map<QualifiedName, Integer> propertyCountWithAncestors = new HashMap<>();
  /** Per package, the java.lang names its model classes take: its code names those in full. */
  private final Map<String, Set<String>> javaLangTaken = new HashMap<>();
  private final ClassName registry;
  private final ClassName module;
  /** Every name the plan had to change, with why (NAME_ADJUSTED). */
  private final List<Diagnostic> adjustments = new ArrayList<>();

  public NamingPlan(TypeModel model, String basePackage, NamePins pins) {
    this.basePackage = basePackage;
    this.packages = new PackageNames(model, basePackage);
    this.pins = pins;
    Map<String, NameAllocator> perPackage = new HashMap<>();
    reserveSubpackageNames(model, perPackage);
    reservePinnedClasses(model, perPackage);
    NameAllocator base = allocatorFor(perPackage, basePackage);
    this.registry = ClassName.get(basePackage, base.allocate(ReservedNames.REGISTRY_CLASS));
    this.module = ClassName.get(basePackage, base.allocate(ReservedNames.MODULE_CLASS));
    for (TypeDefinition type : model.types()) {
      ClassName modelClass = modelClass(type, perPackage);
      modelClasses.put(type.name(), modelClass);
      if (JavaNames.JAVA_LANG.contains(modelClass.simpleName())) {
        javaLangTaken.computeIfAbsent(modelClass.packageName(), k -> new java.util.TreeSet<>())
            .add(modelClass.simpleName());
      }
    }
    for (StructuredType type : model.structuredTypes()) {
      NamePins.TypeNames pinned = pins.of(type.name());
      ClassName model0 = modelClasses.get(type.name());
      serializerClasses.put(type.name(), pinned != null && pinned.serializerClass() != null
          ? PinnedNames.pinnedClass(pinned.serializerClass())
          : ClassName.get(model0.packageName(), allocatorFor(perPackage, model0.packageName())
              .allocate(model0.simpleName() + "Json")));
    }
    Map<QualifiedName, NameAllocator> memberAllocators = new HashMap<>();
    Map<QualifiedName, Set<String>> pinnedBelow = PinnedNames.inDescendants(model, pins);
    for (StructuredType type : model.structuredTypes()) {
      planProperties(model, type, memberAllocators, pinnedBelow);
    }
    for (EnumType type : model.enumTypes()) {
      enumConstants.put(type.name(), constants(type));
    }
  }

  private ClassName modelClass(TypeDefinition type, Map<String, NameAllocator> perPackage) {
    NamePins.TypeNames pinned = pins.of(type.name());
    if (pinned != null) {
      return PinnedNames.pinnedClass(pinned.modelClass());
    }
    String pkg = packages.packageFor(type.name().namespace());
    String wanted = upperFirst(type.name().name());
    String simple = allocatorFor(perPackage, pkg).allocate(NameAllocator.toJavaIdentifier(wanted));
    if (!simple.equals(wanted)) {
      adjusted(type.location(), type.name() + " is generated as class " + pkg + "." + simple
          + ": " + why(wanted, type.name().name(), true));
    }
    return ClassName.get(pkg, simple);
  }

  private List<String> constants(EnumType type) {
    NamePins.TypeNames pinned = pins.of(type.name());
    Map<String, String> kept = pinned == null ? Map.of() : pinned.constants();
    NameAllocator allocator = new NameAllocator(false);
    allocator.reserve(RuntimeApi.WIRE_NAME);
    kept.values().forEach(allocator::reserve);
    List<String> names = new ArrayList<>();
    for (EnumMember member : type.members()) {
      String constant = kept.get(member.name());
      if (constant == null) {
        String wanted = constantName(member.name());
        constant = allocator.allocate(wanted);
        if (!constant.equals(wanted)) {
          adjusted(member.location(), "member " + member.name() + " of " + type.name()
              + " is generated as constant " + constant + ": "
              + why(wanted, member.name(), false));
        }
      }
      names.add(constant);
    }
    return names;
  }

  private NameAllocator allocatorFor(Map<String, NameAllocator> perPackage, String pkg) {
    return perPackage.computeIfAbsent(pkg, p -> {
      // java.lang's names are not reserved: a type named Error is generated as Error, and the code
      // of its package names java.lang.Error in full (javaLangTakenIn).
      return new NameAllocator(true);
    });
  }

  /**
   * A class may not share its name with a subpackage of its package (javac: "class clashes with
   * package"), so every subpackage segment is reserved in its parent package first.
   */
  private void reserveSubpackageNames(TypeModel model, Map<String, NameAllocator> perPackage) {
    for (TypeDefinition type : model.types()) {
      String pkg = packages.packageFor(type.name().namespace());
      for (int dot = pkg.lastIndexOf('.'); dot > basePackage.length() - 1 && dot > 0;
          dot = pkg.lastIndexOf('.')) {
        allocatorFor(perPackage, pkg.substring(0, dot)).reserve(pkg.substring(dot + 1));
        pkg = pkg.substring(0, dot);
      }
    }
  }

  /** Pinned classes keep their names: no type allocated later may take one. */
  private void reservePinnedClasses(TypeModel model, Map<String, NameAllocator> perPackage) {
    for (ClassName name : PinnedNames.classes(model, pins)) {
      allocatorFor(perPackage, name.packageName()).reserve(name.simpleName());
    }
  }

  /** Plans a type's members after its ancestors', so inherited accessor names stay reserved. */
  private NameAllocator planProperties(TypeModel model, StructuredType type,
      Map<QualifiedName, NameAllocator> memberAllocators,
      Map<QualifiedName, Set<String>> pinnedBelow) {
    QualifiedName key = type.name();
    if (memberAllocators.containsKey(key)) {
      return memberAllocators.get(key);
    }
    List<StructuredType> ancestors = model.ancestors(type);
    NameAllocator members;
    int inherited = 0;
    if (ancestors.isEmpty()) {
      members = new NameAllocator(false);
      ReservedNames.INHERITED_MEMBERS.forEach(members::reserve);
    } else {
      StructuredType parent = ancestors.get(0);
      members = planProperties(model, parent, memberAllocators, pinnedBelow).copy();
      inherited = propertyCountWithAncestors.get(parent.name());
    }
    NamePins.TypeNames pinned = pins.of(key);
    Map<String, NamePins.AccessorNames> kept = pinned == null ? Map.of() : pinned.properties();
    kept.values().forEach(a -> PinnedNames.accessors(a).forEach(members::reserve));
    NameAllocator planning = members.copy();
    pinnedBelow.getOrDefault(key, Set.of()).forEach(planning::reserve);
    NameAllocator fields = new NameAllocator(false);
    List<PropertyNames> planned = new ArrayList<>();
    int index = inherited;
    for (Property property : type.properties()) {
      NamePins.AccessorNames names = accessorsOf(type, property, kept.get(property.name()),
          planning);
      for (String name : PinnedNames.accessors(names)) {
        members.reserve(name);
        planning.reserve(name);
      }
      String field = fields.allocate(lowerFirst(NameAllocator.toJavaIdentifier(property.name())));
      planned.add(new PropertyNames(property, field, names.getter(), names.setter(), names.has(),
          names.clear(), index++, names.legacyGetter(), names.legacySetter()));
    }
    properties.put(key, planned);
    propertyCountWithAncestors.put(key, index);
    memberAllocators.put(key, members);
    return members;
  }

  /**
   * A property's accessors: the pinned ones, with the current getter and setter allocated when
   * they are not pinned ({@code getXAsY} beside a legacy {@code getX}); all four allocated for a
   * property no baseline knows.
   */
  private NamePins.AccessorNames accessorsOf(StructuredType owner, Property property,
      NamePins.AccessorNames pinned, NameAllocator taken) {
    if (pinned != null && pinned.getter() != null) {
      return pinned;
    }
    if (pinned != null) {
      String suffix = JavaNames.upperFirst(NameAllocator.toJavaIdentifier(property.name()))
          + "As" + viewSuffix(property);
      String getter = allocateAccessor(taken, "get", suffix);
      String setter = "set" + getter.substring(3);
      return new NamePins.AccessorNames(getter, setter, pinned.has(), pinned.clear(),
          pinned.legacyGetter(), pinned.legacySetter());
    }
    String wanted = upperFirst(property.name());
    String suffix = NameAllocator.toJavaIdentifier(wanted);
    String candidate = suffix;
    for (int i = 2; anyTaken(taken, candidate); i++) {
      candidate = suffix + "_" + i;
    }
    if (!candidate.equals(wanted)) {
      adjusted(property.location(), owner.name() + "." + property.name() + " is accessed as get"
          + candidate + ": " + why(wanted, property.name(), false));
    }
    return new NamePins.AccessorNames("get" + candidate, "set" + candidate, "has" + candidate,
        "clear" + candidate, null, null);
  }

  private static String allocateAccessor(NameAllocator taken, String prefix, String suffix) {
    String candidate = suffix;
    for (int i = 2; taken.isTaken("get" + candidate) || taken.isTaken("set" + candidate); i++) {
      candidate = suffix + "_" + i;
    }
    return prefix + candidate;
  }

  /** What the current view of a retyped property is called after: {@code Status} → {@code JobStatus}. */
  private String viewSuffix(Property property) {
    String element = property.type() instanceof TypeRef.NamedRef n
        ? modelClasses.get(n.name()).simpleName()
        : TypeMapping.javaType(((TypeRef.PrimitiveRef) property.type()).primitive()).toString();
    element = element.substring(element.lastIndexOf('.') + 1).replace("[]", "Bytes");
    return (property.collection() ? "ListOf" : "") + element;
  }

  private static boolean anyTaken(NameAllocator members, String suffix) {
    return members.isTaken("get" + suffix) || members.isTaken("set" + suffix)
        || members.isTaken("has" + suffix) || members.isTaken("clear" + suffix);
  }

  private void adjusted(Location at, String message) {
    adjustments.add(Diagnostic.of(DiagnosticCode.NAME_ADJUSTED, at, message));
  }

  /** The names the plan had to change, each a NAME_ADJUSTED diagnostic saying why. */
  public List<Diagnostic> adjustments() {
    return List.copyOf(adjustments);
  }

  public String basePackage() {
    return basePackage;
  }

  public ClassName modelClass(QualifiedName name) {
    return modelClasses.get(name);
  }

  /**
   * The simple names of java.lang classes that a model class of {@code packageName} takes
   * ({@code Error}): a type declared there names both in full, as the implicit import of
   * java.lang no longer reaches them. Empty for most packages.
   */
  public String[] javaLangTakenIn(String packageName) {
    return javaLangTaken.getOrDefault(packageName, Set.of()).toArray(String[]::new);
  }

  public ClassName serializerClass(QualifiedName name) {
    return serializerClasses.get(name);
  }

  public List<PropertyNames> properties(StructuredType type) {
    return properties.get(type.name());
  }

  public List<String> enumConstants(EnumType type) {
    return enumConstants.get(type.name());
  }

  public ClassName registry() {
    return registry;
  }

  public ClassName module() {
    return module;
  }
}

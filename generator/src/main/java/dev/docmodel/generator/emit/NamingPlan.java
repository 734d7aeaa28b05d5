package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every Java name of the output, decided once for the whole model before any file is emitted
 * (so each emitter stays a pure function of the model and this plan). Types are visited in sorted
 * order and bases before derived types, so names are deterministic.
 */
public final class NamingPlan {
  /** Names of java.lang types: a generated type with one of them would shadow it. */
  private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Class", "Record", "Enum",
      "Error", "Exception", "Thread", "Process", "System", "Module", "Override", "Integer", "Long",
      "Short", "Byte", "Boolean", "Float", "Double", "Character", "Number", "Math", "Void",
      "Iterable", "Comparable", "Runtime", "Deprecated", "SuppressWarnings", "FunctionalInterface",
      "SafeVarargs", "Package", "StringBuilder", "Throwable", "RuntimeException", "Cloneable",
      "AutoCloseable", "Runnable", "ClassLoader", "Compiler", "CharSequence",
      "StackOverflowError", "InterruptedException", "Appendable", "Readable");

  /** Names of one property's field and accessors, and its presence bit. */
  public record PropertyNames(Property property, String field, String getter, String setter,
      String has, String clear, int index) {}

  private final String basePackage;
  private final String rootNamespace;
  private final Map<QualifiedName, ClassName> modelClasses = new HashMap<>();
  private final Map<QualifiedName, ClassName> serializerClasses = new HashMap<>();
  private final Map<QualifiedName, List<PropertyNames>> properties = new HashMap<>();
  private final Map<QualifiedName, List<String>> enumConstants = new HashMap<>();
  private final Map<QualifiedName, Integer> propertyCountWithAncestors = new HashMap<>();
  private final ClassName registry;
  private final ClassName module;
  /** Every name the plan had to change, with why (NAME_ADJUSTED). */
  private final List<Diagnostic> adjustments = new ArrayList<>();

  public NamingPlan(TypeModel model, String basePackage) {
    this.basePackage = basePackage;
    this.rootNamespace = rootNamespace(model);
    Map<String, NameAllocator> perPackage = new HashMap<>();
    reserveSubpackageNames(model, perPackage);
    NameAllocator base = allocatorFor(perPackage, basePackage);
    this.registry = ClassName.get(basePackage, base.allocate("ModelTypes"));
    this.module = ClassName.get(basePackage, base.allocate("ModelModule"));
    for (TypeDefinition type : model.types()) {
      String pkg = packageFor(type.name().namespace());
      String wanted = upperFirst(type.name().name());
      String simple = allocatorFor(perPackage, pkg).allocate(NameAllocator.toJavaIdentifier(wanted));
      modelClasses.put(type.name(), ClassName.get(pkg, simple));
      if (!simple.equals(wanted)) {
        adjusted(type.location(), type.name() + " is generated as class " + pkg + "." + simple
            + ": " + why(wanted, type.name().name(), true));
      }
    }
    for (StructuredType type : model.structuredTypes()) {
      ClassName model0 = modelClasses.get(type.name());
      serializerClasses.put(type.name(), ClassName.get(model0.packageName(),
          allocatorFor(perPackage, model0.packageName()).allocate(model0.simpleName() + "Json")));
    }
    // Per structured type, the member names taken by it and its ancestors: needed only here.
    Map<QualifiedName, NameAllocator> memberAllocators = new HashMap<>();
    for (StructuredType type : model.structuredTypes()) {
      planProperties(model, type, memberAllocators);
    }
    for (EnumType type : model.enumTypes()) {
      NameAllocator constants = new NameAllocator(false);
      constants.reserve(RuntimeApi.WIRE_NAME);
      List<String> names = new ArrayList<>();
      for (EnumMember member : type.members()) {
        String wanted = constantName(member.name());
        String constant = constants.allocate(wanted);
        names.add(constant);
        if (!constant.equals(wanted)) {
          adjusted(member.location(), "member " + member.name() + " of " + type.name()
              + " is generated as constant " + constant + ": "
              + why(wanted, member.name(), false));
        }
      }
      enumConstants.put(type.name(), names);
    }
  }

  private NameAllocator allocatorFor(Map<String, NameAllocator> perPackage, String pkg) {
    return perPackage.computeIfAbsent(pkg, p -> {
      NameAllocator allocator = new NameAllocator(true);
      JAVA_LANG.forEach(allocator::reserve);
      return allocator;
    });
  }

  /**
   * A class may not share its name with a subpackage of its package (javac: "class clashes with
   * package"), so every subpackage segment is reserved in its parent package first.
   */
  private void reserveSubpackageNames(TypeModel model, Map<String, NameAllocator> perPackage) {
    for (TypeDefinition type : model.types()) {
      String pkg = packageFor(type.name().namespace());
      for (int dot = pkg.lastIndexOf('.'); dot > basePackage.length() - 1 && dot > 0;
          dot = pkg.lastIndexOf('.')) {
        allocatorFor(perPackage, pkg.substring(0, dot)).reserve(pkg.substring(dot + 1));
        pkg = pkg.substring(0, dot);
      }
    }
  }

  /** Plans a type's members after its ancestors', so inherited accessor names stay reserved. */
  private NameAllocator planProperties(TypeModel model, StructuredType type,
      Map<QualifiedName, NameAllocator> memberAllocators) {
    QualifiedName key = type.name();
    if (memberAllocators.containsKey(key)) {
      return memberAllocators.get(key);
    }
    List<StructuredType> ancestors = model.ancestors(type);
    NameAllocator members;
    int inherited = 0;
    if (ancestors.isEmpty()) {
      members = new NameAllocator(false);
      RuntimeApi.INHERITED_MEMBERS.forEach(members::reserve);
    } else {
      StructuredType parent = ancestors.get(0);
      members = planProperties(model, parent, memberAllocators).copy();
      inherited = propertyCountWithAncestors.get(parent.name());
    }
    NameAllocator fields = new NameAllocator(false);
    List<PropertyNames> planned = new ArrayList<>();
    int index = inherited;
    for (Property property : type.properties()) {
      String suffix = NameAllocator.toJavaIdentifier(upperFirst(property.name()));
      String candidate = suffix;
      for (int i = 2; anyTaken(members, candidate); i++) {
        candidate = suffix + "_" + i;
      }
      for (String prefix : List.of("get", "set", "has", "clear")) {
        members.reserve(prefix + candidate);
      }
      if (!candidate.equals(upperFirst(property.name()))) {
        adjusted(property.location(), type.name() + "." + property.name() + " is accessed as get"
            + candidate + ": " + why(upperFirst(property.name()), property.name(), false));
      }
      String field = fields.allocate(lowerFirst(NameAllocator.toJavaIdentifier(property.name())));
      planned.add(new PropertyNames(property, field, "get" + candidate, "set" + candidate,
          "has" + candidate, "clear" + candidate, index++));
    }
    properties.put(key, planned);
    propertyCountWithAncestors.put(key, index);
    memberAllocators.put(key, members);
    return members;
  }

  private static boolean anyTaken(NameAllocator members, String suffix) {
    return members.isTaken("get" + suffix) || members.isTaken("set" + suffix)
        || members.isTaken("has" + suffix) || members.isTaken("clear" + suffix);
  }

  private void adjusted(Location at, String message) {
    adjustments.add(Diagnostic.of(DiagnosticCode.NAME_ADJUSTED, at, message));
  }

  /**
   * Why {@code wanted}, made from the documented {@code name}, could not be used as it is;
   * {@code type} for a class name.
   */
  private static String why(String wanted, String name, boolean type) {
    String legal = NameAllocator.toJavaIdentifier(wanted);
    if (!legal.equals(wanted)) {
      return "'" + name + "' is not a Java identifier";
    }
    if (type && JAVA_LANG.contains(wanted)) {
      return wanted + " would hide java.lang." + wanted;
    }
    if (RuntimeApi.INHERITED_MEMBERS.contains("get" + wanted)
        || RuntimeApi.INHERITED_MEMBERS.contains("set" + wanted)
        || RuntimeApi.INHERITED_MEMBERS.contains("has" + wanted)) {
      return "every model class inherits a method of that name";
    }
    return "another name takes '" + wanted + "' here (names that differ only in case collide)";
  }

  /** The names the plan had to change, each a NAME_ADJUSTED diagnostic saying why. */
  public List<Diagnostic> adjustments() {
    return List.copyOf(adjustments);
  }

  /** {@code microsoft.graph} → the base package; {@code microsoft.graph.callRecords} → base.callrecords. */
  public String packageFor(String namespace) {
    String relative;
    if (namespace.equals(rootNamespace)) {
      relative = "";
    } else if (!rootNamespace.isEmpty() && namespace.startsWith(rootNamespace + ".")) {
      relative = namespace.substring(rootNamespace.length() + 1);
    } else {
      relative = namespace;
    }
    StringBuilder pkg = new StringBuilder(basePackage);
    for (String segment : relative.split("\\.")) {
      if (!segment.isEmpty()) {
        pkg.append('.').append(
            NameAllocator.toJavaIdentifier(segment.toLowerCase(Locale.ROOT)).replace("$", "_"));
      }
    }
    return pkg.toString();
  }

  /**
   * The root namespace: the one holding the most types (ties: the shortest, then alphabetical).
   * Namespaces under it become subpackages; any other namespace becomes a package of its own below
   * the base package, so one stray namespace cannot move every other type.
   */
  private static String rootNamespace(TypeModel model) {
    Map<String, Integer> counts = new TreeMap<>();
    model.types().forEach(t -> counts.merge(t.name().namespace(), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse("");
  }

  public ClassName modelClass(QualifiedName name) {
    return modelClasses.get(name);
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

  static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  /** {@code NotConfigured} → {@code NOT_CONFIGURED}; {@code unknownFutureValue} → {@code UNKNOWN_FUTURE_VALUE}. */
  static String constantName(String member) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < member.length(); i++) {
      char c = member.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(member.charAt(i - 1))
          || Character.isDigit(member.charAt(i - 1))
          || (i + 1 < member.length() && Character.isLowerCase(member.charAt(i + 1))
              && Character.isUpperCase(member.charAt(i - 1))))) {
        sb.append('_');
      }
      sb.append(Character.toUpperCase(c));
    }
    return sb.toString();
  }
}

package dev.docmodel.generator.compat;

import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a baseline must hold as a whole before a generation may pin its names: each name once,
 * every named type it mentions among its own types, acyclic bases, and Java names that compile
 * together (no two classes one file on a case-insensitive disk, no class named like a package, no
 * accessor twice along a hierarchy or taking a method every model class inherits). A baseline this
 * generator wrote always holds; an edited or merged one may not, and is refused here rather than
 * producing sources javac rejects.
 */
final class BaselineConsistency {
  private final ApiSurface surface;
  private final BiConsumer<String, String> problem;
  private final Map<QualifiedName, Integer> indexOf = new HashMap<>();

  private BaselineConsistency(ApiSurface surface, BiConsumer<String, String> problem) {
    this.surface = surface;
    this.problem = problem;
  }

  /**
   * Reports each inconsistency to {@code problem} as (JSON pointer, message); the surface's types
   * and their items are in the file's order.
   */
  static void check(ApiSurface surface, BiConsumer<String, String> problem) {
    BaselineConsistency check = new BaselineConsistency(surface, problem);
    check.uniqueTypes();
    check.classes();
    check.references();
    check.members();
  }

  private void uniqueTypes() {
    List<ApiSurface.Type> types = surface.types();
    for (int i = 0; i < types.size(); i++) {
      Integer earlier = indexOf.putIfAbsent(types.get(i).name(), i);
      if (earlier != null) {
        problem.accept("/types/" + i + "/name", types.get(i).name() + " is listed twice (first"
            + " at /types/" + earlier + ")");
      }
    }
  }

  /** Each class once, ignoring case (one file on Windows and macOS), none named like a package. */
  private void classes() {
    Map<String, String> seen = new HashMap<>();
    Set<String> packages = new HashSet<>();
    List<ApiSurface.Type> types = surface.types();
    for (ApiSurface.Type type : types) {
      for (String name : classNames(type)) {
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
          packages.add(name.substring(0, dot).toLowerCase(Locale.ROOT));
        }
      }
    }
    for (int i = 0; i < types.size(); i++) {
      ApiSurface.Type type = types.get(i);
      String[] fields = {"class", "serializer"};
      List<String> names = classNames(type);
      for (int n = 0; n < names.size(); n++) {
        String name = names.get(n);
        String pointer = "/types/" + i + "/" + fields[n];
        String key = name.toLowerCase(Locale.ROOT);
        String other = seen.putIfAbsent(key, pointer);
        if (other != null) {
          problem.accept(pointer, name + " is also the class at " + other);
        } else if (packages.contains(key)) {
          problem.accept(pointer, name + " is also the name of a package of the model");
        } else if (name.equals(surface.basePackage() + "." + simpleName(name))
            && ApiSurface.REGISTRY_CLASSES.contains(simpleName(name))) {
          problem.accept(pointer, name + " is the generated registry's name");
        }
      }
    }
  }

  private static List<String> classNames(ApiSurface.Type type) {
    return type.serializerClass() == null ? List.of(type.modelClass())
        : List.of(type.modelClass(), type.serializerClass());
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** Bases and property types name types of the baseline, of the right category; no cycles. */
  private void references() {
    List<ApiSurface.Type> types = surface.types();
    for (int i = 0; i < types.size(); i++) {
      ApiSurface.Type type = types.get(i);
      String at = "/types/" + i;
      if (type.base() != null) {
        ApiSurface.Type base = type(type.base());
        if (base == null || base.kind() != type.kind()) {
          problem.accept(at + "/base", type.base() + " is not a" + (type.kind()
              == ApiSurface.Kind.ENTITY ? "n entity" : " complex type") + " of the baseline");
        } else if (cyclic(type)) {
          problem.accept(at + "/base", type.name() + " derives from itself");
        }
      }
      List<ApiSurface.Property> properties = type.properties();
      for (int p = 0; p < properties.size(); p++) {
        ApiSurface.Property property = properties.get(p);
        named(at + "/properties/" + p + "/type", property.type());
        if (property.legacy() != null) {
          named(at + "/properties/" + p + "/legacy/type", property.legacy().type());
        }
      }
    }
  }

  private void named(String pointer, String odataType) {
    if (ApiSurface.typeRef(odataType) instanceof TypeRef.NamedRef ref && type(ref.name()) == null) {
      problem.accept(pointer, odataType + " is not a type of the baseline");
    }
  }

  private boolean cyclic(ApiSurface.Type type) {
    Set<QualifiedName> seen = new HashSet<>();
    for (ApiSurface.Type t = type; t != null && t.base() != null; t = type(t.base())) {
      if (!seen.add(t.name())) {
        return true;
      }
    }
    return false;
  }

  private ApiSurface.Type type(QualifiedName name) {
    Integer index = indexOf.get(name);
    return index == null ? null : surface.types().get(index);
  }

  /**
   * Within a type: each wire name once, each constant once, and each accessor once along the
   * whole hierarchy (a base's accessor is the derived class's too), none inherited from the
   * runtime.
   */
  private void members() {
    List<ApiSurface.Type> types = surface.types();
    for (int i = 0; i < types.size(); i++) {
      ApiSurface.Type type = types.get(i);
      String at = "/types/" + i;
      Set<String> wireNames = new HashSet<>();
      Set<String> constants = new HashSet<>();
      List<ApiSurface.Member> members = type.members();
      for (int m = 0; m < members.size(); m++) {
        if (!wireNames.add(members.get(m).name())) {
          problem.accept(at + "/members/" + m + "/name", "member " + members.get(m).name()
              + " is listed twice");
        } else if (!constants.add(members.get(m).constant())) {
          problem.accept(at + "/members/" + m + "/constant", "constant "
              + members.get(m).constant() + " is taken by another member");
        }
      }
      Set<String> inherited = cyclic(type) ? Set.of() : inheritedAccessors(type);
      Set<String> own = new HashSet<>();
      List<ApiSurface.Property> properties = type.properties();
      for (int p = 0; p < properties.size(); p++) {
        ApiSurface.Property property = properties.get(p);
        String pointer = at + "/properties/" + p;
        if (!wireNames.add(property.name())) {
          problem.accept(pointer + "/name", "property " + property.name() + " is listed twice");
          continue;
        }
        for (String accessor : accessors(property)) {
          if (ApiSurface.isInheritedMember(accessor)) {
            problem.accept(pointer, accessor + " is a method every model class inherits");
          } else if (inherited.contains(accessor) || !own.add(accessor)) {
            problem.accept(pointer, accessor + " is already an accessor of " + type.modelClass());
          }
        }
      }
    }
  }

  private Set<String> inheritedAccessors(ApiSurface.Type type) {
    Set<String> names = new HashSet<>();
    for (ApiSurface.Type t = type(type.base()); t != null; t = t.base() == null ? null
        : type(t.base())) {
      t.properties().forEach(p -> names.addAll(accessors(p)));
    }
    return names;
  }

  private static List<String> accessors(ApiSurface.Property p) {
    return p.legacy() == null ? List.of(p.getter(), p.setter(), p.has(), p.clear())
        : List.of(p.getter(), p.setter(), p.has(), p.clear(), p.legacy().getter(),
            p.legacy().setter());
  }
}

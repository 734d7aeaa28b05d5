package dev.docmodel.generator.compat;

import dev.docmodel.generator.api.ApiSurface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public Java API an {@link ApiSurface} makes up, as javac and the JVM link against it:
 * classes with their superclass, accessors with their signatures and return types, enum
 * constants. Asks whether a symbol of an older jar is still there, compatibly.
 */
final class JavaApi {
  /** A class's own methods ({@code getX()} → return type) and constants. */
  private record ClassInfo(boolean isEnum, String superclass, Map<String, String> methods,
      Set<String> constants) {}

  private final Map<String, ClassInfo> classes = new HashMap<>();

  JavaApi(ApiSurface surface) {
    Map<String, String> classOf = new HashMap<>();
    surface.types().forEach(t -> classOf.put(t.name().toString().toLowerCase(java.util.Locale.ROOT),
        t.modelClass()));
    for (ApiSurface.Type type : surface.types()) {
      Map<String, String> methods = new LinkedHashMap<>();
      for (ApiSurface.Property p : type.properties()) {
        methods.putAll(accessors(p));
      }
      Set<String> constants = new HashSet<>();
      type.members().forEach(m -> constants.add(m.constant()));
      String superclass = type.base() == null ? null
          : classOf.get(type.base().toString().toLowerCase(java.util.Locale.ROOT));
      classes.put(type.modelClass(), new ClassInfo(type.kind() == ApiSurface.Kind.ENUM,
          superclass, methods, constants));
      if (type.serializerClass() != null) {
        classes.put(type.serializerClass(), new ClassInfo(false, null, Map.of(), Set.of()));
      }
    }
    for (ApiSurface.Operation operation : surface.operations()) {
      String descriptor = operation.descriptor();
      String owner = descriptor.substring(0, descriptor.indexOf('#'));
      classes.computeIfAbsent(owner, k -> new ClassInfo(false, null, new HashMap<>(),
          new HashSet<>())).constants().add(descriptor.substring(descriptor.indexOf('#') + 1));
      if (operation.callClass() != null) {
        Map<String, String> setters = new LinkedHashMap<>();
        operation.parameters().forEach(p -> setters.put(p.setter(), operation.callClass()));
        classes.put(operation.callClass(), new ClassInfo(false, null, setters, Set.of()));
      }
    }
  }

  /** The accessors of a property, {@code name(parameters)} → return type, legacy view included. */
  static Map<String, String> accessors(ApiSurface.Property p) {
    Map<String, String> methods = new LinkedHashMap<>();
    methods.put(p.getter() + "()", p.javaType());
    methods.put(p.setter() + "(" + p.javaType() + ")", "void");
    methods.put(p.has() + "()", "boolean");
    methods.put(p.clear() + "()", "void");
    if (p.legacy() != null) {
      methods.put(p.legacy().getter() + "()", p.legacy().javaType());
      methods.put(p.legacy().setter() + "(" + p.legacy().javaType() + ")", "void");
    }
    return methods;
  }

  /** The symbols of a property's accessors on class {@code owner}: {@code owner#getX()}. */
  static List<String> symbols(String owner, ApiSurface.Property p) {
    List<String> symbols = new ArrayList<>();
    accessors(p).keySet().forEach(m -> symbols.add(owner + "#" + m));
    return symbols;
  }

  /**
   * Whether {@code symbol} of an older jar links here: a class that is still a class (or enum),
   * a method with the same signature and return type on the class or a superclass, a constant.
   */
  boolean has(String symbol, String returnType, boolean isEnum) {
    int hash = symbol.indexOf('#');
    String owner = hash < 0 ? symbol : symbol.substring(0, hash);
    ClassInfo info = classes.get(owner);
    if (info == null) {
      return false;
    }
    if (hash < 0) {
      return info.isEnum() == isEnum;
    }
    String member = symbol.substring(hash + 1);
    if (!member.contains("(")) {
      return info.constants().contains(member);
    }
    for (String at = owner; at != null; at = classes.containsKey(at)
        ? classes.get(at).superclass() : null) {
      String found = classes.get(at).methods().get(member);
      if (found != null) {
        return found.equals(returnType);
      }
    }
    return false;
  }

  /** The superclasses of a class, nearest first. */
  List<String> superclasses(String fqn) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ClassInfo info = classes.get(fqn); info != null && info.superclass() != null
        && seen.add(info.superclass()); info = classes.get(info.superclass())) {
      chain.add(info.superclass());
    }
    return chain;
  }
}

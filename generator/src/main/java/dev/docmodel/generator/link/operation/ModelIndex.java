package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The linked types as the operation passes look them up: by name as the docs write it (any case,
 * with or without a namespace), by the page a link points at, and their properties with inherited
 * ones.
 */
final class ModelIndex {
  private final TypeModel model;
  /** Simple name, lower case → type; the default namespace's type wins a shared simple name. */
  private final Map<String, TypeDefinition> bySimpleName = new HashMap<>();
  /** Page file name, lower case without {@code .md} → the type the page defines. */
  private final Map<String, TypeDefinition> byPage = new HashMap<>();

  /** Every property name of every type, lower case. */
  private final java.util.Set<String> propertyNames = new java.util.HashSet<>();

  ModelIndex(TypeModel model) {
    this.model = model;
    for (StructuredType type : model.structuredTypes()) {
      type.properties().forEach(p -> propertyNames.add(p.name().toLowerCase(Locale.ROOT)));
    }
    for (TypeDefinition type : model.types()) {
      String simple = type.name().name().toLowerCase(Locale.ROOT);
      TypeDefinition held = bySimpleName.get(simple);
      if (held == null || !inDefault(held) && inDefault(type)) {
        bySimpleName.put(simple, type);
      }
      String page = fileName(location(type));
      if (page != null && !isPlaceholder(type)) {
        byPage.putIfAbsent(page, type);
      }
    }
  }

  TypeModel model() {
    return model;
  }

  /** The type a name written in the docs denotes ({@code user}, {@code microsoft.graph.user}). */
  TypeDefinition byName(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String t = written.strip();
    t = t.startsWith("#") ? t.substring(1) : t;
    var qualified = QualifiedName.parse(t, model.defaultNamespace());
    if (qualified.isPresent() && model.find(qualified.get()).isPresent()) {
      return model.find(qualified.get()).get();
    }
    return bySimpleName.get(t.substring(t.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
  }

  /** The type defined by the page a link points at ({@code ../resources/user.md}), or null. */
  TypeDefinition byLink(String destination) {
    String page = fileName(destination);
    return page == null ? null : byPage.get(page);
  }

  StructuredType structured(QualifiedName name) {
    return name != null && model.find(name).orElse(null) instanceof StructuredType s ? s : null;
  }

  /** A property of {@code type} or of one of its bases, by name in any case; or null. */
  Property property(StructuredType type, String name) {
    if (type == null) {
      return null;
    }
    for (StructuredType t : chain(type)) {
      for (Property p : t.properties()) {
        if (p.name().equalsIgnoreCase(name)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Whether some type of the model has a property of this name. */
  boolean anyProperty(String name) {
    return propertyNames.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The type and its bases, nearest first. */
  List<StructuredType> chain(StructuredType type) {
    List<StructuredType> chain = new java.util.ArrayList<>();
    chain.add(type);
    chain.addAll(model.ancestors(type));
    return chain;
  }

  /** The nearest type both are or derive from, or null. */
  QualifiedName commonAncestor(QualifiedName a, QualifiedName b) {
    StructuredType left = structured(a);
    StructuredType right = structured(b);
    if (left == null || right == null) {
      return a.equals(b) ? a : null;
    }
    List<StructuredType> others = chain(right);
    for (StructuredType t : chain(left)) {
      if (others.contains(t)) {
        return t.name();
      }
    }
    return null;
  }

  private boolean inDefault(TypeDefinition type) {
    return type.name().namespace().equals(model.defaultNamespace());
  }

  private static boolean isPlaceholder(TypeDefinition type) {
    return type instanceof StructuredType s && s.placeholder();
  }

  private static String location(TypeDefinition type) {
    return type instanceof StructuredType s ? s.location().page()
        : ((EnumType) type).location().page();
  }

  /** {@code ../resources/user.md#x} → {@code user}; null for what is no page. */
  static String fileName(String path) {
    if (path == null) {
      return null;
    }
    String p = path.strip();
    int hash = p.indexOf('#');
    p = hash >= 0 ? p.substring(0, hash) : p;
    if (!p.toLowerCase(Locale.ROOT).endsWith(".md")) {
      return null;
    }
    p = p.substring(p.lastIndexOf('/') + 1, p.length() - 3);
    return p.isEmpty() ? null : p.toLowerCase(Locale.ROOT);
  }
}

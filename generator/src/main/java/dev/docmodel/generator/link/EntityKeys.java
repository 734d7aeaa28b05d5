package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.BaseChain;
import dev.docmodel.generator.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The key rules of {@link ResolveHierarchy} (its steps 5 and 8). */
final class EntityKeys {
  private EntityKeys() {}

  /**
   * Each type's key as its pages declare it: the annotation's, or {@code id} for an addressable
   * type that shows one. An annotation's key that neither the page nor its ancestors' pages show as
   * a property, on a type nothing else shows to be an entity (no operations of its own, no
   * navigation to it), is a template left in place: complex types carry it too.
   */
  static Map<QualifiedName, List<String>> declared(
      Map<QualifiedName, Resolution.ResolvedType> types, Map<QualifiedName, QualifiedName> bases,
      Usage usage, Diagnostics diagnostics) {
    Map<QualifiedName, List<String>> keys = new HashMap<>();
    for (Resolution.ResolvedType type : types.values()) {
      keys.put(type.name(), declaredKey(type.draft(), types, bases, usage, diagnostics));
    }
    return keys;
  }

  private static List<String> declaredKey(TypeDraft draft,
      Map<QualifiedName, Resolution.ResolvedType> types, Map<QualifiedName, QualifiedName> bases,
      Usage usage, Diagnostics diagnostics) {
    if (draft.key().isEmpty()) {
      return draft.addressable() && shows(draft, "id", types, bases) ? List.of("id") : List.of();
    }
    boolean entityElsewhere = usage.entityByUse(draft);
    for (String key : draft.key()) {
      if (!entityElsewhere && !shows(draft, key, types, bases)) {
        diagnostics.report(DiagnosticCode.KEY_PROPERTY_UNSHOWN, draft.location(), draft.name()
            + " declares the key " + key + " but no property of that name is shown for it or its "
            + "base types, and nothing else makes it an entity; treating it as a complex type");
        return List.of();
      }
    }
    return draft.key();
  }

  /** Whether a table row or JSON sample of the type or one of its ancestors shows the property. */
  private static boolean shows(TypeDraft draft, String property,
      Map<QualifiedName, Resolution.ResolvedType> types, Map<QualifiedName, QualifiedName> bases) {
    for (QualifiedName name : BaseChain.selfAndAbove(draft.name(), bases::get)) {
      Resolution.ResolvedType type = types.get(name);
      if (type != null && (type.draft().rows().stream()
          .anyMatch(r -> r.name().equalsIgnoreCase(property))
          || type.draft().samples().stream()
          .anyMatch(s -> s.object().has(property)))) {
        return true;
      }
    }
    return false;
  }

  /** Step 8: a key an ancestor declares is not declared again. */
  static Map<QualifiedName, List<String>> withoutInherited(Map<QualifiedName, List<String>> keys,
      Map<QualifiedName, QualifiedName> bases) {
    Map<QualifiedName, List<String>> own = new HashMap<>(keys);
    for (QualifiedName type : keys.keySet()) {
      for (QualifiedName ancestor : BaseChain.above(type, bases::get)) {
        if (!keys.getOrDefault(ancestor, List.of()).isEmpty()) {
          own.put(type, List.of());
          break;
        }
      }
    }
    return own;
  }
}

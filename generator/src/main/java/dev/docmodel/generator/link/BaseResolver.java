package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides every structured type's base type and key, from the strongest evidence down:
 * <ol>
 *   <li>the annotation's {@code baseType};
 *   <li>the prose: "Inherits from [x]", "derived from [x]", "a subclass of [x]";
 *   <li>another page listing the type among its derived types;
 *   <li>properties described as "Inherited from [x]": the most derived such x;
 *   <li>an entity type still without a base derives from the root entity type: the key-declaring,
 *       base-less type most other types derive from (in Graph, {@code entity}). A type is an
 *       entity when it has a key, API operations of its own, or is where a navigation property
 *       leads (a Relationships row, or what a list or create operation returns); an annotation's
 *       key that no page shows as a property does not count.
 * </ol>
 * Rules 3 to 5 are inferences and say so in an INFO diagnostic. Where two statements disagree and
 * one is strictly more specific (its ancestors include the other), the specific one wins. Cycles
 * are broken and reported.
 */
final class BaseResolver {
  private static final int MAX_DEPTH = 64;

  private final NameIndex names;
  private final PropertyBuilder properties;
  private final Diagnostics diagnostics;

  BaseResolver(NameIndex names, PropertyBuilder properties, Diagnostics diagnostics) {
    this.names = names;
    this.properties = properties;
    this.diagnostics = diagnostics;
  }

  /** Bases and own keys, by type key. */
  record Result(Map<String, QualifiedName> bases, Map<String, List<String>> keys) {
    QualifiedName baseOf(String key) {
      return bases.get(key);
    }
  }

  /**
   * @param navigationTargets the keys of the types some navigation property leads to
   */
  Result resolve(Map<String, Drafts.Structured> drafts, Set<String> navigationTargets) {
    Map<String, QualifiedName> bases = new HashMap<>();
    Map<String, QualifiedName> annotated = new HashMap<>();
    List<Refinement> refinements = new ArrayList<>();
    for (Drafts.Structured draft : drafts.values()) {
      String key = draft.name.key();
      QualifiedName annotation = draft.annotationBase == null ? null
          : refName(properties.resolveName(draft.annotationBase, null, draft.namespace,
              draft.annotationBaseAt));
      QualifiedName prose = proseBase(draft);
      annotated.put(key, annotation);
      bases.put(key, annotation != null || draft.annotationSaysNoBase ? annotation : prose);
      if (prose != null && bases.get(key) != prose) {
        refinements.add(new Refinement(draft, prose, draft.inheritsFromAt, true));
      }
    }
    for (Drafts.Structured draft : drafts.values()) {
      for (Drafts.TypeMention listed : draft.derivedTypeHints) {
        QualifiedName derived = names.resolve(listed.name(), draft.namespace, listed.link());
        Drafts.Structured target = derived == null ? null : drafts.get(derived.key());
        if (target == null || target == draft) {
          continue;
        }
        if (bases.get(derived.key()) == null && !target.annotationSaysNoBase) {
          bases.put(derived.key(), draft.name);
          diagnostics.report(DiagnosticCode.BASE_TYPE_INFERRED, listed.location(), target.name
              + " names no base type but " + draft.name + " lists it as a derived type here");
        } else if (annotated.get(derived.key()) == null) {
          refinements.add(new Refinement(target, draft.name, listed.location(), false));
        }
      }
    }
    for (Drafts.Structured draft : drafts.values()) {
      if (bases.get(draft.name.key()) == null && !draft.annotationSaysNoBase) {
        bases.put(draft.name.key(), fromAncestorHints(draft, bases));
      }
    }
    breakCycles(drafts, bases);
    Map<String, List<String>> keys = new HashMap<>();
    for (Drafts.Structured draft : drafts.values()) {
      keys.put(draft.name.key(), declaredKey(draft, drafts, bases, navigationTargets));
    }
    deriveKeyedFromRoot(drafts, bases, keys, navigationTargets);
    refinements.forEach(r -> refine(r, bases));
    breakCycles(drafts, bases);
    for (Drafts.Structured draft : drafts.values()) {
      if (inheritsKey(draft.name.key(), bases, keys)) {
        keys.put(draft.name.key(), List.of());
      }
    }
    return new Result(bases, keys);
  }

  /**
   * A second, disagreeing statement of a type's base: the prose when the annotation was used, or
   * another page's list of derived types.
   */
  private record Refinement(Drafts.Structured draft, QualifiedName base, Location at,
      boolean fromProse) {}

  /**
   * Takes the other statement when it is strictly more specific (the current base is one of its
   * ancestors): "baseType: entity" is a common shorthand. Otherwise the current base stays.
   */
  private void refine(Refinement refinement, Map<String, QualifiedName> bases) {
    String key = refinement.draft().name.key();
    QualifiedName current = bases.get(key);
    if (current != null && current.key().equals(refinement.base().key())) {
      return;
    }
    Set<String> chain = ancestors(refinement.base(), bases);
    boolean refines = current != null && chain.contains(current.key()) && !chain.contains(key);
    if (refines) {
      bases.put(key, refinement.base());
    }
    if (refinement.fromProse() || refines) {
      diagnostics.report(DiagnosticCode.BASE_TYPE_CONFLICT, refinement.at(),
          refinement.draft().name + " derives from " + refinement.base() + " here but from "
              + (current == null ? "nothing" : current) + " elsewhere on its page; using "
              + (refines ? "the more specific " + refinement.base() : String.valueOf(current)));
    }
  }

  /** A keyed type still without a base derives from the root entity type. */
  private void deriveKeyedFromRoot(Map<String, Drafts.Structured> drafts,
      Map<String, QualifiedName> bases, Map<String, List<String>> keys,
      Set<String> navigationTargets) {
    Drafts.Structured root = rootEntity(drafts, bases, keys);
    if (root == null) {
      return;
    }
    for (Drafts.Structured draft : drafts.values()) {
      String key = draft.name.key();
      boolean keyed = !keys.get(key).isEmpty() || entityByUse(draft, navigationTargets);
      if (draft != root && !draft.annotationSaysNoBase && bases.get(key) == null && keyed
          && keys.get(root.name.key()).containsAll(keys.get(key))) {
        bases.put(key, root.name);
        String why = !keys.get(key).isEmpty() ? "has a key"
            : draft.addressable ? "has API operations of its own"
            : "is where a navigation property leads";
        diagnostics.report(DiagnosticCode.BASE_TYPE_INFERRED, draft.location, draft.name + " "
            + why + " but names no base type; deriving it from the root entity type "
            + root.name);
      }
    }
  }

  private QualifiedName proseBase(Drafts.Structured draft) {
    if (draft.inheritsFrom == null) {
      return null;
    }
    QualifiedName prose = names.resolve(draft.inheritsFrom, draft.namespace, draft.inheritsFromLink);
    if (prose == null) {
      prose = refName(properties.resolveName(draft.inheritsFrom, draft.inheritsFromLink,
          draft.namespace, draft.inheritsFromAt));
    }
    return prose == null || prose.key().equals(draft.name.key()) ? null : prose;
  }

  /** The most derived of the ancestors that property descriptions name. */
  private QualifiedName fromAncestorHints(Drafts.Structured draft,
      Map<String, QualifiedName> bases) {
    List<QualifiedName> candidates = new ArrayList<>();
    for (Drafts.TypeMention hint : draft.ancestorHints) {
      QualifiedName name = names.resolve(hint.name(), draft.namespace, hint.link());
      if (name != null && !name.key().equals(draft.name.key())
          && candidates.stream().noneMatch(c -> c.key().equals(name.key()))) {
        candidates.add(name);
      }
    }
    QualifiedName best = null;
    for (QualifiedName candidate : candidates) {
      if (best == null || ancestors(candidate, bases).contains(best.key())) {
        best = candidate;
      }
    }
    if (best != null) {
      diagnostics.report(DiagnosticCode.BASE_TYPE_INFERRED, draft.ancestorHints.get(0).location(),
          draft.name + " names no base type but describes properties as inherited from "
              + best + "; deriving it from " + best);
    }
    return best;
  }

  /**
   * The key the annotation declares, or {@code id} for an addressable type that lists an id. An
   * annotation's key that neither the page nor its ancestors' pages show as a property, on a type
   * nothing else shows to be an entity (no operations of its own, no navigation to it), is a
   * template left in place: complex types carry it too.
   */
  private List<String> declaredKey(Drafts.Structured draft, Map<String, Drafts.Structured> drafts,
      Map<String, QualifiedName> bases, Set<String> navigationTargets) {
    if (draft.key.isEmpty()) {
      return draft.addressable && shows(draft, "id", drafts, bases) ? List.of("id") : List.of();
    }
    boolean entityElsewhere = entityByUse(draft, navigationTargets);
    for (String key : draft.key) {
      if (!entityElsewhere && !shows(draft, key, drafts, bases)) {
        diagnostics.report(DiagnosticCode.KEY_PROPERTY_UNSHOWN, draft.location, draft.name
            + " declares the key " + key + " but no property of that name is shown for it or its "
            + "base types, and nothing else makes it an entity; treating it as a complex type");
        return List.of();
      }
    }
    return List.copyOf(draft.key);
  }

  /**
   * Entity evidence besides a key: API operations of its own make a type addressable, and a
   * navigation property leads to it (OData navigates to entities only).
   */
  private static boolean entityByUse(Drafts.Structured draft, Set<String> navigationTargets) {
    return draft.addressable || navigationTargets.contains(draft.name.key());
  }

  /** Whether a table row or JSON sample of the type or one of its ancestors shows the property. */
  private static boolean shows(Drafts.Structured draft, String property,
      Map<String, Drafts.Structured> drafts, Map<String, QualifiedName> bases) {
    for (String key : ancestors(draft.name, bases)) {
      Drafts.Structured type = drafts.get(key);
      if (type != null && (type.rows.stream().anyMatch(r -> r.name().equalsIgnoreCase(property))
          || type.samples.stream().anyMatch(s -> s.block().root().at(s.pointer()).has(property)))) {
        return true;
      }
    }
    return false;
  }

  /** The base-less keyed type with the most descendants, if any type derives from it. */
  private static Drafts.Structured rootEntity(Map<String, Drafts.Structured> drafts,
      Map<String, QualifiedName> bases, Map<String, List<String>> keys) {
    Map<String, Integer> descendants = new HashMap<>();
    for (String key : drafts.keySet()) {
      for (String ancestor : ancestors(bases.get(key), bases)) {
        descendants.merge(ancestor, 1, Integer::sum);
      }
    }
    Drafts.Structured root = null;
    int best = 0;
    for (Drafts.Structured draft : drafts.values()) {
      String key = draft.name.key();
      int count = descendants.getOrDefault(key, 0);
      if (bases.get(key) == null && !keys.get(key).isEmpty() && count > best) {
        root = draft;
        best = count;
      }
    }
    return root;
  }

  /** {@code start} and its ancestors, by key (empty for null). */
  static Set<String> ancestors(QualifiedName start, Map<String, QualifiedName> bases) {
    Set<String> seen = new HashSet<>();
    for (QualifiedName at = start; at != null && seen.size() < MAX_DEPTH; at = bases.get(at.key())) {
      if (!seen.add(at.key())) {
        break;
      }
    }
    return seen;
  }

  private static boolean inheritsKey(String key, Map<String, QualifiedName> bases,
      Map<String, List<String>> keys) {
    for (String ancestor : ancestors(bases.get(key), bases)) {
      if (!keys.getOrDefault(ancestor, List.of()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private void breakCycles(Map<String, Drafts.Structured> drafts, Map<String, QualifiedName> bases) {
    for (Drafts.Structured draft : drafts.values()) {
      List<String> path = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      String key = draft.name.key();
      while (key != null && seen.add(key)) {
        path.add(key);
        QualifiedName base = bases.get(key);
        key = base == null ? null : base.key();
      }
      if (key != null && key.equals(draft.name.key())) {
        diagnostics.report(DiagnosticCode.BASE_TYPE_CYCLE,
            draft.inheritsFromAt != null ? draft.inheritsFromAt : draft.location,
            draft.name + " inherits from itself through " + String.join(" -> ", path));
        bases.put(draft.name.key(), null);
      }
    }
  }

  private static QualifiedName refName(TypeRef ref) {
    return ref instanceof TypeRef.NamedRef n ? n.name() : null;
  }
}

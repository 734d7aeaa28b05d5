package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.BaseChain;
import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 8, {@link Resolution}, each type's {@link Usage} and the {@link ApiEvidence} → {@link
 * Hierarchy}: every structured
 * type's base and key, from the strongest evidence down, in these steps:
 * <ol>
 *   <li>stated bases: the annotation's {@code baseType} (a {@code null} there is respected), else
 *       the prose ("Inherits from [x]", "derived from [x]", "a subclass of [x]");
 *   <li>a type still without a base that another page lists among its derived types takes that
 *       page's type;
 *   <li>a type still without one whose properties are described "Inherited from [x]" takes the
 *       most derived such x; failing that, the most derived type an API example shows it
 *       standing for ({@link ApiEvidence});
 *   <li>cycles among these statements are cut and reported: the first type of the cycle in page
 *       order loses its base (an annotation naming the type itself was already set aside by
 *       {@link ResolveNames}); every later step keeps the graph acyclic, so this is the only
 *       place cycles are broken;
 *   <li>keys: the annotation's, unless no page shows the property on a type nothing else makes
 *       an entity; {@code id} for a type with API operations of its own that shows one;
 *   <li>an entity type still without a base derives from the root entity type (the keyed,
 *       base-less type most types derive from). A type is an entity when it has a key, or by
 *       its use ({@link Usage#entityByUse});
 *   <li>second statements that disagree with the base chosen (the prose against the annotation,
 *       another page's derived-types list) win when strictly more specific: the chosen base is
 *       one of their ancestors ("baseType: entity" is a common shorthand); and where step 4 cut
 *       the type's base, a second statement that does not lead back to it. They are weighed last
 *       because only now are the chains complete;
 *   <li>a key inherited from a base is not declared again.
 * </ol>
 * Steps 2, 3 and 6 are inferences and say so in an INFO diagnostic.
 */
final class ResolveHierarchy {
  private final Map<QualifiedName, Resolution.ResolvedType> types;
  private final Usage usage;
  private final Map<QualifiedName, List<Resolution.Located>> apiBases;
  private final Diagnostics diagnostics;

  /** A second, disagreeing statement of a type's base, weighed in step 7. */
  private record Disagreement(Resolution.ResolvedType type, QualifiedName base, Location at,
      boolean fromProse) {}

  private ResolveHierarchy(Resolution resolution, Usage usage,
      Map<QualifiedName, List<Resolution.Located>> apiBases, Diagnostics diagnostics) {
    this.types = resolution.types();
    this.usage = usage;
    this.apiBases = apiBases;
    this.diagnostics = diagnostics;
  }

  /** @param apiBases candidate bases the API pages' examples show ({@link ApiEvidence}) */
  static Hierarchy run(Resolution resolution, Usage usage,
      Map<QualifiedName, List<Resolution.Located>> apiBases, Diagnostics diagnostics) {
    return new ResolveHierarchy(resolution, usage, apiBases, diagnostics).resolve();
  }

  private Hierarchy resolve() {
    List<Disagreement> disagreements = new ArrayList<>();
    Map<QualifiedName, QualifiedName> bases = statedBases(disagreements);
    bases = fromDerivedTypeLists(bases, disagreements);
    bases = fromAncestorHints(bases);
    bases = fromApiExamples(bases);
    Set<QualifiedName> cut = new java.util.HashSet<>();
    bases = withoutCycles(bases, cut);
    Map<QualifiedName, List<String>> keys = EntityKeys.declared(types, bases, usage, diagnostics);
    bases = fromRootEntity(bases, keys);
    bases = weighDisagreements(bases, disagreements, cut);
    return new Hierarchy(bases, EntityKeys.withoutInherited(keys, bases));
  }

  /** Step 1. */
  private Map<QualifiedName, QualifiedName> statedBases(List<Disagreement> disagreements) {
    Map<QualifiedName, QualifiedName> bases = new HashMap<>();
    for (Resolution.ResolvedType type : types.values()) {
      QualifiedName annotation = type.annotationBase();
      QualifiedName prose = type.proseBase();
      QualifiedName stated = annotation != null || type.draft().annotationSaysNoBase()
          ? annotation : prose;
      bases.put(type.name(), stated);
      if (prose != null && !prose.equals(stated)) {
        disagreements.add(new Disagreement(type, prose, type.draft().proseBase().location(),
            true));
      }
    }
    return bases;
  }

  /** Step 2. */
  private Map<QualifiedName, QualifiedName> fromDerivedTypeLists(
      Map<QualifiedName, QualifiedName> stated, List<Disagreement> disagreements) {
    Map<QualifiedName, QualifiedName> bases = new HashMap<>(stated);
    for (Resolution.ResolvedType type : types.values()) {
      for (Resolution.Located listed : type.derivedTypes()) {
        Resolution.ResolvedType derived = types.get(listed.name());
        if (derived == null || derived == type) {
          continue;
        }
        if (bases.get(derived.name()) == null && !derived.draft().annotationSaysNoBase()) {
          bases.put(derived.name(), type.name());
          diagnostics.report(DiagnosticCode.BASE_TYPE_INFERRED, listed.location(), derived.name()
              + " names no base type but " + type.name() + " lists it as a derived type here");
        } else if (derived.annotationBase() == null) {
          disagreements.add(new Disagreement(derived, type.name(), listed.location(), false));
        }
      }
    }
    return bases;
  }

  /** Step 3: the most derived of the ancestors that property descriptions name. */
  private Map<QualifiedName, QualifiedName> fromAncestorHints(
      Map<QualifiedName, QualifiedName> listed) {
    Map<QualifiedName, QualifiedName> bases = new HashMap<>(listed);
    for (Resolution.ResolvedType type : types.values()) {
      if (bases.get(type.name()) != null || type.draft().annotationSaysNoBase()) {
        continue;
      }
      Set<QualifiedName> candidates = new LinkedHashSet<>();
      for (Resolution.Located hint : type.ancestorHints()) {
        if (!hint.name().equals(type.name())) {
          candidates.add(hint.name());
        }
      }
      QualifiedName best = null;
      for (QualifiedName candidate : candidates) {
        if (best == null || BaseChain.selfAndAbove(candidate, bases::get).contains(best)) {
          best = candidate;
        }
      }
      if (best != null) {
        bases.put(type.name(), best);
        diagnostics.report(DiagnosticCode.BASE_TYPE_INFERRED,
            type.draft().ancestorHints().get(0).location(), type.name() + " names no base type "
                + "but describes properties as inherited from " + best + "; deriving it from "
                + best);
      }
    }
    return bases;
  }

  /**
   * Step 3b: a type still without a base that API examples show standing for another type
   * derives from it (the most derived of several).
   */
  private Map<QualifiedName, QualifiedName> fromApiExamples(Map<QualifiedName, QualifiedName> hinted) {
    Map<QualifiedName, QualifiedName> bases = new HashMap<>(hinted);
    for (Resolution.ResolvedType type : types.values()) {
      List<Resolution.Located> candidates = apiBases.getOrDefault(type.name(), List.of());
      if (bases.get(type.name()) != null || type.draft().annotationSaysNoBase()
          || candidates.isEmpty()) {
        continue;
      }
      Resolution.Located best = null;
      for (Resolution.Located candidate : candidates) {
        if (best == null
            || BaseChain.selfAndAbove(candidate.name(), bases::get).contains(best.name())) {
          best = candidate;
        }
      }
      bases.put(type.name(), best.name());
      diagnostics.report(DiagnosticCode.BASE_TYPE_INFERRED, best.location(), type.name()
          + " names no base type but this example shows it where " + best.name()
          + " is declared, with all of its properties; deriving it from " + best.name());
    }
    return bases;
  }

  /** Step 4: a type that inherits from itself loses its base. */
  private Map<QualifiedName, QualifiedName> withoutCycles(Map<QualifiedName, QualifiedName> hinted,
      Set<QualifiedName> cut) {
    Map<QualifiedName, QualifiedName> bases = new HashMap<>(hinted);
    for (Resolution.ResolvedType type : types.values()) {
      List<String> path = new ArrayList<>();
      Set<QualifiedName> seen = new java.util.HashSet<>();
      QualifiedName at = type.name();
      while (at != null && seen.add(at)) {
        path.add(at.toString().toLowerCase(java.util.Locale.ROOT));
        at = bases.get(at);
      }
      if (type.name().equals(at)) {
        Mention prose = type.draft().proseBase();
        diagnostics.report(DiagnosticCode.BASE_TYPE_CYCLE,
            prose != null ? prose.location() : type.draft().location(),
            type.name() + " inherits from itself through " + String.join(" -> ", path)
                + "; the cycle is cut here: " + type.name() + " does not derive from "
                + bases.get(type.name()));
        bases.put(type.name(), null);
        cut.add(type.name());
      }
    }
    return bases;
  }

  /** Step 6. */
  private Map<QualifiedName, QualifiedName> fromRootEntity(
      Map<QualifiedName, QualifiedName> acyclic, Map<QualifiedName, List<String>> keys) {
    Map<QualifiedName, QualifiedName> bases = new HashMap<>(acyclic);
    Resolution.ResolvedType root = rootEntity(bases, keys);
    if (root == null) {
      return bases;
    }
    for (Resolution.ResolvedType type : types.values()) {
      TypeDraft draft = type.draft();
      List<String> key = keys.get(type.name());
      boolean keyed = !key.isEmpty() || usage.entityByUse(draft);
      if (type != root && !draft.annotationSaysNoBase() && bases.get(type.name()) == null
          && keyed && keys.get(root.name()).containsAll(key)) {
        bases.put(type.name(), root.name());
        String why = !key.isEmpty() ? "has a key"
            : draft.addressable() ? "has API operations of its own"
            : "is where a navigation property leads";
        diagnostics.report(DiagnosticCode.BASE_TYPE_INFERRED, draft.location(), type.name() + " "
            + why + " but names no base type; deriving it from the root entity type "
            + root.name());
      }
    }
    return bases;
  }

  /** The base-less keyed type with the most descendants, if any type derives from it. */
  private Resolution.ResolvedType rootEntity(Map<QualifiedName, QualifiedName> bases,
      Map<QualifiedName, List<String>> keys) {
    Map<QualifiedName, Integer> descendants = new HashMap<>();
    for (QualifiedName type : types.keySet()) {
      for (QualifiedName ancestor : BaseChain.selfAndAbove(bases.get(type), bases::get)) {
        descendants.merge(ancestor, 1, Integer::sum);
      }
    }
    Resolution.ResolvedType root = null;
    int best = 0;
    for (Resolution.ResolvedType type : types.values()) {
      int count = descendants.getOrDefault(type.name(), 0);
      if (bases.get(type.name()) == null && !keys.get(type.name()).isEmpty() && count > best) {
        root = type;
        best = count;
      }
    }
    return root;
  }

  /**
   * Step 7: takes each second statement when it is strictly more specific (the current base is one
   * of its ancestors, and it does not lead back to the type), which keeps the graph acyclic.
   */
  private Map<QualifiedName, QualifiedName> weighDisagreements(
      Map<QualifiedName, QualifiedName> rooted, List<Disagreement> disagreements,
      Set<QualifiedName> cut) {
    Map<QualifiedName, QualifiedName> bases = new HashMap<>(rooted);
    for (Disagreement d : disagreements) {
      QualifiedName type = d.type().name();
      QualifiedName current = bases.get(type);
      if (d.base().equals(current)) {
        continue;
      }
      Set<QualifiedName> chain = BaseChain.selfAndAbove(d.base(), bases::get);
      // A type whose base a cycle cut takes a second statement that leads elsewhere.
      boolean refines = (current != null ? chain.contains(current) : cut.contains(type))
          && !chain.contains(type);
      if (refines) {
        bases.put(type, d.base());
      }
      if (d.fromProse() || refines) {
        diagnostics.report(DiagnosticCode.BASE_TYPE_CONFLICT, d.at(), type + " derives from "
            + d.base() + " here but from " + (current == null ? "nothing" : current)
            + " elsewhere on its page; using "
            + (refines ? (current == null ? "" : "the more specific ") + d.base()
                : current == null ? "no base" : current.toString()));
      }
    }
    return bases;
  }
}

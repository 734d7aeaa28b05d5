package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 4, {@link Definitions} and merged properties → {@link Resolution}: every name the pages
 * write is resolved against the types they define. Declared types (property types, stated base
 * types) that no page defines become placeholders, here and nowhere else, each reported once at
 * its first reference in page order; mere mentions (derived-type lists, "Inherited from" hints,
 * operation results) that resolve to nothing are dropped. A type only a JSON sample names stays
 * only when something the pages document refers to it: a sample's {@code @odata.type} that the
 * table's type overrides (an error object shown as {@code odata.error}) names nothing.
 */
final class ResolveNames {
  private final NameIndex names;
  private final Diagnostics diagnostics;
  /** Working state: each placeholder's name as first written and its first reference. */
  private final Map<QualifiedName, Located> unresolved = new HashMap<>();

  private record Located(QualifiedName name, Location location) {}

  private ResolveNames(NameIndex names, Diagnostics diagnostics) {
    this.names = names;
    this.diagnostics = diagnostics;
  }

  static Resolution run(Definitions definitions, Map<QualifiedName, List<PropertyDraft>> properties,
      String defaultNamespace, Diagnostics diagnostics) {
    ResolveNames pass = new ResolveNames(new NameIndex(definitions.documentedNames(),
        definitions.sampleNames(), definitions.typeByPage(), defaultNamespace), diagnostics);
    Map<QualifiedName, Resolution.ResolvedType> types = new LinkedHashMap<>();
    for (TypeDraft type : definitions.types()) {
      types.put(type.name(), pass.resolveType(type, properties.get(type.name())));
    }
    Set<QualifiedName> results = new LinkedHashSet<>();
    for (Definitions.NamespacedMention result : definitions.collectionResults()) {
      QualifiedName name = pass.mention(result.mention(), result.namespace());
      if (name != null) {
        results.add(name);
      }
    }
    List<Resolution.Claim> claims = new ArrayList<>();
    for (Definitions.ApiClaim claim : definitions.apiClaims()) {
      QualifiedName derived = pass.names.resolve(claim.derived(), defaultNamespace, null);
      QualifiedName base = pass.names.resolve(claim.base(), defaultNamespace, null);
      if (derived != null && base != null) {
        claims.add(new Resolution.Claim(derived, base, claim.location()));
      }
    }
    return pass.canonical(referencedOnly(new Resolution(types, definitions.enums(), results,
        Map.of(), claims)));
  }

  /** Without the types only samples show that nothing documented refers to, even indirectly. */
  private static Resolution referencedOnly(Resolution resolution) {
    Set<QualifiedName> kept = new HashSet<>();
    Deque<QualifiedName> pending = new ArrayDeque<>(resolution.collectionResults());
    resolution.types().values().stream().filter(t -> t.draft().documented())
        .forEach(t -> pending.add(t.name()));
    while (!pending.isEmpty()) {
      QualifiedName name = pending.pop();
      Resolution.ResolvedType type = resolution.types().get(name);
      if (type == null || !kept.add(name)) {
        continue;
      }
      type.properties().forEach(p -> {
        if (p.type() instanceof TypeRef.NamedRef n) {
          pending.add(n.name());
        }
      });
      if (type.annotationBase() != null) {
        pending.add(type.annotationBase());
      }
      if (type.proseBase() != null) {
        pending.add(type.proseBase());
      }
      type.derivedTypes().forEach(d -> pending.add(d.name()));
      type.ancestorHints().forEach(h -> pending.add(h.name()));
    }
    Map<QualifiedName, Resolution.ResolvedType> types = new LinkedHashMap<>();
    resolution.types().forEach((name, type) -> {
      if (kept.contains(name)) {
        types.put(name, type);
      }
    });
    return new Resolution(types, resolution.enums(), resolution.collectionResults(),
        resolution.placeholders(), resolution.apiClaims());
  }

  private Resolution.ResolvedType resolveType(TypeDraft type, List<PropertyDraft> drafts) {
    List<Resolution.ResolvedProperty> properties = new ArrayList<>();
    for (PropertyDraft draft : drafts) {
      properties.add(resolveProperty(type, draft));
    }
    QualifiedName annotationBase = type.annotationBase() == null ? null
        : named(reference(type.annotationBase().name(), null, type.namespace(),
            type.annotationBase().location()));
    QualifiedName proseBase = null;
    if (type.proseBase() != null) {
      Mention prose = type.proseBase();
      proseBase = named(reference(prose.name(), prose.link(), type.namespace(), prose.location()));
      proseBase = type.name().equals(proseBase) ? null : proseBase;
    }
    if (type.name().equals(annotationBase)) {
      annotationBase = null;
      selfNamedBase(type, proseBase);
    }
    return new Resolution.ResolvedType(type, properties, annotationBase, proseBase,
        mentions(type.derivedTypeHints(), type.namespace()),
        mentions(type.ancestorHints(), type.namespace()));
  }

  /**
   * An annotation that names the type itself as its base is a copy-paste slip (the docs' tooling
   * fills {@code baseType} from {@code @odata.type}); it says nothing about the base, so the prose
   * decides as if the annotation named none.
   */
  private void selfNamedBase(TypeDraft type, QualifiedName proseBase) {
    Location at = type.annotationBase().location();
    if (proseBase != null) {
      diagnostics.report(DiagnosticCode.BASE_TYPE_CONFLICT, at, "the annotation names "
          + type.name() + " as its own base but the prose says it inherits from " + proseBase
          + "; using " + proseBase);
    } else {
      diagnostics.report(DiagnosticCode.BASE_TYPE_CYCLE, at, "the annotation names "
          + type.name() + " as its own base; ignored");
    }
  }

  private Resolution.ResolvedProperty resolveProperty(TypeDraft owner, PropertyDraft draft) {
    TypeRef type;
    boolean collection;
    if (draft.row() != null) {
      TypeExpression expression = draft.row().type();
      type = expression.primitive() != null ? TypeRef.of(expression.primitive())
          : reference(expression.typeName(), expression.linkDestination(), owner.namespace(),
              draft.row().location());
      collection = expression.collection();
    } else {
      PropertyDraft.SampleMember member = draft.sampleOnly();
      SampleType shown = member.shown();
      type = shown.primitive() != null ? TypeRef.of(shown.primitive())
          : reference(shown.typeName(), null, member.namespace(), member.location());
      collection = shown.collection();
    }
    List<Resolution.Shown> shown = new ArrayList<>();
    for (PropertyDraft.SampleMember member : draft.shownBySamples()) {
      SampleType evidence = member.shown();
      shown.add(new Resolution.Shown(evidence, evidence.typeName() == null ? null
          : names.resolve(evidence.typeName(), member.namespace(), null), member.location()));
    }
    return new Resolution.ResolvedProperty(draft, type, collection, shown);
  }

  /**
   * A declared type: the defined type it names, else the primitive it spells, else a placeholder.
   * Text that cannot be a type name at all is reported and read as untyped JSON.
   */
  private TypeRef reference(String raw, String link, String namespace, Location at) {
    QualifiedName resolved = names.resolve(raw, namespace, link);
    if (resolved != null) {
      return TypeRef.of(resolved);
    }
    Primitive primitive = TypeExpression.primitive(raw);
    if (primitive != null) {
      return TypeRef.of(primitive);
    }
    QualifiedName placeholder = QualifiedName.parse(raw, namespace).orElse(null);
    if (placeholder == null) {
      diagnostics.report(DiagnosticCode.TYPE_NAME_MALFORMED, at,
          "'" + raw + "' is not a qualified type name; read as untyped JSON");
      return TypeRef.of(Primitive.UNTYPED);
    }
    unresolved.merge(placeholder, new Located(placeholder, at),
        (first, next) -> next.location().compareTo(first.location()) < 0 ? next : first);
    return TypeRef.of(placeholder);
  }

  /** A mention of a type, resolved, or null when it names no defined type. */
  private QualifiedName mention(Mention mention, String namespace) {
    return names.resolve(mention.name(), namespace, mention.link());
  }

  private List<Resolution.Located> mentions(List<Mention> mentions, String namespace) {
    List<Resolution.Located> resolved = new ArrayList<>();
    for (Mention m : mentions) {
      QualifiedName name = mention(m, namespace);
      if (name != null) {
        resolved.add(new Resolution.Located(name, m.location()));
      }
    }
    return resolved;
  }

  private static QualifiedName named(TypeRef ref) {
    return ref instanceof TypeRef.NamedRef n ? n.name() : null;
  }

  /**
   * Reports each placeholder at its first reference, and spells every reference to it as that
   * reference does (names are equal whatever their case; exports show the spelling).
   */
  private Resolution canonical(Resolution resolution) {
    List<Located> first = new ArrayList<>(unresolved.values());
    first.sort((a, b) -> a.location().compareTo(b.location()));
    Map<QualifiedName, Location> placeholders = new LinkedHashMap<>();
    Map<QualifiedName, QualifiedName> spelling = new HashMap<>();
    for (Located p : first) {
      diagnostics.report(DiagnosticCode.TYPE_UNRESOLVED, p.location(),
          p.name() + " is referenced but no page defines it; generated as an open type");
      placeholders.put(p.name(), p.location());
      spelling.put(p.name(), p.name());
    }
    Map<QualifiedName, Resolution.ResolvedType> types = new LinkedHashMap<>();
    for (Resolution.ResolvedType t : resolution.types().values()) {
      List<Resolution.ResolvedProperty> properties = new ArrayList<>();
      for (Resolution.ResolvedProperty p : t.properties()) {
        properties.add(new Resolution.ResolvedProperty(p.draft(), respell(p.type(), spelling),
            p.collection(), p.shown()));
      }
      types.put(t.name(), new Resolution.ResolvedType(t.draft(), properties,
          spelling.getOrDefault(t.annotationBase(), t.annotationBase()),
          spelling.getOrDefault(t.proseBase(), t.proseBase()), t.derivedTypes(),
          t.ancestorHints()));
    }
    return new Resolution(types, resolution.enums(), resolution.collectionResults(),
        placeholders, resolution.apiClaims());
  }

  private static TypeRef respell(TypeRef ref, Map<QualifiedName, QualifiedName> spelling) {
    return ref instanceof TypeRef.NamedRef n && spelling.containsKey(n.name())
        ? TypeRef.of(spelling.get(n.name())) : ref;
  }
}

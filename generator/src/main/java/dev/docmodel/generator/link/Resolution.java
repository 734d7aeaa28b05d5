package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name the pages use, resolved: the output of {@link ResolveNames}. Later passes see types,
 * never the text the docs wrote.
 *
 * @param types the structured types in definition order
 * @param enums the documented enums
 * @param collectionResults the defined types list and create operations return
 * @param placeholders names referenced but defined nowhere, each with its first reference
 * @param apiClaims the API pages' claims whose two names both resolve
 */
record Resolution(Map<QualifiedName, ResolvedType> types, List<EnumDraft> enums,
    Set<QualifiedName> collectionResults, Map<QualifiedName, Location> placeholders,
    List<Claim> apiClaims) {

  /** An API example's object of type {@code derived} standing for the declared {@code base}. */
  record Claim(QualifiedName derived, QualifiedName base, Location location) {}

  Resolution {
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    enums = List.copyOf(enums);
    collectionResults = Set.copyOf(collectionResults);
    placeholders = Collections.unmodifiableMap(new LinkedHashMap<>(placeholders));
    apiClaims = List.copyOf(apiClaims);
  }

  /** A name resolved at a place of the docs. */
  record Located(QualifiedName name, Location location) {}

  /**
   * One structured type with its references resolved.
   *
   * @param annotationBase the annotation's base, or null
   * @param proseBase the prose's base, or null (never the type itself)
   * @param derivedTypes the defined types this type's page lists as derived from it
   * @param ancestorHints the defined types its property descriptions say they inherit from
   */
  record ResolvedType(TypeDraft draft, List<ResolvedProperty> properties,
      QualifiedName annotationBase, QualifiedName proseBase, List<Located> derivedTypes,
      List<Located> ancestorHints) {
    ResolvedType {
      properties = List.copyOf(properties);
      derivedTypes = List.copyOf(derivedTypes);
      ancestorHints = List.copyOf(ancestorHints);
    }

    QualifiedName name() {
      return draft.name();
    }
  }

  /**
   * A property with its declared type resolved.
   *
   * @param shown what samples show of it, with the named type resolved (null when it is not
   *     defined or the sample shows a primitive)
   */
  record ResolvedProperty(PropertyDraft draft, TypeRef type, boolean collection,
      List<Shown> shown) {
    ResolvedProperty {
      shown = List.copyOf(shown);
    }
  }

  /** A sample member's evidence about a property, its named type resolved. */
  record Shown(SampleType type, QualifiedName resolved, Location location) {}
}

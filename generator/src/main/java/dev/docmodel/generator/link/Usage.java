package dev.docmodel.generator.link;

import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the declared properties and the Methods tables use each type: entity evidence for
 * {@link ResolveHierarchy}.
 *
 * @param navigationTargets the types navigation properties lead to, and the results of list and
 *     create operations: in OData, only entity types
 * @param structuralTargets the types structural properties hold as values
 */
record Usage(Set<QualifiedName> navigationTargets, Set<QualifiedName> structuralTargets) {
  Usage {
    navigationTargets = Set.copyOf(navigationTargets);
    structuralTargets = Set.copyOf(structuralTargets);
  }

  static Usage of(Resolution resolution, Declared declared) {
    Set<QualifiedName> navigation = new HashSet<>(resolution.collectionResults());
    Set<QualifiedName> structural = new HashSet<>();
    for (List<Property> properties : declared.properties().values()) {
      for (Property p : properties) {
        if (p.type() instanceof TypeRef.NamedRef named) {
          (p.navigation() ? navigation : structural).add(named.name());
        }
      }
    }
    return new Usage(navigation, structural);
  }

  /**
   * Entity evidence besides a key: a navigation property leads to the type (OData navigates to
   * entities only), or it has API operations of its own, unless structural properties hold it and
   * nothing navigates to it: then its API pages address it as a property of its owner (a workbook
   * sort field's icon), as OData allows for complex values.
   */
  boolean entityByUse(TypeDraft draft) {
    QualifiedName name = draft.name();
    return navigationTargets.contains(name)
        || draft.addressable() && !structuralTargets.contains(name);
  }
}

package dev.docmodel.generator.link;

import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pages define, unresolved: the output of {@link CollectDefinitions}, completed by
 * {@link CollectSampleTypes}.
 *
 * @param types structured types in the order their first page was read
 * @param enums documented enum types, likewise
 * @param typeByPage the lower-cased file name of each page that defines a type, to its main type
 * @param collectionResults what list and create operations return, with the namespace of the page
 *     naming them: entity types, since only entities form collections one can add to
 */
record Definitions(List<TypeDraft> types, List<EnumDraft> enums,
    Map<String, QualifiedName> typeByPage, List<NamespacedMention> collectionResults) {

  /** A mention and the namespace of the page it is on. */
  record NamespacedMention(Mention mention, String namespace) {}

  Definitions {
    types = List.copyOf(types);
    enums = List.copyOf(enums);
    typeByPage = Collections.unmodifiableMap(new LinkedHashMap<>(typeByPage));
    collectionResults = List.copyOf(collectionResults);
  }

  /** The structured types by name, in order. */
  Map<QualifiedName, TypeDraft> typesByName() {
    Map<QualifiedName, TypeDraft> byName = new LinkedHashMap<>();
    types.forEach(t -> byName.put(t.name(), t));
    return byName;
  }

  /** Every defined name: structured types first, then enums. */
  List<QualifiedName> definedNames() {
    List<QualifiedName> names = new ArrayList<>();
    types.forEach(t -> names.add(t.name()));
    enums.forEach(e -> names.add(e.name()));
    return names;
  }
}

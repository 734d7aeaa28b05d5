package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;
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
 * @param operations every Methods row linking an API page, with the type it returns
 * @param apiClaims what API pages' response examples say of types, names unresolved
 */
record Definitions(List<TypeDraft> types, List<EnumDraft> enums,
    Map<String, QualifiedName> typeByPage, List<NamespacedMention> collectionResults,
    List<Operation> operations, List<ApiClaim> apiClaims) {

  /**
   * A response example where an object of type {@code derived} stands for the declared type
   * {@code base}: its items carry another type's {@code @odata.type}, or the Methods table of the
   * operation declares another type than the example does.
   */
  record ApiClaim(String derived, String base, Location location) {}

  /** A mention and the namespace of the page it is on. */
  record NamespacedMention(Mention mention, String namespace) {}

  /**
   * An API operation a Methods table lists: the API page's file name (lower case, no extension)
   * and the type the table says it returns, in the namespace of the table's page.
   */
  record Operation(String apiPage, Mention returns, String namespace) {
    Operation(String apiPage, Mention returns) {
      this(apiPage, returns, null);
    }

    Operation in(String pageNamespace) {
      return new Operation(apiPage, returns, pageNamespace);
    }
  }

  Definitions {
    types = List.copyOf(types);
    enums = List.copyOf(enums);
    typeByPage = Collections.unmodifiableMap(new LinkedHashMap<>(typeByPage));
    collectionResults = List.copyOf(collectionResults);
    operations = List.copyOf(operations);
    apiClaims = List.copyOf(apiClaims);
  }

  /** The structured types by name, in order. */
  Map<QualifiedName, TypeDraft> typesByName() {
    Map<QualifiedName, TypeDraft> byName = new LinkedHashMap<>();
    types.forEach(t -> byName.put(t.name(), t));
    return byName;
  }

  /** Every name a page defines: structured types first, then enums. */
  List<QualifiedName> documentedNames() {
    List<QualifiedName> names = new ArrayList<>();
    types.stream().filter(TypeDraft::documented).forEach(t -> names.add(t.name()));
    enums.forEach(e -> names.add(e.name()));
    return names;
  }

  /** The names only JSON samples show. */
  List<QualifiedName> sampleNames() {
    return types.stream().filter(t -> !t.documented()).map(TypeDraft::name).toList();
  }
}

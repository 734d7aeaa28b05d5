package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 2, {@link Definitions} → {@link Definitions}: the objects nested in JSON samples that carry
 * their own {@code @odata.type} show (part of) that type. A name no page defines becomes a type
 * known only from samples, whose members they are; for a documented type they are evidence only
 * (a sample labelled with a base type that carries a derived type's fields must not change the
 * base when that other page changes).
 */
final class CollectSampleTypes {
  private final Map<QualifiedName, TypeDraft> documented;
  private final Set<QualifiedName> enums = new HashSet<>();
  private final Definitions definitions;
  /** Working state: samples found for each type, and the types only samples show. */
  private final Map<QualifiedName, List<TypeDraft.Sample>> found = new LinkedHashMap<>();
  private final Map<QualifiedName, Location> sampleOnly = new LinkedHashMap<>();

  private CollectSampleTypes(Definitions definitions) {
    this.definitions = definitions;
    this.documented = definitions.typesByName();
    definitions.enums().forEach(e -> enums.add(e.name()));
  }

  static Definitions run(Definitions definitions) {
    CollectSampleTypes pass = new CollectSampleTypes(definitions);
    for (TypeDraft type : definitions.types()) {
      for (TypeDraft.Sample sample : type.samples()) {
        pass.walk(sample.object(), sample.namespace());
      }
    }
    return pass.result();
  }

  private void walk(SampleObject object, String namespace) {
    for (SampleObject.Member member : object.members()) {
      SampleObject.Nested value = member.nested();
      if (value == null || value.odataType() == null) {
        continue;
      }
      String written = value.odataType();
      String element = SampleType.collectionElement(written);
      QualifiedName name = QualifiedName.parse(element != null ? element : written, namespace)
          .orElse(null);
      if (name == null || TypeExpression.primitive(name.name()) != null) {
        continue; // "microsoft.graph.Json" and the like name primitives, not types
      }
      if (!documented.containsKey(name) && !sampleOnly.containsKey(name)) {
        if (enums.contains(name)) {
          continue;
        }
        sampleOnly.put(name, value.location());
      }
      if (value.size() > 1 && element == null) {
        found.computeIfAbsent(name, k -> new ArrayList<>()).add(new TypeDraft.Sample(
            value.object(), name.namespace(), documented.containsKey(name)));
        walk(value.object(), name.namespace());
      }
    }
  }

  private Definitions result() {
    List<TypeDraft> types = new ArrayList<>();
    for (TypeDraft type : definitions.types()) {
      types.add(withSamples(type, found.getOrDefault(type.name(), List.of())));
    }
    sampleOnly.forEach((name, at) -> types.add(new TypeDraft(name, at, name.namespace(), "",
        Origin.SAMPLE, null, false, null, List.of(), false, false, false, List.of(), List.of(),
        List.of(), found.getOrDefault(name, List.of()))));
    return new Definitions(types, definitions.enums(), definitions.typeByPage(),
        definitions.collectionResults(), definitions.operations(), definitions.apiClaims());
  }

  private static TypeDraft withSamples(TypeDraft type, List<TypeDraft.Sample> more) {
    if (more.isEmpty()) {
      return type;
    }
    List<TypeDraft.Sample> samples = new ArrayList<>(type.samples());
    samples.addAll(more);
    return new TypeDraft(type.name(), type.location(), type.namespace(), type.description(),
        type.origin(), type.annotationBase(), type.annotationSaysNoBase(), type.proseBase(),
        type.key(), type.isAbstract(), type.open(), type.addressable(), type.ancestorHints(),
        type.derivedTypeHints(), type.rows(), samples);
  }
}

package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.PossibleValues;
import java.util.List;

/**
 * Everything the pages state about one structured type, merged over the pages that describe it,
 * before any name is resolved.
 *
 * @param namespace the namespace names on the defining page resolve in
 * @param origin {@link Origin#DOCUMENTED} or {@link Origin#SAMPLE}
 * @param annotationBase the annotation's {@code baseType}, or null
 * @param annotationSaysNoBase the annotation says {@code "baseType": null} outright
 * @param proseBase "Inherits from [x]" and its kin, or null
 * @param addressable a Methods table lists API operations on the type itself
 * @param ancestorHints "Inherited from [x]" in property descriptions: x is an ancestor
 * @param derivedTypeHints the types this type's page lists as derived from it
 */
record TypeDraft(
    QualifiedName name,
    Location location,
    String namespace,
    String description,
    Origin origin,
    Mention annotationBase,
    boolean annotationSaysNoBase,
    Mention proseBase,
    List<String> key,
    boolean isAbstract,
    boolean open,
    boolean addressable,
    List<Mention> ancestorHints,
    List<Mention> derivedTypeHints,
    List<Row> rows,
    List<Sample> samples) {

  TypeDraft {
    key = List.copyOf(key);
    ancestorHints = List.copyOf(ancestorHints);
    derivedTypeHints = List.copyOf(derivedTypeHints);
    rows = List.copyOf(rows);
    samples = List.copyOf(samples);
  }

  boolean documented() {
    return origin == Origin.DOCUMENTED;
  }

  /**
   * A row of a Properties or Relationships table.
   *
   * @param possibleValues the values its description lists ({@link PossibleValues})
   */
  record Row(String name, TypeExpression type, String description, List<String> possibleValues,
      boolean navigation, Location location) {
    Row {
      possibleValues = List.copyOf(possibleValues);
    }
  }

  /**
   * A JSON object showing a type's properties: a resource sample, or a nested object in one.
   *
   * @param evidenceOnly a nested object in another type's sample: it may confirm or contradict
   *     what the type's own pages declare, never add to it (so that a type's members depend only
   *     on the pages that describe it)
   */
  record Sample(SampleObject object, String namespace, boolean evidenceOnly) {
    Sample(SampleObject object, String namespace) {
      this(object, namespace, false);
    }
  }
}

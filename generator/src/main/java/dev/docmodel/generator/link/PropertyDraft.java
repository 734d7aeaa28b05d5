package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;
import java.util.List;

/**
 * One property of a type as its table row and JSON samples show it, names unresolved.
 *
 * @param name the wire name: the table's, or the JSON's where the two differ only in case
 * @param row the table row, or null when only a sample shows the property
 * @param sampleOnly the sample member that shows it, when no row does (else null)
 * @param shownBySamples the sample members showing a property the table (or an earlier sample)
 *     declared: evidence to check the declared type against
 */
record PropertyDraft(String name, TypeDraft.Row row, SampleMember sampleOnly,
    List<SampleMember> shownBySamples) {

  PropertyDraft {
    shownBySamples = List.copyOf(shownBySamples);
  }

  Location location() {
    return row != null ? row.location() : sampleOnly.location();
  }

  /** A member of a JSON sample: the type its value shows, where, and in which namespace. */
  record SampleMember(SampleType shown, Location location, String namespace) {}
}

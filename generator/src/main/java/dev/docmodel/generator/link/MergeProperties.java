package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pass 3, {@link Definitions} → each type's {@link PropertyDraft}s: the tables are authoritative
 * for names and types; JSON samples add the properties the tables lack and give the wire spelling
 * where a table capitalises differently. Names stay unresolved.
 */
final class MergeProperties {
  private MergeProperties() {}

  static Map<QualifiedName, List<PropertyDraft>> run(Definitions definitions,
      Diagnostics diagnostics) {
    Map<QualifiedName, List<PropertyDraft>> merged = new LinkedHashMap<>();
    for (TypeDraft type : definitions.types()) {
      merged.put(type.name(), merge(type, diagnostics));
    }
    return merged;
  }

  /** Working state of one merge: a property by its lower-cased name. */
  private static final class Merged {
    String name;
    final TypeDraft.Row row;
    final PropertyDraft.SampleMember sampleOnly;
    final List<PropertyDraft.SampleMember> shown = new ArrayList<>();

    Merged(String name, TypeDraft.Row row, PropertyDraft.SampleMember sampleOnly) {
      this.name = name;
      this.row = row;
      this.sampleOnly = sampleOnly;
    }

    Location location() {
      return row != null ? row.location() : sampleOnly.location();
    }
  }

  private static List<PropertyDraft> merge(TypeDraft type, Diagnostics diagnostics) {
    Map<String, Merged> byName = new LinkedHashMap<>();
    for (TypeDraft.Row row : type.rows()) {
      String key = row.name().toLowerCase(Locale.ROOT);
      if (byName.containsKey(key)) {
        diagnostics.report(DiagnosticCode.PROPERTY_DUPLICATE, row.location(),
            row.name() + " is already listed for " + type.name());
      } else if (row.type() != null) {
        byName.put(key, new Merged(row.name(), row, null));
      }
    }
    for (TypeDraft.Sample sample : type.samples()) {
      mergeSample(type, sample, byName, diagnostics);
    }
    List<PropertyDraft> properties = new ArrayList<>();
    for (Merged m : byName.values()) {
      properties.add(new PropertyDraft(m.name, m.row, m.sampleOnly, m.shown));
    }
    return properties;
  }

  private static void mergeSample(TypeDraft type, TypeDraft.Sample sample,
      Map<String, Merged> byName, Diagnostics diagnostics) {
    for (SampleObject.Member member : sample.object().members()) {
      String name = member.name();
      if (name.contains("@") || name.isBlank()) {
        continue;
      }
      Location at = member.location();
      SampleType shown = member.shown();
      Merged declared = byName.get(name.toLowerCase(Locale.ROOT));
      if (declared != null) {
        if (shown != null) {
          declared.shown.add(new PropertyDraft.SampleMember(shown, at, sample.namespace()));
        }
        if (!declared.name.equals(name) && looksLikePropertyName(name) && !sample.evidenceOnly()) {
          // Tables capitalise ("Attachments", "printerID"); the JSON shows the wire spelling.
          diagnostics.report(DiagnosticCode.PROPERTY_NAME_CASE, declared.location(), "the table "
              + "spells " + declared.name + ", the JSON representation " + name + "; using "
              + name);
          declared.name = name;
        }
        continue;
      }
      if (shown == null || type.open() || !looksLikePropertyName(name) || sample.evidenceOnly()) {
        continue; // open types' samples show dynamic members; "Author" or a GUID key is data
      }
      diagnostics.report(DiagnosticCode.PROPERTY_ONLY_IN_SAMPLE, at,
          name + " of " + type.name() + " appears only in the JSON representation");
      byName.put(name.toLowerCase(Locale.ROOT), new Merged(name, null,
          new PropertyDraft.SampleMember(shown, at, sample.namespace())));
    }
  }

  /** Graph's property names are camelCase identifiers: {@code displayName}, {@code riskEventTypes_v2}. */
  private static boolean looksLikePropertyName(String key) {
    if (!Character.isLowerCase(key.charAt(0))) {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }
}

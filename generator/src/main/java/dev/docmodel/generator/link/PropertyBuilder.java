package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Phrases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds one type's declared properties: the tables are authoritative for names and types; the
 * JSON samples fill gaps (properties and types the tables lack) and are checked against them.
 */
final class PropertyBuilder {
  private final NameIndex names;
  private final Diagnostics diagnostics;
  private final Linker.Options options;
  /** Types referenced but defined nowhere, with the first place they were referenced. */
  final Map<String, Unresolved> unresolved = new LinkedHashMap<>();
  /** Enums inferred from "Possible values" descriptions. */
  final Map<String, Drafts.Enum> inferredEnums = new LinkedHashMap<>();

  record Unresolved(QualifiedName name, Location firstReference) {}

  /** Documented enums by their member names (lower case, sentinel aside), in page order. */
  private final Map<Set<String>, List<Drafts.Enum>> enumsByMembers = new HashMap<>();

  PropertyBuilder(NameIndex names, Map<String, Drafts.Enum> documentedEnums,
      Diagnostics diagnostics, Linker.Options options) {
    this.names = names;
    for (Drafts.Enum e : documentedEnums.values()) {
      enumsByMembers.computeIfAbsent(memberSet(e.members.stream().map(EnumMember::name).toList()),
          k -> new ArrayList<>()).add(e);
    }
    this.diagnostics = diagnostics;
    this.options = options;
  }

  List<Property> build(Drafts.Structured draft) {
    Map<String, Property> byName = new LinkedHashMap<>();
    for (Drafts.Row row : draft.rows) {
      String key = row.name().toLowerCase(Locale.ROOT);
      if (byName.containsKey(key)) {
        diagnostics.report(DiagnosticCode.PROPERTY_DUPLICATE, row.location(),
            row.name() + " is already listed for " + draft.name);
        continue;
      }
      if (row.type() == null) {
        continue;
      }
      TypeRef type = resolve(row.type(), draft.namespace, row.location());
      TypeRef inferred = inferEnum(draft, row, type);
      byName.put(key, new Property(row.name(), inferred, row.type().collection(),
          row.navigation(), row.description(), row.location()));
    }
    for (Drafts.Sample sample : draft.samples) {
      mergeSample(draft, sample, byName);
    }
    return new ArrayList<>(byName.values());
  }

  private void mergeSample(Drafts.Structured draft, Drafts.Sample sample,
      Map<String, Property> byName) {
    JsonNode object = sample.block().root().at(sample.pointer());
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String name = member.getKey();
      if (name.contains("@") || name.isBlank()) {
        continue;
      }
      Location at = sample.block().locationOf(sample.pointer() + "/" + escape(name));
      SampleType shown = SampleType.infer(member.getValue());
      Property declared = byName.get(name.toLowerCase(Locale.ROOT));
      if (declared != null) {
        checkAgainstTable(declared, shown, at, sample.namespace());
        if (!declared.name().equals(name) && looksLikePropertyName(name)) {
          // Tables capitalise ("Attachments", "printerID"); the JSON shows the wire spelling.
          diagnostics.report(DiagnosticCode.PROPERTY_NAME_CASE, declared.location(), "the table "
              + "spells " + declared.name() + ", the JSON representation " + name + "; using "
              + name);
          byName.put(name.toLowerCase(Locale.ROOT), declared.withName(name));
        }
        continue;
      }
      if (shown == null || draft.open || !looksLikePropertyName(name)) {
        continue; // open types' samples show dynamic members; "Author" or a GUID key is data
      }
      TypeRef type = shown.primitive() != null ? TypeRef.of(shown.primitive())
          : resolveName(shown.typeName(), null, sample.namespace(), at);
      diagnostics.report(DiagnosticCode.PROPERTY_ONLY_IN_SAMPLE, at,
          name + " of " + draft.name + " appears only in the JSON representation");
      byName.put(name.toLowerCase(Locale.ROOT),
          new Property(name, type, shown.collection(), false, "", at));
    }
  }

  private void checkAgainstTable(Property declared, SampleType shown, Location at,
      String namespace) {
    if (shown == null || !shown.strong()) {
      return;
    }
    String shownName;
    if (shown.primitive() != null) {
      if (declared.type() instanceof TypeRef.PrimitiveRef p && p.primitive() == shown.primitive()) {
        return;
      }
      if (shown.primitive() == Primitive.BOOLEAN || declared.type() instanceof TypeRef.NamedRef) {
        // A named declared type shown as a primitive is an enum or a sample shortcut; not evidence.
        if (!(declared.type() instanceof TypeRef.PrimitiveRef)) {
          return;
        }
      }
      shownName = shown.primitive().edmName();
    } else {
      QualifiedName resolved = names.resolve(shown.typeName(), namespace, null);
      if (declared.type() instanceof TypeRef.NamedRef n && resolved != null
          && n.name().key().equals(resolved.key())) {
        return;
      }
      if (resolved == null || declared.type() instanceof TypeRef.NamedRef) {
        // A derived type shown in the sample, or a name we cannot check: not a contradiction.
        return;
      }
      shownName = resolved.toString();
    }
    diagnostics.report(DiagnosticCode.PROPERTY_TYPE_CONFLICT, at,
        declared.name() + " is " + declared.type().csdlName() + " in the table but the JSON shows "
            + shownName + "; using the table");
  }

  private TypeRef resolve(TypeExpression expression, String namespace, Location at) {
    if (expression.primitive() != null) {
      return TypeRef.of(expression.primitive());
    }
    return resolveName(expression.typeName(), expression.linkDestination(), namespace, at);
  }

  TypeRef resolveName(String raw, String link, String namespace, Location at) {
    QualifiedName resolved = names.resolve(raw, namespace, link);
    if (resolved != null) {
      return TypeRef.of(resolved);
    }
    Primitive primitive = TypeExpression.primitive(raw);
    if (primitive != null) {
      return TypeRef.of(primitive);
    }
    QualifiedName placeholder = names.placeholder(raw, namespace);
    Unresolved first = unresolved.putIfAbsent(placeholder.key(), new Unresolved(placeholder, at));
    if (first == null) {
      diagnostics.report(DiagnosticCode.TYPE_UNRESOLVED, at,
          placeholder + " is referenced but no page defines it; generated as an open type");
    }
    return TypeRef.of(unresolved.get(placeholder.key()).name());
  }

  /** "Possible values are: `A`, `B`." on a String property: an enum the docs do not name. */
  private TypeRef inferEnum(Drafts.Structured owner, Drafts.Row row, TypeRef type) {
    if (options.enumInference() == EnumInference.OFF
        || !(type instanceof TypeRef.PrimitiveRef p) || p.primitive() != Primitive.STRING) {
      return type;
    }
    int phrase = Phrases.indexOf(row.description(), "possible values");
    if (phrase < 0) {
      return type;
    }
    List<String> members = new ArrayList<>();
    for (String span : row.codeSpans()) {
      String member = span.strip();
      if (row.description().indexOf(span, phrase) >= 0 && isMemberName(member)
          && !members.contains(member)) {
        members.add(member);
      }
    }
    if (!options.enumInference().accepts(members, row.type().saysEnum())) {
      return type;
    }
    QualifiedName documented = documentedEnumListing(row.name(), members);
    if (documented != null) {
      diagnostics.report(DiagnosticCode.ENUM_INFERRED, row.location(), row.name() + " of "
          + owner.name + " lists the values of the enum " + documented + "; typed as that enum");
      return TypeRef.of(documented);
    }
    String enumName = owner.name.name() + Character.toUpperCase(row.name().charAt(0))
        + row.name().substring(1);
    QualifiedName name = new QualifiedName(owner.name.namespace(), enumName);
    Drafts.Enum draft = inferredEnums.computeIfAbsent(name.key(), k -> {
      Drafts.Enum created = new Drafts.Enum(name, row.location());
      created.inferred = true;
      created.description = "Values of " + owner.name.name() + "." + row.name() + ".";
      for (String member : members) {
        created.members.add(new EnumMember(member, null, "", row.location()));
      }
      return created;
    });
    diagnostics.report(DiagnosticCode.ENUM_INFERRED, row.location(), row.name() + " of "
        + owner.name + " lists its possible values; typed as the inferred enum " + draft.name);
    return TypeRef.of(draft.name);
  }

  /**
   * The documented enum with exactly the listed members (its evolvability sentinel
   * {@code unknownFutureValue} aside): the only one, else the one named like the property, else the
   * only one whose name ends with the property's head noun ({@code mediaDirection} for
   * {@code direction}).
   */
  private QualifiedName documentedEnumListing(String property, List<String> values) {
    if (values.size() < 2) {
      return null;
    }
    List<Drafts.Enum> candidates =
        new ArrayList<>(enumsByMembers.getOrDefault(memberSet(values), List.of()));
    if (candidates.size() > 1) {
      List<Drafts.Enum> same = candidates.stream()
          .filter(e -> e.name.name().equalsIgnoreCase(property)).toList();
      if (same.size() == 1) {
        return same.get(0).name;
      }
      String head = CamelWords.last(property);
      candidates.removeIf(e -> !CamelWords.last(e.name.name()).equals(head));
    }
    return candidates.size() == 1 ? candidates.get(0).name : null;
  }

  private static Set<String> memberSet(List<String> names) {
    Set<String> set = new HashSet<>();
    for (String name : names) {
      set.add(name.toLowerCase(Locale.ROOT));
    }
    set.remove("unknownfuturevalue");
    return set;
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

  private static boolean isMemberName(String text) {
    if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
      return false;
    }
    for (char c : text.toCharArray()) {
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return !lower.equals("null") && !lower.equals("true") && !lower.equals("false");
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

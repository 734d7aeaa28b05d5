package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pass 5, {@link Resolution} → {@link Declared}: a String property whose description lists
 * "Possible values are: `a`, `b`" is typed as the documented enum with exactly those members, or,
 * when none has them, as an enum inferred for the property ({@code ownerProperty}), as the
 * {@link EnumInference} policy allows.
 */
final class InferEnums {
  private final EnumInference policy;
  private final Diagnostics diagnostics;
  /** Documented enums by their member names (lower case, sentinel aside), in page order. */
  private final Map<Set<String>, List<EnumDraft>> enumsByMembers = new HashMap<>();
  private final Set<QualifiedName> enumNames = new HashSet<>();
  /** Documented enums by their simple name, lower-cased. */
  private final Map<String, List<EnumDraft>> enumsByName = new HashMap<>();
  /** Working state: the enums inferred so far, by name. */
  private final Map<QualifiedName, EnumType> inferred = new LinkedHashMap<>();

  private InferEnums(EnumInference policy, List<EnumDraft> documented, Diagnostics diagnostics) {
    this.policy = policy;
    this.diagnostics = diagnostics;
    for (EnumDraft e : documented) {
      enumNames.add(e.name());
      enumsByName.computeIfAbsent(e.name().name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(e);
      enumsByMembers.computeIfAbsent(memberSet(e.members().stream().map(EnumMember::name)
          .toList()), k -> new ArrayList<>()).add(e);
    }
  }

  static Declared run(Resolution resolution, EnumInference policy, Diagnostics diagnostics) {
    InferEnums pass = new InferEnums(policy, resolution.enums(), diagnostics);
    Map<QualifiedName, List<Property>> declared = new LinkedHashMap<>();
    for (Resolution.ResolvedType type : resolution.types().values()) {
      List<Property> properties = new ArrayList<>();
      for (Resolution.ResolvedProperty p : type.properties()) {
        properties.add(pass.property(type.draft(), p));
      }
      declared.put(type.name(), properties);
    }
    return new Declared(declared, List.copyOf(pass.inferred.values()));
  }

  private Property property(TypeDraft owner, Resolution.ResolvedProperty resolved) {
    PropertyDraft draft = resolved.draft();
    TypeDraft.Row row = draft.row();
    if (row == null) {
      return new Property(draft.name(), resolved.type(), resolved.collection(), false, "",
          draft.sampleOnly().location());
    }
    TypeRef type = infer(owner, row, resolved.type());
    return new Property(draft.name(), type, resolved.collection(),
        row.navigation() && navigable(type), row.description(), row.location());
  }

  /**
   * Only a structured type can be navigated to: a Relationships row typed as a primitive or an
   * enum (deviceManagement's intuneAccountId, a Guid) is a structural property listed there.
   */
  private boolean navigable(TypeRef type) {
    return type instanceof TypeRef.NamedRef named && !enumNames.contains(named.name())
        && !inferred.containsKey(named.name());
  }

  private TypeRef infer(TypeDraft owner, TypeDraft.Row row, TypeRef type) {
    if (policy == EnumInference.OFF
        || !(type instanceof TypeRef.PrimitiveRef p) || p.primitive() != Primitive.STRING) {
      return type;
    }
    List<String> members = row.possibleValues();
    if (!policy.accepts(members, row.type().saysEnum())) {
      return type;
    }
    QualifiedName documented = documentedEnumListing(row.name(), members);
    if (documented != null) {
      diagnostics.report(DiagnosticCode.ENUM_INFERRED, row.location(), row.name() + " of "
          + owner.name() + " lists the values of the enum " + documented + "; typed as that enum");
      return TypeRef.of(documented);
    }
    String enumName = owner.name().name() + Character.toUpperCase(row.name().charAt(0))
        + row.name().substring(1);
    if (!QualifiedName.isIdentifier(enumName)) {
      return type; // a property name no enum can be named after ("@odata.type")
    }
    QualifiedName name = new QualifiedName(owner.name().namespace(), enumName);
    EnumType inferredEnum = inferred.computeIfAbsent(name, k -> {
      List<EnumMember> listed = new ArrayList<>();
      for (String member : members) {
        listed.add(new EnumMember(member, null, "", row.location()));
      }
      return new EnumType(name, listed, false, "Values of " + owner.name().name() + "."
          + row.name() + ".", row.location(), Origin.INFERRED);
    });
    diagnostics.report(DiagnosticCode.ENUM_INFERRED, row.location(), row.name() + " of "
        + owner.name() + " lists its possible values; typed as the inferred enum "
        + inferredEnum.name());
    return TypeRef.of(inferredEnum.name());
  }

  /**
   * The documented enum with exactly the listed members (its evolvability sentinel
   * {@code unknownFutureValue} aside): the only one, else the one named like the property, else the
   * only one whose name ends with the property's head noun ({@code mediaDirection} for
   * {@code direction}). Failing those, the one enum named like the property that has every listed
   * member: a description may list only the values a type supports ("Possible values are
   * `accepted`, `declined`" of a responseType).
   */
  private QualifiedName documentedEnumListing(String property, List<String> values) {
    if (values.size() < 2) {
      return null;
    }
    List<EnumDraft> candidates =
        new ArrayList<>(enumsByMembers.getOrDefault(memberSet(values), List.of()));
    if (candidates.isEmpty()) {
      List<EnumDraft> named = enumsByName.getOrDefault(property.toLowerCase(Locale.ROOT), List.of());
      Set<String> listed = memberSet(values);
      List<EnumDraft> containing = named.stream().filter(e -> memberSet(e.members().stream()
          .map(EnumMember::name).toList()).containsAll(listed)).toList();
      return containing.size() == 1 ? containing.get(0).name() : null;
    }
    if (candidates.size() > 1) {
      List<EnumDraft> same = candidates.stream()
          .filter(e -> e.name().name().equalsIgnoreCase(property)).toList();
      if (same.size() == 1) {
        return same.get(0).name();
      }
      String head = CamelWords.last(property);
      candidates.removeIf(e -> !CamelWords.last(e.name().name()).equals(head));
    }
    return candidates.size() == 1 ? candidates.get(0).name() : null;
  }

  private static Set<String> memberSet(List<String> names) {
    Set<String> set = new HashSet<>();
    for (String name : names) {
      set.add(name.toLowerCase(Locale.ROOT));
    }
    set.remove("unknownfuturevalue");
    return set;
  }
}

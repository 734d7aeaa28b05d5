package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.BaseChain;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pass 9, everything decided → {@link TypeModel}: each structured type with its kind, base, key
 * and the properties it declares itself (a page repeating its base's properties does not declare
 * them again), then the documented enums, the inferred enums and the placeholders. A name claimed
 * by more than one of these keeps the first meaning in that order.
 */
final class AssembleModel {
  private AssembleModel() {}

  static TypeModel run(Resolution resolution, Declared declared, Hierarchy hierarchy,
      String defaultNamespace, Diagnostics diagnostics) {
    List<TypeDefinition> types = new ArrayList<>();
    Set<QualifiedName> taken = new HashSet<>();
    for (Resolution.ResolvedType type : resolution.types().values()) {
      TypeDraft draft = type.draft();
      Set<StructuredType.Trait> traits = EnumSet.noneOf(StructuredType.Trait.class);
      if (draft.isAbstract()) {
        traits.add(StructuredType.Trait.ABSTRACT);
      }
      if (draft.open()) {
        traits.add(StructuredType.Trait.OPEN);
      }
      types.add(new StructuredType(type.name(), hierarchy.isEntity(type.name())
          ? StructuredType.Kind.ENTITY : StructuredType.Kind.COMPLEX,
          hierarchy.baseOf(type.name()), traits, hierarchy.keys().get(type.name()),
          ownProperties(type.name(), declared.properties(), hierarchy, diagnostics),
          draft.description(), draft.location(), draft.origin()));
      taken.add(type.name());
    }
    for (EnumDraft draft : resolution.enums()) {
      Resolution.ResolvedType structured = resolution.types().get(draft.name());
      if (structured != null && structured.draft().documented()) {
        // A resource page (annotation or "x resource type" title) states the type as a whole;
        // an enum table is one section, often a stale copy: the structured type is kept.
        diagnostics.report(DiagnosticCode.TYPE_KIND_CONFLICT, draft.location(), draft.name()
            + " is an enum here but a structured type at " + structured.draft().location()
            + "; the structured type its resource page defines is kept, these "
            + draft.members().size() + " members are not generated");
      }
      if (taken.add(draft.name())) {
        types.add(new EnumType(draft.name(), draft.members(), isFlags(draft.members()),
            draft.description(), draft.location(), Origin.DOCUMENTED, null, draft.section()));
      }
    }
    for (EnumType inferred : declared.inferredEnums()) {
      if (taken.add(inferred.name())) {
        types.add(inferred);
      }
    }
    for (Map.Entry<QualifiedName, Location> placeholder : resolution.placeholders().entrySet()) {
      if (taken.add(placeholder.getKey())) {
        types.add(StructuredType.placeholder(placeholder.getKey(), placeholder.getValue()));
      }
    }
    return new TypeModel(types, defaultNamespace);
  }

  /** Drops properties a page repeats from a base type ("Inherited from entity"). */
  private static List<Property> ownProperties(QualifiedName type,
      Map<QualifiedName, List<Property>> declared, Hierarchy hierarchy, Diagnostics diagnostics) {
    Set<String> inherited = new HashSet<>();
    for (QualifiedName base : BaseChain.above(type, hierarchy::baseOf)) {
      for (Property p : declared.getOrDefault(base, List.of())) {
        inherited.add(p.name().toLowerCase(Locale.ROOT));
      }
    }
    List<Property> own = new ArrayList<>();
    for (Property p : declared.get(type)) {
      if (inherited.contains(p.name().toLowerCase(Locale.ROOT))) {
        diagnostics.report(DiagnosticCode.PROPERTY_INHERITED_REPEATED, p.location(),
            p.name() + " is inherited by " + type + "; not declared again");
      } else {
        own.add(p);
      }
    }
    return own;
  }

  /**
   * Flag members are powers of two: an enum whose documented values are all 0 or distinct powers
   * of two, with at least three of them (so 1, 2, 4 at least), combines its members as "a,b".
   */
  private static boolean isFlags(List<EnumMember> members) {
    Set<Long> powers = new HashSet<>();
    for (EnumMember member : members) {
      Long value = member.value();
      if (value == null || value < 0 || (value & (value - 1)) != 0) {
        return false;
      }
      if (value != 0 && !powers.add(value)) {
        return false;
      }
    }
    return powers.size() >= 3;
  }
}

package dev.docmodel.generator.compat;

import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.api.NamePins;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.model.BaseChain;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Kept;
import dev.docmodel.generator.model.Legacy;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps what a baseline promised when the docs moved on ({@code keep} mode): the new docs' model,
 * plus the types, properties and enum members the docs dropped (deprecated, still read and written
 * under their wire names), plus the earlier view of every property the docs retyped, with every
 * Java name the baseline had pinned. Each thing kept is a diagnostic at the place the docs
 * described it; what cannot be kept (an enum that became a structured type, an earlier view of an
 * earlier view) is a BREAKING_CHANGE.
 */
public final class KeepMerge {
  /**
   * The model to generate, the names to keep, and what was kept or could not be.
   *
   * @param baselinePins the names exactly as the baseline has them, to name the docs' own model
   *     for comparison
   */
  public record Merged(TypeModel model, NamePins pins, NamePins baselinePins,
      List<Diagnostic> diagnostics) {}

  private final TypeModel docs;
  private final ApiSurface baseline;
  private final Kept since;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<QualifiedName, NamePins.TypeNames> pins = new HashMap<>();

  private KeepMerge(TypeModel docs, BaselineFile.Baseline baseline) {
    this.docs = docs;
    this.baseline = baseline.surface();
    this.since = new Kept(baseline.id());
  }

  public static Merged run(TypeModel docs, BaselineFile.Baseline baseline) {
    return new KeepMerge(docs, baseline).merge();
  }

  private Merged merge() {
    Map<QualifiedName, TypeDefinition> types = new HashMap<>();
    docs.types().forEach(t -> types.put(t.name(), t));
    Map<QualifiedName, NamePins.TypeNames> original = new HashMap<>();
    baseline.types().forEach(t -> original.put(t.name(), pinsOf(t)));
    for (ApiSurface.Type before : baseline.types()) {
      TypeDefinition now = types.get(before.name());
      if (now == null) {
        types.put(before.name(), restore(before));
        pins.put(before.name(), pinsOf(before));
        report(DiagnosticCode.KEPT_TYPE, before.location(), before.name() + " is no longer "
            + "described by the docs; kept as " + before.modelClass() + ", deprecated");
      } else if ((before.kind() == ApiSurface.Kind.ENUM) != (now instanceof EnumType)) {
        report(DiagnosticCode.BREAKING_CHANGE, now.location(), before.name() + " was "
            + (now instanceof EnumType ? "a structured type" : "an enum") + " in the baseline and "
            + "cannot be both: " + before.modelClass() + " changes incompatibly");
      } else if (now instanceof EnumType e) {
        types.put(e.name(), keepMembers(e, before));
        pins.put(e.name(), pinsOf(before));
      } else {
        pins.put(now.name(), pinsOf(before));
        types.put(now.name(), keepProperties((StructuredType) now, before, types));
      }
    }
    return new Merged(new TypeModel(new ArrayList<>(types.values()), docs.defaultNamespace(),
        KeptOperations.merge(docs, baseline, since, diagnostics)),
        new NamePins(pins), new NamePins(original), List.copyOf(diagnostics));
  }

  private EnumType keepMembers(EnumType now, ApiSurface.Type before) {
    List<EnumMember> members = new ArrayList<>(now.members());
    for (ApiSurface.Member m : before.members()) {
      if (now.members().stream().noneMatch(x -> x.name().equals(m.name()))) {
        members.add(new EnumMember(m.name(), m.value(), "", m.location(), kept(m.kept())));
        report(DiagnosticCode.KEPT_ENUM_MEMBER, m.location(), "member " + m.name() + " of "
            + now.name() + " is no longer listed by the docs; kept as " + m.constant()
            + ", deprecated");
      }
    }
    return members.size() == now.members().size() ? now : now.withMembers(members);
  }

  private StructuredType keepProperties(StructuredType now, ApiSurface.Type before,
      Map<QualifiedName, TypeDefinition> types) {
    List<Property> properties = new ArrayList<>(now.properties());
    boolean changed = false;
    for (ApiSurface.Property p : before.properties()) {
      int index = indexOf(properties, p.name());
      if (index >= 0) {
        Property current = properties.get(index);
        Property merged = keepView(now, current, p);
        changed |= merged != current;
        properties.set(index, merged);
      } else if (!inherited(now, p.name(), types)) {
        properties.add(restore(p));
        changed = true;
        report(DiagnosticCode.KEPT_PROPERTY, p.location(), now.name() + "." + p.name()
            + " is no longer listed by the docs; kept as " + p.getter() + ", deprecated, still"
            + " read and written as " + p.name());
      }
    }
    return changed ? now.withProperties(properties) : now;
  }

  /**
   * The property as the docs have it, with the baseline's view of it kept where the docs retyped
   * it: the baseline's accessors become the deprecated legacy view, and the current type gets new
   * ones. A view the baseline already kept stays while the docs keep the type it was kept for.
   */
  private Property keepView(StructuredType owner, Property current, ApiSurface.Property before) {
    TypeRef earlier = ApiSurface.typeRef(before.type());
    boolean sameType = earlier != null && earlier.csdlName().equalsIgnoreCase(
        current.type().csdlName()) && before.collection() == current.collection();
    if (sameType) {
      if (before.legacy() != null) {
        return current.withLegacy(new Legacy(ApiSurface.typeRef(before.legacy().type()),
            before.legacy().collection(), before.legacy().since()));
      }
      return current;
    }
    NamePins.TypeNames typePins = pins.get(owner.name());
    Map<String, NamePins.AccessorNames> accessors = new HashMap<>(typePins.properties());
    accessors.put(current.name(), new NamePins.AccessorNames(null, null, before.has(),
        before.clear(), before.getter(), before.setter()));
    pins.put(owner.name(), new NamePins.TypeNames(typePins.modelClass(),
        typePins.serializerClass(), accessors, typePins.constants()));
    if (before.legacy() != null) {
      report(DiagnosticCode.BREAKING_CHANGE, current.location(), owner.name() + "."
          + current.name() + " was retyped again: its oldest view " + before.legacy().getter()
          + " cannot be kept beside " + before.getter());
    }
    report(DiagnosticCode.KEPT_LEGACY_VIEW, current.location(), owner.name() + "."
        + current.name() + " is now " + current.type().csdlName()
        + (current.collection() ? " collection" : "") + "; " + before.getter() + " and "
        + before.setter() + " keep its earlier type " + before.javaType() + ", deprecated");
    return current.withLegacy(new Legacy(earlier, before.collection(), since.since()));
  }

  private static int indexOf(List<Property> properties, String wireName) {
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).name().equals(wireName)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a base of the type (as merged so far) declares the property: it moved up. */
  private static boolean inherited(StructuredType type, String wireName,
      Map<QualifiedName, TypeDefinition> types) {
    for (QualifiedName base : BaseChain.above(type.name(),
        n -> types.get(n) instanceof StructuredType s ? s.baseType() : null)) {
      if (types.get(base) instanceof StructuredType s
          && s.properties().stream().anyMatch(p -> p.name().equals(wireName))) {
        return true;
      }
    }
    return false;
  }

  private TypeDefinition restore(ApiSurface.Type before) {
    Kept kept = kept(before.kept());
    if (before.kind() == ApiSurface.Kind.ENUM) {
      List<EnumMember> members = new ArrayList<>();
      before.members().forEach(m -> members.add(new EnumMember(m.name(), m.value(), "",
          m.location(), m.kept() == null ? null : new Kept(m.kept()))));
      return new EnumType(before.name(), members, before.flags(), "", before.location(),
          Origin.DOCUMENTED, kept, null);
    }
    Set<StructuredType.Trait> traits = EnumSet.noneOf(StructuredType.Trait.class);
    if (before.isAbstract()) {
      traits.add(StructuredType.Trait.ABSTRACT);
    }
    if (before.open()) {
      traits.add(StructuredType.Trait.OPEN);
    }
    List<Property> properties = new ArrayList<>();
    for (ApiSurface.Property p : before.properties()) {
      Property restored = restore(p);
      properties.add(p.kept() == null ? restored.withKept(null) : restored);
    }
    return new StructuredType(before.name(), before.kind() == ApiSurface.Kind.ENTITY
        ? StructuredType.Kind.ENTITY : StructuredType.Kind.COMPLEX, before.base(), traits,
        before.key(), properties, "", before.location(), Origin.DOCUMENTED, kept);
  }

  private Property restore(ApiSurface.Property p) {
    Legacy legacy = p.legacy() == null ? null : new Legacy(ApiSurface.typeRef(p.legacy().type()),
        p.legacy().collection(), p.legacy().since());
    return new Property(p.name(), ApiSurface.typeRef(p.type()), p.collection(), p.navigation(),
        "", p.location(), kept(p.kept()), legacy);
  }

  /** Kept since the baseline that first kept it: this one, unless an earlier one did. */
  private Kept kept(String earlier) {
    return earlier != null ? new Kept(earlier) : since;
  }

  private static NamePins.TypeNames pinsOf(ApiSurface.Type type) {
    Map<String, NamePins.AccessorNames> accessors = new HashMap<>();
    for (ApiSurface.Property p : type.properties()) {
      accessors.put(p.name(), new NamePins.AccessorNames(p.getter(), p.setter(), p.has(),
          p.clear(), p.legacy() == null ? null : p.legacy().getter(),
          p.legacy() == null ? null : p.legacy().setter()));
    }
    Map<String, String> constants = new HashMap<>();
    type.members().forEach(m -> constants.put(m.name(), m.constant()));
    return new NamePins.TypeNames(type.modelClass(), type.serializerClass(), accessors,
        constants);
  }

  private void report(DiagnosticCode code, dev.docmodel.generator.diag.Location at,
      String message) {
    diagnostics.add(Diagnostic.of(code, at, message));
  }
}

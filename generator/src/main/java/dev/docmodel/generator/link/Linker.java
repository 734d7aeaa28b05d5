package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage 2: merges the elements of all pages into one immutable {@link TypeModel}. Every name is
 * resolved and every problem reported with its location before anything is emitted.
 */
public final class Linker {
  /** Linking choices. */
  public record Options(String defaultNamespace, EnumInference enumInference) {
    public static Options defaults() {
      return new Options("microsoft.graph", EnumInference.CONVENTIONAL);
    }
  }

  private final Options options;
  private final Diagnostics diagnostics;

  public Linker(Options options, Diagnostics diagnostics) {
    this.options = options;
    this.diagnostics = diagnostics;
  }

  public TypeModel link(List<Page> pages) {
    DefinitionCollector collector = new DefinitionCollector(options.defaultNamespace(), diagnostics);
    pages.stream().sorted(Comparator.comparing(Page::path)).forEach(collector::collect);
    for (Drafts.Structured draft : List.copyOf(collector.structured.values())) {
      for (Drafts.Sample sample : List.copyOf(draft.samples)) {
        collectNested(collector, sample.block(), sample.pointer(), sample.namespace());
      }
    }
    reportKindConflicts(collector);
    List<QualifiedName> defined = new ArrayList<>();
    collector.structured.values().forEach(d -> defined.add(d.name));
    collector.enums.values().forEach(d -> defined.add(d.name));
    NameIndex names = new NameIndex(defined, collector.pageTypes, options.defaultNamespace());
    PropertyBuilder properties = new PropertyBuilder(names, collector.enums, diagnostics, options);

    Map<String, Drafts.Structured> drafts = new LinkedHashMap<>(collector.structured);
    Map<String, List<Property>> declared = new HashMap<>();
    for (Drafts.Structured draft : drafts.values()) {
      declared.put(draft.name.key(), properties.build(draft));
    }
    BaseResolver.Result hierarchy =
        new BaseResolver(names, properties, diagnostics).resolve(drafts,
            navigationTargets(declared, collector.collectionMembers, names));
    Map<String, QualifiedName> bases = hierarchy.bases();

    List<TypeDefinition> types = new ArrayList<>();
    for (Drafts.Structured draft : drafts.values()) {
      List<Property> own = withoutInherited(draft, declared, bases);
      boolean entity = isEntity(draft.name.key(), hierarchy);
      types.add(new StructuredType(draft.name, entity, bases.get(draft.name.key()),
          draft.isAbstract, draft.open, hierarchy.keys().get(draft.name.key()), own,
          draft.description, draft.location, false));
    }
    Set<String> taken = types.stream().map(t -> t.name().key()).collect(Collectors.toSet());
    for (Drafts.Enum draft : collector.enums.values()) {
      if (taken.add(draft.name.key())) {
        types.add(new EnumType(draft.name, draft.members, isFlags(draft), draft.description,
            draft.location, false));
      }
    }
    for (Drafts.Enum draft : properties.inferredEnums.values()) {
      if (taken.add(draft.name.key())) {
        types.add(new EnumType(draft.name, draft.members, false, draft.description,
            draft.location, true));
      }
    }
    for (PropertyBuilder.Unresolved missing : properties.unresolved.values()) {
      if (taken.add(missing.name().key())) {
        types.add(new StructuredType(missing.name(), false, null, false, true, List.of(),
            List.of(), "Referenced by the docs but not documented.", missing.firstReference(),
            true));
      }
    }
    return new TypeModel(types);
  }

  /**
   * The types navigation properties lead to, by key: in OData, only entity types. Relationships
   * rows name them, and so do the results of list and create operations on collections.
   */
  private static Set<String> navigationTargets(Map<String, List<Property>> declared,
      List<DefinitionCollector.NamespacedMention> collectionMembers, NameIndex names) {
    Set<String> targets = new HashSet<>();
    for (DefinitionCollector.NamespacedMention member : collectionMembers) {
      QualifiedName name = names.resolve(member.mention().name(), member.namespace(),
          member.mention().link());
      if (name != null) {
        targets.add(name.key());
      }
    }
    for (List<Property> own : declared.values()) {
      for (Property p : own) {
        if (p.navigation() && p.type() instanceof TypeRef.NamedRef named) {
          targets.add(named.name().key());
        }
      }
    }
    return targets;
  }

  /** Nested objects carrying their own {@code @odata.type} show (part of) that type. */
  private void collectNested(DefinitionCollector collector,
      dev.docmodel.generator.read.JsonBlock block, String pointer, String namespace) {
    JsonNode node = block.root().at(pointer);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String childPointer = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
      JsonNode value = member.getValue();
      if (value.isArray() && value.size() > 0) {
        value = value.get(0);
        childPointer = childPointer + "/0";
      }
      JsonNode type = value.isObject() ? value.get("@odata.type") : null;
      if (type == null || !type.isTextual() || type.asText().isBlank()) {
        continue;
      }
      QualifiedName name = QualifiedName.parse(type.asText().strip(), namespace);
      if (TypeExpression.primitive(name.name()) != null) {
        continue; // "microsoft.graph.Json" and the like name primitives, not types
      }
      Drafts.Structured target = collector.structured.get(name.key());
      if (target == null) {
        if (collector.enums.containsKey(name.key())) {
          continue;
        }
        Location at = block.locationOf(childPointer);
        target = new Drafts.Structured(name, at, name.namespace());
        collector.structured.put(name.key(), target);
      }
      if (value.size() > 1) {
        target.samples.add(new Drafts.Sample(block, childPointer, name.namespace()));
        collectNested(collector, block, childPointer, name.namespace());
      }
    }
  }

  private void reportKindConflicts(DefinitionCollector collector) {
    for (Drafts.Enum e : collector.enums.values()) {
      Drafts.Structured s = collector.structured.get(e.name.key());
      if (s != null && s.documented) {
        diagnostics.report(DiagnosticCode.TYPE_KIND_CONFLICT, e.location,
            e.name + " is an enum here but a structured type at " + s.location);
      }
    }
  }

  /** Drops properties a page repeats from a base type ("Inherited from entity"). */
  private List<Property> withoutInherited(Drafts.Structured draft,
      Map<String, List<Property>> declared, Map<String, QualifiedName> bases) {
    Set<String> inherited = new HashSet<>();
    QualifiedName base = bases.get(draft.name.key());
    for (int depth = 0; base != null && depth < 64; depth++) {
      for (Property p : declared.getOrDefault(base.key(), List.of())) {
        inherited.add(p.name().toLowerCase(Locale.ROOT));
      }
      base = bases.get(base.key());
    }
    List<Property> own = new ArrayList<>();
    for (Property p : declared.get(draft.name.key())) {
      if (inherited.contains(p.name().toLowerCase(Locale.ROOT))) {
        diagnostics.report(DiagnosticCode.PROPERTY_INHERITED_REPEATED, p.location(),
            p.name() + " is inherited by " + draft.name + "; not declared again");
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
  private static boolean isFlags(Drafts.Enum draft) {
    Set<Long> powers = new HashSet<>();
    for (EnumMember member : draft.members) {
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

  /** An entity type has a key, its own or inherited. */
  private static boolean isEntity(String key, BaseResolver.Result hierarchy) {
    for (int depth = 0; key != null && depth < 64; depth++) {
      if (!hierarchy.keys().getOrDefault(key, List.of()).isEmpty()) {
        return true;
      }
      QualifiedName base = hierarchy.baseOf(key);
      key = base == null ? null : base.key();
    }
    return false;
  }
}

package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pass 1, pages → {@link Definitions}: what each page defines, names unresolved. A resource
 * annotation (or, without one, a "# x resource type" title) defines a structured type, with the
 * page's Properties and Relationships tables and its JSON sample; "x values" sections and "# x enum
 * type" pages define enums. A type described by several pages collects all of them.
 */
final class CollectDefinitions {
  private final String defaultNamespace;
  private final Diagnostics diagnostics;
  /** Working state of this pass only: one builder per type, frozen into the result. */
  private final Map<QualifiedName, TypeBuilder> types = new LinkedHashMap<>();
  private final Map<QualifiedName, EnumBuilder> enums = new LinkedHashMap<>();
  private final Map<String, QualifiedName> typeByPage = new LinkedHashMap<>();
  private final List<Definitions.NamespacedMention> collectionResults = new ArrayList<>();

  private CollectDefinitions(String defaultNamespace, Diagnostics diagnostics) {
    this.defaultNamespace = defaultNamespace;
    this.diagnostics = diagnostics;
  }

  /** @param pages sorted by path */
  static Definitions run(List<Page> pages, String defaultNamespace, Diagnostics diagnostics) {
    CollectDefinitions pass = new CollectDefinitions(defaultNamespace, diagnostics);
    pages.forEach(pass::collect);
    return new Definitions(pass.types.values().stream().map(TypeBuilder::build).toList(),
        pass.enums.values().stream().map(EnumBuilder::build).toList(), pass.typeByPage,
        pass.collectionResults);
  }

  private void collect(Page page) {
    String namespace = namespaceOf(page);
    TypeBuilder main = null;
    for (Page.ResourceBlock resource : page.resources()) {
      JsonNode annotation = resource.annotation().root();
      String odataType = text(annotation, "@odata.type");
      if (odataType == null || odataType.isBlank()
          || odataType.strip().toLowerCase(Locale.ROOT).startsWith("collection(")) {
        continue; // a collection annotation describes a response, not a type
      }
      Optional<QualifiedName> name = name(odataType, namespace, resource.location());
      if (name.isEmpty()) {
        continue;
      }
      TypeBuilder type = defineType(name.get(), resource.location(), page);
      type.applyAnnotation(annotation, resource.annotation().locationOf("/baseType"));
      if (resource.sample() != null && resource.sample().root().isObject()) {
        type.samples.add(new TypeDraft.Sample(resource.sample(), "", name.get().namespace()));
      }
      if (main == null) {
        main = type;
      }
    }
    String title = title(page);
    if (main == null && title != null && title.toLowerCase(Locale.ROOT).endsWith(" resource type")) {
      String typeName = TypeExpression.cleanName(title.substring(0, title.length() - 14));
      Location at = page.headings().get(0).location();
      Optional<QualifiedName> name = typeName.isEmpty() ? Optional.empty()
          : name(typeName, namespace, at);
      if (name.isPresent()) {
        main = defineType(name.get(), at, page);
      }
    }
    if (main != null) {
      typeByPage.put(fileName(page.path()), main.name);
      if (page.inheritsFrom() != null && main.proseBase == null) {
        Page.TypeLink base = page.inheritsFrom();
        main.proseBase = new Mention(base.typeName(), base.linkTarget(), base.location());
      }
      for (Page.TypeLink derived : page.derivedTypes()) {
        main.derivedTypeHints.add(new Mention(derived.typeName(), derived.linkTarget(),
            derived.location()));
      }
    } else if (page.namespace() == null && !page.tables().isEmpty()) {
      diagnostics.report(DiagnosticCode.NO_NAMESPACE, Location.ofPage(page.path()),
          "no Namespace line; using " + defaultNamespace);
    }
    for (Page.Table table : page.tables()) {
      collectTable(page, table, main, namespace, title);
    }
  }

  /** The page's namespace; the default one when the page names none or a malformed one. */
  private String namespaceOf(Page page) {
    if (page.namespace() == null) {
      return defaultNamespace;
    }
    String namespace = page.namespace().value();
    if (!QualifiedName.isNamespace(namespace)) {
      diagnostics.report(DiagnosticCode.TYPE_NAME_MALFORMED, page.namespace().location(),
          "'" + namespace + "' is not a namespace; using " + defaultNamespace);
      return defaultNamespace;
    }
    return namespace;
  }

  /** A type name from the page, or a diagnostic saying why it cannot be one. */
  private Optional<QualifiedName> name(String text, String namespace, Location at) {
    Optional<QualifiedName> name = QualifiedName.parse(text, namespace);
    if (name.isEmpty()) {
      diagnostics.report(DiagnosticCode.TYPE_NAME_MALFORMED, at,
          "'" + text.strip() + "' is not a qualified type name; not used");
    }
    return name;
  }

  private TypeBuilder defineType(QualifiedName name, Location at, Page page) {
    TypeBuilder existing = types.get(name);
    if (existing != null) {
      if (!existing.location.page().equals(at.page())) {
        diagnostics.report(DiagnosticCode.TYPE_DEFINED_TWICE, at,
            name + " is also described at " + existing.location);
      }
      return existing;
    }
    TypeBuilder type = new TypeBuilder(name, at, name.namespace(),
        page.frontMatter().getOrDefault("description", ""));
    types.put(name, type);
    return type;
  }

  private void collectTable(Page page, Page.Table table, TypeBuilder main, String namespace,
      String title) {
    switch (PageTables.classify(table)) {
      case PROPERTIES, RELATIONSHIPS -> {
        if (main != null) {
          boolean navigation = PageTables.classify(table) == PageTables.Kind.RELATIONSHIPS;
          for (Page.Row row : table.rows()) {
            PageTables.row(row, table, navigation, diagnostics).ifPresent(r -> {
              main.rows.add(r);
              PageTables.ancestorHint(row, table).ifPresent(main.ancestorHints::add);
            });
          }
        }
      }
      case METHODS -> {
        if (main != null && MethodsTable.operatesOn(table, fileName(page.path()), main.name.name())) {
          main.addressable = true;
        }
        MethodsTable.collectionResults(table)
            .forEach(m -> collectionResults.add(new Definitions.NamespacedMention(m, namespace)));
      }
      case OTHER -> {
        String enumName = PageTables.enumName(table, title);
        if (enumName != null) {
          name(enumName, namespace, table.location()).ifPresent(n -> collectEnum(n, table));
        }
      }
    }
  }

  private void collectEnum(QualifiedName name, Page.Table table) {
    EnumBuilder draft = enums.computeIfAbsent(name, k -> new EnumBuilder(name, table.location()));
    for (EnumMember member : PageTables.enumMembers(table)) {
      if (draft.members.stream().anyMatch(m -> m.name().equals(member.name()))) {
        diagnostics.report(DiagnosticCode.ENUM_MEMBER_DUPLICATE, member.location(),
            "member " + member.name() + " of " + name + " is listed twice");
      } else {
        draft.members.add(member);
      }
    }
  }

  private static String title(Page page) {
    return page.headings().stream().filter(h -> h.level() == 1).map(Page.Heading::text)
        .findFirst().orElse(null);
  }

  /** The lower-cased file name of a page path or link target. */
  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return (slash < 0 ? path : path.substring(slash + 1)).toLowerCase(Locale.ROOT);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static boolean truthy(JsonNode node) {
    return node != null && (node.isBoolean() ? node.booleanValue()
        : "true".equalsIgnoreCase(node.asText()));
  }

  /** A type being collected; only this pass sees it. */
  private static final class TypeBuilder {
    final QualifiedName name;
    final Location location;
    final String namespace;
    final String description;
    Mention annotationBase;
    boolean annotationSaysNoBase;
    Mention proseBase;
    final List<String> key = new ArrayList<>();
    boolean isAbstract;
    boolean open;
    boolean addressable;
    final List<Mention> ancestorHints = new ArrayList<>();
    final List<Mention> derivedTypeHints = new ArrayList<>();
    final List<TypeDraft.Row> rows = new ArrayList<>();
    final List<TypeDraft.Sample> samples = new ArrayList<>();

    TypeBuilder(QualifiedName name, Location location, String namespace, String description) {
      this.name = name;
      this.location = location;
      this.namespace = namespace;
      this.description = description;
    }

    /** The first annotation that states a base or key wins; abstract and open accumulate. */
    void applyAnnotation(JsonNode annotation, Location baseAt) {
      JsonNode baseNode = annotation.get("baseType");
      if (baseNode != null && baseNode.isNull()) {
        annotationSaysNoBase = true;
      }
      String base = text(annotation, "baseType");
      if (base != null && !base.isBlank() && annotationBase == null) {
        annotationBase = new Mention(base.strip(), null, baseAt);
      }
      JsonNode keyNode = annotation.get("keyProperty");
      if (keyNode != null && key.isEmpty()) {
        if (keyNode.isArray()) {
          keyNode.forEach(k -> key.add(k.asText()));
        } else if (!keyNode.asText().isBlank()) {
          key.add(keyNode.asText().strip());
        }
      }
      isAbstract |= truthy(annotation.get("abstract"));
      open |= truthy(annotation.get("openType"));
    }

    TypeDraft build() {
      return new TypeDraft(name, location, namespace, description, Origin.DOCUMENTED,
          annotationBase, annotationSaysNoBase, proseBase, key, isAbstract, open, addressable,
          ancestorHints, derivedTypeHints, rows, samples);
    }
  }

  private static final class EnumBuilder {
    final QualifiedName name;
    final Location location;
    final List<EnumMember> members = new ArrayList<>();

    EnumBuilder(QualifiedName name, Location location) {
      this.name = name;
      this.location = location;
    }

    EnumDraft build() {
      return new EnumDraft(name, location, "", members);
    }
  }
}

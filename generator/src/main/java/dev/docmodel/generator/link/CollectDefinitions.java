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
  private final PageNames pageNames;
  /** Working state of this pass only: one builder per type, frozen into the result. */
  private final Map<QualifiedName, TypeBuilder> types = new LinkedHashMap<>();
  private final Map<QualifiedName, EnumBuilder> enums = new LinkedHashMap<>();
  private final Map<String, QualifiedName> typeByPage = new LinkedHashMap<>();
  private final List<Definitions.NamespacedMention> collectionResults = new ArrayList<>();
  private final List<Definitions.Operation> operations = new ArrayList<>();
  /** The response examples of each API page, by the page's file name without extension. */
  private final Map<String, List<Page.ResponseExample>> responses = new LinkedHashMap<>();

  private CollectDefinitions(String defaultNamespace, PageNames pageNames,
      Diagnostics diagnostics) {
    this.defaultNamespace = defaultNamespace;
    this.pageNames = pageNames;
    this.diagnostics = diagnostics;
  }

  /** @param pages sorted by path */
  static Definitions run(List<Page> pages, String defaultNamespace, Diagnostics diagnostics) {
    CollectDefinitions pass = new CollectDefinitions(defaultNamespace,
        new PageNames(pages, diagnostics), diagnostics);
    pages.forEach(pass::collect);
    return new Definitions(pass.types.values().stream().map(t -> t.build(diagnostics)).toList(),
        pass.enums.values().stream().map(EnumBuilder::build).toList(), pass.typeByPage,
        pass.collectionResults, pass.operations, ApiClaims.of(pass.responses, pass.operations));
  }

  private void collect(Page page) {
    if (!page.responses().isEmpty()) {
      String file = fileName(page.path());
      responses.put(file.endsWith(".md") ? file.substring(0, file.length() - 3) : file,
          page.responses());
    }
    String namespace = namespaceOf(page);
    String title = title(page);
    TypeBuilder.PageStatements main = null;
    for (Page.ResourceBlock resource : page.resources()) {
      JsonNode annotation = resource.annotation().root();
      // OneDrive's pages write "@type" where the others write "@odata.type".
      String odataType = text(annotation, "@odata.type") != null
          ? text(annotation, "@odata.type") : text(annotation, "@type");
      if (odataType == null || odataType.isBlank()
          || odataType.strip().toLowerCase(Locale.ROOT).startsWith("collection(")) {
        continue; // a collection annotation describes a response, not a type
      }
      Optional<QualifiedName> name = name(odataType, namespace, resource.location());
      if (name.isEmpty()) {
        continue;
      }
      QualifiedName typeName = main != null || page.apiPage() ? name.get()
          : pageNames.decide(page, name.get(), true, resource.location());
      TypeBuilder.PageStatements type = statements(typeName, resource.location(), page, title);
      type.applyAnnotation(annotation, resource.annotation().locationOf("/baseType"));
      if (resource.sample() != null && resource.sample().root().isObject()) {
        type.samples.add(new TypeDraft.Sample(resource.sample(), "", typeName.namespace()));
      }
      if (main == null) {
        main = type;
      }
    }
    if (main == null && title != null && title.toLowerCase(Locale.ROOT).endsWith(" resource type")) {
      String titled = TypeExpression.cleanName(title.substring(0, title.length() - 14));
      Location at = page.headings().get(0).location();
      Optional<QualifiedName> name = titled.isEmpty() ? Optional.empty()
          : name(titled, namespace, at);
      if (name.isPresent()) {
        QualifiedName typeName = page.apiPage() ? name.get()
            : pageNames.decide(page, name.get(), false, at);
        main = statements(typeName, at, page, title);
      }
    }
    if (main != null) {
      typeByPage.put(fileName(page.path()), main.type());
      if (page.inheritsFrom() != null && main.proseBase == null) {
        Page.TypeLink base = page.inheritsFrom();
        main.proseBase = new Mention(base.typeName(), base.linkTarget(), base.location());
      }
      for (Page.TypeLink derived : page.derivedTypes()) {
        main.derivedTypeHints.add(new Mention(derived.typeName(), derived.linkTarget(),
            derived.location()));
      }
    } else if (page.namespace() == null && !page.tables().isEmpty() && !page.apiPage()) {
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

  /** What {@code page} says about the type {@code name}, begun at {@code at}. */
  private TypeBuilder.PageStatements statements(QualifiedName name, Location at, Page page,
      String title) {
    return types.computeIfAbsent(name, TypeBuilder::new).on(page, at, title);
  }

  private void collectTable(Page page, Page.Table table, TypeBuilder.PageStatements main,
      String namespace, String title) {
    PageTables.Kind kind = PageTables.classify(table, title);
    switch (kind) {
      case PROPERTIES, RELATIONSHIPS -> {
        if (main != null) {
          boolean navigation = kind == PageTables.Kind.RELATIONSHIPS;
          for (Page.Row row : table.rows()) {
            PageTables.row(row, table, navigation, diagnostics).ifPresent(r -> {
              main.rows.add(r);
              PageTables.ancestorHint(row, table).ifPresent(main.ancestorHints::add);
            });
          }
        }
      }
      case METHODS -> {
        if (main != null
            && MethodsTable.operatesOn(table, fileName(page.path()), main.type().name())) {
          main.addressable = true;
        }
        MethodsTable.collectionResults(table)
            .forEach(m -> collectionResults.add(new Definitions.NamespacedMention(m, namespace)));
        MethodsTable.operations(table).forEach(o -> operations.add(o.in(namespace)));
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

  /**
   * A type being collected, page by page; only this pass sees it. Its defining page comes first
   * when the statements are merged: that page's description, location, annotation and rows lead,
   * and the pages that extend the type (Intune's pages on user, API pages repeating a resource
   * block) follow in page order.
   */
  private static final class TypeBuilder {
    final QualifiedName name;
    final List<PageStatements> pages = new ArrayList<>();

    TypeBuilder(QualifiedName name) {
      this.name = name;
    }

    PageStatements on(Page page, Location at, String title) {
      if (!pages.isEmpty() && pages.get(pages.size() - 1).page == page) {
        return pages.get(pages.size() - 1);
      }
      PageStatements statements = new PageStatements(this, page, at, title);
      pages.add(statements);
      return statements;
    }

    /**
     * The page that defines the type: the one named after it ({@code user.md} for {@code user},
     * not {@code intune-devices-user.md}), else the one titled "x resource type", else a resource
     * page rather than an API page, else the first.
     */
    PageStatements definingPage() {
      return pages.stream().min(java.util.Comparator
          .comparing((PageStatements p) -> !p.namedAfterType())
          .thenComparing(p -> !p.titledAfterType())
          .thenComparing(p -> p.page.apiPage())).orElseThrow();
    }

    TypeDraft build(Diagnostics diagnostics) {
      PageStatements defining = definingPage();
      List<PageStatements> ordered = new ArrayList<>();
      ordered.add(defining);
      for (PageStatements p : pages) {
        if (p != defining) {
          ordered.add(p);
          diagnostics.report(DiagnosticCode.TYPE_DEFINED_TWICE, p.location,
              name + " is also described at " + defining.location);
        }
      }
      Mention annotationBase = null;
      Mention proseBase = null;
      List<String> key = List.of();
      boolean saysNoBase = false;
      boolean isAbstract = false;
      boolean open = false;
      boolean addressable = false;
      List<Mention> ancestorHints = new ArrayList<>();
      List<Mention> derivedTypeHints = new ArrayList<>();
      List<TypeDraft.Row> rows = new ArrayList<>();
      List<TypeDraft.Sample> samples = new ArrayList<>();
      for (PageStatements p : ordered) {
        annotationBase = annotationBase != null ? annotationBase : p.annotationBase;
        proseBase = proseBase != null ? proseBase : p.proseBase;
        key = !key.isEmpty() ? key : p.key;
        saysNoBase |= p.annotationSaysNoBase;
        isAbstract |= p.isAbstract;
        open |= p.open;
        addressable |= p.addressable;
        ancestorHints.addAll(p.ancestorHints);
        derivedTypeHints.addAll(p.derivedTypeHints);
        rows.addAll(p.rows);
        // Another page's sample (an API page's, a copy-pasted annotation) confirms what the
        // type's pages declare; it never adds to it, so the type depends on its own pages only.
        p.samples.forEach(s -> samples.add(p == defining ? s
            : new TypeDraft.Sample(s.block(), s.pointer(), s.namespace(), true)));
      }
      return new TypeDraft(name, defining.location, name.namespace(),
          defining.page.frontMatter().getOrDefault("description", ""), Origin.DOCUMENTED,
          annotationBase, saysNoBase, proseBase, key, isAbstract, open, addressable, ancestorHints,
          derivedTypeHints, rows, samples);
    }

    /** What one page states about the type. */
    static final class PageStatements {
      final TypeBuilder type;
      final Page page;
      final Location location;
      final String title;
      Mention annotationBase;
      boolean annotationSaysNoBase;
      Mention proseBase;
      List<String> key = List.of();
      boolean isAbstract;
      boolean open;
      boolean addressable;
      final List<Mention> ancestorHints = new ArrayList<>();
      final List<Mention> derivedTypeHints = new ArrayList<>();
      final List<TypeDraft.Row> rows = new ArrayList<>();
      final List<TypeDraft.Sample> samples = new ArrayList<>();

      PageStatements(TypeBuilder type, Page page, Location location, String title) {
        this.type = type;
        this.page = page;
        this.location = location;
        this.title = title;
      }

      QualifiedName type() {
        return type.name;
      }

      boolean namedAfterType() {
        String file = fileName(page.path());
        return file.equals(type.name.name().toLowerCase(Locale.ROOT) + ".md");
      }

      boolean titledAfterType() {
        return title != null && title.equalsIgnoreCase(type.name.name() + " resource type");
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
          List<String> declared = new ArrayList<>();
          if (keyNode.isArray()) {
            keyNode.forEach(k -> declared.add(k.asText()));
          } else if (!keyNode.asText().isBlank()) {
            declared.add(keyNode.asText().strip());
          }
          key = List.copyOf(declared);
        }
        isAbstract |= truthy(annotation.get("abstract"));
        open |= truthy(annotation.get("openType"));
      }
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

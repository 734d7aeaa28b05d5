package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
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
    TypeBuilder.PageStatements main = annotatedTypes(page, namespace, title);
    if (main == null) {
      main = titledType(page, namespace, title);
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

  /**
   * The types the page's resource annotations define; returns the first, the page's own (named by
   * {@link PageNames} on a resource page), or null.
   */
  private TypeBuilder.PageStatements annotatedTypes(Page page, String namespace, String title) {
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
        type.samples.add(new TypeDraft.Sample(SampleObject.of(resource.sample(), ""),
            typeName.namespace()));
      }
      main = main == null ? type : main;
    }
    return main;
  }

  /** Without an annotation, the type a "# x resource type" title defines, or null. */
  private TypeBuilder.PageStatements titledType(Page page, String namespace, String title) {
    if (title == null || !title.toLowerCase(Locale.ROOT).endsWith(" resource type")) {
      return null;
    }
    String titled = TypeExpression.cleanName(title.substring(0, title.length() - 14));
    Location at = page.headings().get(0).location();
    Optional<QualifiedName> name = titled.isEmpty() ? Optional.empty()
        : name(titled, namespace, at);
    if (name.isEmpty()) {
      return null;
    }
    QualifiedName typeName = page.apiPage() ? name.get()
        : pageNames.decide(page, name.get(), false, at);
    return statements(typeName, at, page, title);
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
    EnumBuilder draft = enums.computeIfAbsent(name, k -> new EnumBuilder(name, table.location(),
        table.section()));
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

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static boolean truthy(JsonNode node) {
    return node != null && (node.isBoolean() ? node.booleanValue()
        : "true".equalsIgnoreCase(node.asText()));
  }
}

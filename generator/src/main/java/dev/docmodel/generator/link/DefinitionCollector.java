package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * First linker pass: what each page defines. A resource annotation (or, without one, a
 * "# x resource type" title) defines a structured type, with the page's Properties and
 * Relationships tables; "x values" sections and "# x enum type" pages define enums.
 */
final class DefinitionCollector {
  private final String defaultNamespace;
  private final Diagnostics diagnostics;
  final Map<String, Drafts.Structured> structured = new LinkedHashMap<>();
  final Map<String, Drafts.Enum> enums = new LinkedHashMap<>();
  /** Page path (lower-cased file name) to the main type it defines, for resolving link targets. */
  final Map<String, QualifiedName> pageTypes = new LinkedHashMap<>();
  /** Types that list and create operations return: members of collections, so entity types. */
  final List<NamespacedMention> collectionMembers = new ArrayList<>();

  /** A type mention and the namespace of the page it is on. */
  record NamespacedMention(Drafts.TypeMention mention, String namespace) {}

  DefinitionCollector(String defaultNamespace, Diagnostics diagnostics) {
    this.defaultNamespace = defaultNamespace;
    this.diagnostics = diagnostics;
  }

  void collect(Page page) {
    String namespace = page.namespace() == null ? defaultNamespace : page.namespace().value();
    Drafts.Structured main = null;
    for (Page.ResourceBlock resource : page.resources()) {
      JsonNode annotation = resource.annotation().root();
      String odataType = text(annotation, "@odata.type");
      if (odataType == null || odataType.isBlank()
          || odataType.strip().toLowerCase(Locale.ROOT).startsWith("collection(")) {
        continue; // a collection annotation describes a response, not a type
      }
      QualifiedName name = QualifiedName.parse(odataType.strip(), namespace);
      Drafts.Structured draft = structuredDraft(name, resource.location(), name.namespace(), page);
      applyAnnotation(draft, annotation, resource.annotation().locationOf("/baseType"));
      if (resource.sample() != null && resource.sample().root().isObject()) {
        draft.samples.add(new Drafts.Sample(resource.sample(), "", name.namespace()));
      }
      if (main == null) {
        main = draft;
      }
    }
    String title = title(page);
    if (main == null && title != null && title.toLowerCase(Locale.ROOT).endsWith(" resource type")) {
      String typeName = TypeExpression.cleanName(title.substring(0, title.length() - 14));
      if (!typeName.isEmpty()) {
        main = structuredDraft(QualifiedName.parse(typeName, namespace),
            page.headings().get(0).location(), namespace, page);
      }
    }
    if (main != null) {
      pageTypes.put(fileName(page.path()), main.name);
      if (page.inheritsFrom() != null && main.inheritsFrom == null) {
        main.inheritsFrom = page.inheritsFrom().typeName();
        main.inheritsFromLink = page.inheritsFrom().linkTarget();
        main.inheritsFromAt = page.inheritsFrom().location();
      }
      for (Page.TypeLink derived : page.derivedTypes()) {
        main.derivedTypeHints.add(new Drafts.TypeMention(derived.typeName(),
            derived.linkTarget(), derived.location()));
      }
    } else if (page.namespace() == null && !page.tables().isEmpty()) {
      diagnostics.report(DiagnosticCode.NO_NAMESPACE, Location.ofPage(page.path()),
          "no Namespace line; using " + defaultNamespace);
    }
    for (Page.Table table : page.tables()) {
      collectTable(page, table, main, namespace, title);
    }
  }

  private Drafts.Structured structuredDraft(QualifiedName name, Location at, String namespace,
      Page page) {
    Drafts.Structured existing = structured.get(name.key());
    if (existing != null) {
      if (existing.documented && !existing.location.page().equals(at.page())) {
        diagnostics.report(DiagnosticCode.TYPE_DEFINED_TWICE, at,
            name + " is also described at " + existing.location);
      }
      existing.documented = true;
      return existing;
    }
    Drafts.Structured draft = new Drafts.Structured(name, at, namespace);
    draft.documented = true;
    draft.description = page.frontMatter().getOrDefault("description", "");
    structured.put(name.key(), draft);
    return draft;
  }

  private static void applyAnnotation(Drafts.Structured draft, JsonNode annotation,
      Location baseAt) {
    JsonNode baseNode = annotation.get("baseType");
    if (baseNode != null && baseNode.isNull()) {
      draft.annotationSaysNoBase = true;
    }
    String base = text(annotation, "baseType");
    if (base != null && !base.isBlank() && draft.annotationBase == null) {
      draft.annotationBase = base.strip();
      draft.annotationBaseAt = baseAt;
    }
    JsonNode key = annotation.get("keyProperty");
    if (key != null && draft.key.isEmpty()) {
      if (key.isArray()) {
        key.forEach(k -> draft.key.add(k.asText()));
      } else if (!key.asText().isBlank()) {
        draft.key.add(key.asText().strip());
      }
    }
    draft.isAbstract |= truthy(annotation.get("abstract"));
    draft.open |= truthy(annotation.get("openType"));
  }

  private void collectTable(Page page, Page.Table table, Drafts.Structured main, String namespace,
      String title) {
    if (table.header().isEmpty()) {
      return;
    }
    String first = table.header().get(0).toLowerCase(Locale.ROOT).strip();
    String section = table.section().toLowerCase(Locale.ROOT).strip();
    int typeColumn = column(table, "type");
    int descriptionColumn = column(table, "description");
    boolean relationship = first.startsWith("relationship") || section.startsWith("relationship");
    boolean propertyTable = (first.startsWith("propert") || first.equals("name")
        || first.startsWith("relationship")) && typeColumn > 0;
    if (propertyTable && main != null && (relationship || isPropertySection(section))) {
      for (Page.Row row : table.rows()) {
        addRow(main, row, typeColumn, descriptionColumn, relationship);
      }
      return;
    }
    if (section.startsWith("method")) {
      if (main != null && MethodsTable.operatesOn(table, fileName(page.path()), main.name.name())) {
        main.addressable = true;
      }
      MethodsTable.collectionResults(table)
          .forEach(m -> collectionMembers.add(new NamespacedMention(m, namespace)));
      return;
    }
    String enumName = enumName(table.section().strip(), title);
    if (enumName != null && typeColumn < 0) {
      collectEnum(QualifiedName.parse(enumName, namespace), table, page);
    }
  }

  /**
   * "Properties", "Common properties", "operationError Properties"; not "Properties of a policy
   * definition" (the fields of a JSON string value) nor "Instance attributes" (annotations).
   */
  private static boolean isPropertySection(String section) {
    return section.isEmpty() || section.endsWith("properties") || section.equals("property");
  }

  /** "### riskLevel values" names the enum riskLevel; "## Members" on an "x enum type" page, x. */
  private static String enumName(String heading, String title) {
    String section = heading.toLowerCase(Locale.ROOT);
    if (section.endsWith(" values")) {
      String name = TypeExpression.cleanName(heading.substring(0, heading.length() - 7));
      return name.isEmpty() || name.contains(" ") ? null : name;
    }
    if ((section.equals("members") || section.equals("values")) && title != null
        && title.toLowerCase(Locale.ROOT).endsWith(" enum type")) {
      String name = TypeExpression.cleanName(title.substring(0, title.length() - 10));
      return name.isEmpty() ? null : name;
    }
    return null;
  }

  private void addRow(Drafts.Structured owner, Page.Row row, int typeColumn, int descriptionColumn,
      boolean navigation) {
    Page.Cell nameCell = row.cell(0);
    Page.Cell typeCell = row.cell(typeColumn);
    String name = nameCell == null ? "" : propertyName(nameCell.text());
    if (name.isEmpty() || typeCell == null || typeCell.text().isBlank()) {
      diagnostics.report(DiagnosticCode.TABLE_ROW_MALFORMED, row.location(),
          "row without a property name or type");
      return;
    }
    Page.Cell descriptionCell = descriptionColumn < 0 ? null : row.cell(descriptionColumn);
    if (descriptionCell != null) {
      ancestorHint(descriptionCell).ifPresent(owner.ancestorHints::add);
    }
    TypeExpression type = TypeExpression.parse(typeCell);
    if (type == null) {
      diagnostics.report(DiagnosticCode.TYPE_EXPRESSION_UNKNOWN, typeCell.location(),
          "cannot read the type '" + typeCell.text() + "' of " + name);
    }
    owner.rows.add(new Drafts.Row(name, type,
        descriptionCell == null ? "" : descriptionCell.text(),
        descriptionCell == null ? List.of() : descriptionCell.codeSpans(), navigation,
        nameCell.location()));
  }

  /** "Inherited from [entity](entity.md)." in a description names an ancestor of the owner. */
  private static Optional<Drafts.TypeMention> ancestorHint(Page.Cell description) {
    int phrase = Phrases.indexOf(description.text(), "inherited from");
    if (phrase < 0) {
      return Optional.empty();
    }
    int after = phrase + "inherited from".length();
    for (Page.Link link : description.links()) {
      if (link.offset() >= after && link.offset() <= after + 6 && !link.text().isBlank()) {
        return Optional.of(new Drafts.TypeMention(link.text().strip(),
            link.destination(), description.location()));
      }
    }
    return Optional.empty();
  }

  private void collectEnum(QualifiedName name, Page.Table table, Page page) {
    Drafts.Enum draft = enums.computeIfAbsent(name.key(), k -> new Drafts.Enum(name, table.location()));
    int valueColumn = table.header().get(0).toLowerCase(Locale.ROOT).startsWith("value")
        ? -1 : column(table, "value");
    int descriptionColumn = column(table, "description");
    for (Page.Row row : table.rows()) {
      Page.Cell cell = row.cell(0);
      String member = cell == null ? "" : TypeExpression.cleanName(cell.text());
      if (member.isEmpty()) {
        continue;
      }
      if (draft.members.stream().anyMatch(m -> m.name().equals(member))) {
        diagnostics.report(DiagnosticCode.ENUM_MEMBER_DUPLICATE, row.location(),
            "member " + member + " of " + name + " is listed twice");
        continue;
      }
      Long value = null;
      Page.Cell valueCell = valueColumn < 0 ? null : row.cell(valueColumn);
      if (valueCell != null) {
        try {
          value = Long.parseLong(valueCell.text().strip());
        } catch (NumberFormatException ignored) {
          value = null;
        }
      }
      Page.Cell description = descriptionColumn < 0 ? null : row.cell(descriptionColumn);
      draft.members.add(new EnumMember(member, value,
          description == null ? "" : description.text(), row.location()));
    }
  }

  /** Property names are sometimes bold, code or footnoted: keep the name itself. */
  private static String propertyName(String cellText) {
    String t = cellText.strip();
    StringBuilder sb = new StringBuilder();
    for (char c : t.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '_' || c == '@' || c == '.' || c == '-' || c == '$') {
        sb.append(c);
      } else if (sb.length() > 0) {
        break;
      }
    }
    return sb.toString();
  }

  static int column(Page.Table table, String header) {
    for (int i = 0; i < table.header().size(); i++) {
      if (table.header().get(i).toLowerCase(Locale.ROOT).strip().startsWith(header)) {
        return i;
      }
    }
    return -1;
  }

  private static String title(Page page) {
    return page.headings().stream().filter(h -> h.level() == 1).map(Page.Heading::text)
        .findFirst().orElse(null);
  }

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
}

package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a page's table is, and what its rows say: the table rules of {@link CollectDefinitions}. */
final class PageTables {
  private PageTables() {}

  enum Kind {
    /** Structural properties of the page's type. */
    PROPERTIES,
    /** Navigation properties of the page's type. */
    RELATIONSHIPS,
    /** API operations on the type, linking to API pages. */
    METHODS,
    /** Anything else: an enum's members when the heading names one, or nothing we read. */
    OTHER
  }

  /**
   * A table with a name column and a Type column is a property table under a Properties heading
   * ("Properties", "Common properties", "operationError Properties"; not "Properties of a policy
   * definition", the fields of a JSON string value) and a relationship table when its header or
   * heading says Relationship.
   */
  static Kind classify(Page.Table table) {
    if (table.header().isEmpty()) {
      return Kind.OTHER;
    }
    String first = table.header().get(0).toLowerCase(Locale.ROOT).strip();
    String section = table.section().toLowerCase(Locale.ROOT).strip();
    boolean relationship = first.startsWith("relationship") || section.startsWith("relationship");
    boolean propertyTable = (first.startsWith("propert") || first.equals("name")
        || first.startsWith("relationship")) && column(table, "type") > 0;
    if (propertyTable && (relationship || isPropertySection(section))) {
      return relationship ? Kind.RELATIONSHIPS : Kind.PROPERTIES;
    }
    return section.startsWith("method") ? Kind.METHODS : Kind.OTHER;
  }

  private static boolean isPropertySection(String section) {
    return section.isEmpty() || section.endsWith("properties") || section.equals("property");
  }

  /** A property row; empty (and a diagnostic) when it lacks a name or a type. */
  static Optional<TypeDraft.Row> row(Page.Row row, Page.Table table, boolean navigation,
      Diagnostics diagnostics) {
    Page.Cell nameCell = row.cell(0);
    Page.Cell typeCell = row.cell(column(table, "type"));
    String name = nameCell == null ? "" : propertyName(nameCell.text());
    if (name.isEmpty() || typeCell == null || typeCell.text().isBlank()) {
      diagnostics.report(DiagnosticCode.TABLE_ROW_MALFORMED, row.location(),
          "row without a property name or type");
      return Optional.empty();
    }
    Page.Cell description = descriptionCell(row, table);
    TypeExpression type = TypeExpression.parse(typeCell);
    if (type == null) {
      diagnostics.report(DiagnosticCode.TYPE_EXPRESSION_UNKNOWN, typeCell.location(),
          "cannot read the type '" + typeCell.text() + "' of " + name);
    }
    return Optional.of(new TypeDraft.Row(name, type,
        description == null ? "" : description.text(),
        description == null ? List.of() : description.codeSpans(), navigation,
        nameCell.location()));
  }

  /** "Inherited from [entity](entity.md)." in a description names an ancestor of the owner. */
  static Optional<Mention> ancestorHint(Page.Row row, Page.Table table) {
    Page.Cell description = descriptionCell(row, table);
    int phrase = description == null ? -1 : Phrases.indexOf(description.text(), "inherited from");
    if (phrase < 0) {
      return Optional.empty();
    }
    int after = phrase + "inherited from".length();
    for (Page.Link link : description.links()) {
      if (link.offset() >= after && link.offset() <= after + 6 && !link.text().isBlank()) {
        return Optional.of(new Mention(link.text().strip(), link.destination(),
            description.location()));
      }
    }
    return Optional.empty();
  }

  private static Page.Cell descriptionCell(Page.Row row, Page.Table table) {
    int column = column(table, "description");
    return column < 0 ? null : row.cell(column);
  }

  /**
   * The enum a table lists, when it has no Type column: "### riskLevel values" names riskLevel;
   * "## Members" or "## Values" on an "x enum type" page, x. Null otherwise.
   */
  static String enumName(Page.Table table, String title) {
    if (table.header().isEmpty() || column(table, "type") >= 0) {
      return null;
    }
    String heading = table.section().strip();
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

  /** The members an enum table lists, with their values where a Value column gives them. */
  static List<EnumMember> enumMembers(Page.Table table) {
    int valueColumn = table.header().get(0).toLowerCase(Locale.ROOT).startsWith("value")
        ? -1 : column(table, "value");
    int descriptionColumn = column(table, "description");
    List<EnumMember> members = new ArrayList<>();
    for (Page.Row row : table.rows()) {
      Page.Cell cell = row.cell(0);
      String member = cell == null ? "" : TypeExpression.cleanName(cell.text());
      if (member.isEmpty()) {
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
      members.add(new EnumMember(member, value, description == null ? "" : description.text(),
          row.location()));
    }
    return members;
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

  /** The index of the first header cell starting with {@code header}, or -1. */
  static int column(Page.Table table, String header) {
    for (int i = 0; i < table.header().size(); i++) {
      if (table.header().get(i).toLowerCase(Locale.ROOT).strip().startsWith(header)) {
        return i;
      }
    }
    return -1;
  }
}

package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.read.BaseTypeProse;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.Phrases;
import dev.docmodel.generator.read.PossibleValues;
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
   * A table with a name column and a Type column is a property table under a heading that speaks
   * of properties or relationships, or directly under the page's title. The heading decides
   * between the two: under "Relationships" the rows are navigation properties; under a Properties
   * heading they are properties even when the first column says "Relationship" (presence.md), and a
   * first column saying so makes navigation properties only under a heading that is neither.
   * "Properties of a policy definition" (the fields of a JSON string value), "Instance attributes"
   * (annotations) and examples are not the type's properties.
   *
   * @param title the page's title (its first level-1 heading), or null
   */
  static Kind classify(Page.Table table, String title) {
    if (table.header().isEmpty()) {
      return Kind.OTHER;
    }
    String first = table.header().get(0).toLowerCase(Locale.ROOT).strip();
    String section = table.section().toLowerCase(Locale.ROOT).strip();
    boolean propertyTable = (first.startsWith("propert") || first.equals("name")
        || first.startsWith("relationship")) && column(table, "type") > 0;
    if (propertyTable) {
      if (section.startsWith("relationship")) {
        return Kind.RELATIONSHIPS;
      }
      if (isPropertySection(section) || table.section().strip().equals(title)) {
        return Kind.PROPERTIES;
      }
      if (first.startsWith("relationship") && !isExcluded(section)) {
        return Kind.RELATIONSHIPS;
      }
    }
    return section.startsWith("method") ? Kind.METHODS : Kind.OTHER;
  }

  /** "Properties", "Common properties", "Properties and relationships", "Key property". */
  private static boolean isPropertySection(String section) {
    return section.isEmpty() || !isExcluded(section)
        && (Phrases.containsWord(section, "properties") || Phrases.containsWord(section, "property"));
  }

  /** Headings whose tables describe something other than the page type's properties. */
  private static boolean isExcluded(String section) {
    return section.startsWith("properties of") || section.startsWith("property of")
        || section.startsWith("example") || section.startsWith("instance attribute");
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
        description == null ? "" : description.markdown(),
        description == null ? List.of()
            : PossibleValues.listed(description.text(), description.codeSpans()), navigation,
        nameCell.location()));
  }

  /** "Inherited from [entity](entity.md)." in a description names an ancestor of the owner. */
  static Optional<Mention> ancestorHint(Page.Row row, Page.Table table) {
    Page.TypeLink link = BaseTypeProse.inheritedFrom(descriptionCell(row, table));
    return link == null ? Optional.empty()
        : Optional.of(new Mention(link.typeName(), link.linkTarget(), link.location()));
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
    if (table.header().isEmpty() || column(table, "type") >= 0 || !listsMembers(table)) {
      return null;
    }
    String heading = table.section().strip();
    String section = heading.toLowerCase(Locale.ROOT);
    if (section.endsWith(" values")) {
      // One name before "values": "riskLevel values", not "Roles property values" or "Prefer
      // header values", which list the values of a property or header, not an enum's members.
      String named = unformatted(heading.substring(0, heading.length() - 7));
      String name = TypeExpression.cleanName(named);
      return name.isEmpty() || !name.equals(named) ? null : name;
    }
    if ((section.equals("members") || section.equals("values")) && title != null
        && title.toLowerCase(Locale.ROOT).endsWith(" enum type")) {
      String name = TypeExpression.cleanName(title.substring(0, title.length() - 10));
      return name.isEmpty() ? null : name;
    }
    return null;
  }

  /**
   * Whether the first cells name enum members, single words: "North America Letter" or "sp.full
   * control" are string values a property takes, not members of an enum ("none (default)" is a
   * member with a note).
   */
  private static boolean listsMembers(Page.Table table) {
    for (Page.Row row : table.rows()) {
      Page.Cell cell = row.cell(0);
      if (cell != null && SEVERAL_WORDS.matcher(unformatted(cell.text())).matches()) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern SEVERAL_WORDS =
      java.util.regex.Pattern.compile("\\S+\\s+[\\p{L}\\p{N}].*", java.util.regex.Pattern.DOTALL);

  /** Text without the emphasis and code marks around it: "**riskLevel**" is riskLevel. */
  private static String unformatted(String text) {
    String t = text.strip();
    while (!t.isEmpty() && "*_`".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1);
    }
    while (!t.isEmpty() && "*_`".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip();
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
      members.add(new EnumMember(member, value, description == null ? "" : description.markdown(),
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

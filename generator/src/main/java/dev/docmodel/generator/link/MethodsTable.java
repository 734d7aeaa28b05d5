package dev.docmodel.generator.link;

import dev.docmodel.generator.read.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a page's Methods table, whose rows link to API pages:
 * "| [List shifts](../api/schedule-list-shifts.md) | [shift](shift.md) collection | ... |".
 * API pages are named {@code resource-operation[-navigation].md}, so the name tells what an
 * operation acts on and what kind of operation it is.
 */
final class MethodsTable {
  private MethodsTable() {}

  /**
   * Whether a row shows an operation on the type itself, so that it is addressable: the row links
   * to an API page named after this page or its type ({@code print-list-printers.md} on
   * {@code print.md}) and either reaches through one of the type's navigation properties (only
   * entities have them: {@code print-list-printers}, {@code directory-deleteditems-get}) or returns
   * the type itself or nothing ({@code icon-get}, {@code icon-update}). A function of the type that
   * returns another type ({@code user-getschedule}) does not make it addressable by its name alone,
   * nor does another resource's operation that merely returns this type.
   */
  static boolean operatesOn(Page.Table table, String pageFile, String typeName) {
    String page = stripExtension(pageFile);
    String type = typeName.toLowerCase(Locale.ROOT);
    int returns = PageTables.column(table, "return");
    for (Page.Row row : table.rows()) {
      String api = apiPage(row);
      String subject = api == null ? null
          : api.startsWith(page + "-") ? page : api.startsWith(type + "-") ? type : null;
      if (subject == null) {
        continue;
      }
      boolean navigates = api.substring(subject.length() + 1).contains("-");
      Page.Cell returned = returns < 0 ? null : row.cell(returns);
      if (navigates || returned == null || returnsItselfOrNothing(returned, pageFile, type)) {
        return true;
      }
    }
    return false;
  }

  /** The Return Type cell names this page's type, or no type at all ("None", "204 No Content"). */
  private static boolean returnsItselfOrNothing(Page.Cell returned, String pageFile, String type) {
    for (Page.Link link : returned.links()) {
      String target = link.destination() == null ? "" : link.destination();
      int hash = target.indexOf('#');
      target = hash < 0 ? target : target.substring(0, hash);
      if (CollectDefinitions.fileName(target).equals(pageFile)
          || TypeExpression.cleanName(link.text()).equalsIgnoreCase(type)) {
        return true;
      }
    }
    if (!returned.links().isEmpty()) {
      return false;
    }
    String text = TypeExpression.cleanName(returned.text());
    return text.isEmpty() || text.equalsIgnoreCase(type) || text.equalsIgnoreCase("none")
        || text.equalsIgnoreCase("no") || text.matches("\\d+");
  }

  /**
   * Every row's API page and the type its Return Type column names first: what the API page's
   * response examples are declared as, seen from the resource side.
   */
  static List<Definitions.Operation> operations(Page.Table table) {
    int returns = PageTables.column(table, "return");
    List<Definitions.Operation> operations = new ArrayList<>();
    for (Page.Row row : table.rows()) {
      String api = apiPage(row);
      Page.Cell returned = returns < 0 ? null : row.cell(returns);
      if (api != null && returned != null && !returned.links().isEmpty()
          && !returned.links().get(0).text().isBlank()) {
        Page.Link type = returned.links().get(0);
        operations.add(new Definitions.Operation(api, new Mention(type.text().strip(),
            type.destination(), returned.location())));
      }
    }
    return operations;
  }

  /**
   * The types that list and create operations return ({@code x-list-y.md}, {@code x-post-y.md},
   * {@code x-list.md}, or a method called "List ..."): those operations read and add to
   * collections of entities, never of complex values, so what they return is an entity type.
   * Functions and actions ({@code x-getschedule.md}, "Add password") and single-valued property
   * reads ({@code x-get-settings.md}) may return complex types and are not used.
   */
  static List<Mention> collectionResults(Page.Table table) {
    int returns = PageTables.column(table, "return");
    List<Mention> results = new ArrayList<>();
    if (returns < 0) {
      return results;
    }
    for (Page.Row row : table.rows()) {
      String api = apiPage(row);
      Page.Cell returned = row.cell(returns);
      if (api == null || returned == null || returned.links().isEmpty()
          || !(collectionOperation(api) || calledList(row))) {
        continue;
      }
      Page.Link type = returned.links().get(0);
      if (!type.text().isBlank()) {
        results.add(new Mention(type.text().strip(), type.destination(),
            returned.location()));
      }
    }
    return results;
  }

  private static boolean collectionOperation(String apiPage) {
    String[] parts = apiPage.split("-");
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].equals("list") || parts[i].equals("post")) {
        return true;
      }
    }
    return false;
  }

  /** "List", "List users": the method's name says it reads a collection. */
  private static boolean calledList(Page.Row row) {
    String text = row.cell(0).text().strip().toLowerCase(Locale.ROOT);
    return text.equals("list") || text.startsWith("list ");
  }

  /** The lower-cased file name, without extension, of the API page the row's first cell names. */
  private static String apiPage(Page.Row row) {
    Page.Cell first = row.cell(0);
    if (first == null) {
      return null;
    }
    for (Page.Link link : first.links()) {
      String destination = link.destination() == null ? ""
          : link.destination().toLowerCase(Locale.ROOT);
      int api = destination.lastIndexOf("api/");
      if (api >= 0) {
        String file = destination.substring(api + 4);
        int hash = file.indexOf('#');
        file = hash < 0 ? file : file.substring(0, hash);
        return stripExtension(file.substring(file.lastIndexOf('/') + 1));
      }
    }
    return null;
  }

  private static String stripExtension(String file) {
    return file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
  }
}

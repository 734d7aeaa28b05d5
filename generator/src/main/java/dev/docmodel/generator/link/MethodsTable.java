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
   * Whether a row links to an API page named after this page or its type ({@code print-list-
   * printers.md} on {@code print.md}): operations on the type itself, so it is addressable. A row
   * linking to another resource's function that merely returns this type does not count.
   */
  static boolean operatesOn(Page.Table table, String pageFile, String typeName) {
    String page = stripExtension(pageFile) + "-";
    String type = typeName.toLowerCase(Locale.ROOT) + "-";
    for (Page.Row row : table.rows()) {
      String api = apiPage(row);
      if (api != null && (api.startsWith(page) || api.startsWith(type))) {
        return true;
      }
    }
    return false;
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

package dev.docmodel.generator.link.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 4: parameter tables, their headings and columns, and a call's argument names. */
class OperationParametersTest {
  private static List<String> operations(String page) {
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages = OperationFixtures.pages(diagnostics, "user-x.md", page);
    TypeModel model = OperationLinker.link(OperationFixtures.types(pages, diagnostics), pages,
        diagnostics);
    return model.operations().stream().map(OperationFixtures::describe).toList();
  }

  @Test
  void aValueColumnTypesWhereNoTypeColumnIsAndBoldNamesAreNames() {
    String page = OperationFixtures.apiPage("user: x", List.of("POST /me/x"), "Request body",
        "|**comment**|string|Optional. A comment.|", "Returns `204 No Content`.", null)
        .replace("| Parameter | Type | Description |", "| Name | Value | Description |");
    assertEquals(List.of("user.x ACTION (comment: Edm.String?)"), operations(page));
  }

  @Test
  void aFunctionTakesItsTableAndTheNamesItsCallShows() {
    String page = OperationFixtures.apiPage("user: x", List.of("GET /me/x(a={a},b={b})"),
        "Function parameters", "|a|Int32|Required. The a.|", "Returns `200 OK` and a String.", null);
    assertEquals(List.of("user.x FUNCTION (a: Edm.Int32, b: Edm.String) -> Edm.String"),
        operations(page));
  }

  @Test
  void anActionIgnoresQueryParameterTablesAndAFunctionRequestBodyTables() {
    String page = OperationFixtures.apiPage("user: x", List.of("GET /me/x()"), "Request body",
        "|a|Int32|Not a parameter of a function.|", "Returns `204 No Content`.", null)
        + "\n## Query parameters\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n"
        + "|$top|Int32|Not a parameter either.|\n";
    assertEquals(List.of("user.x FUNCTION ()"), operations(page));
  }
}

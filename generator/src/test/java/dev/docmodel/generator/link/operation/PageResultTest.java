package dev.docmodel.generator.link.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a page says its request returns. */
class PageResultTest {
  private static String result(String sentence, String annotationType) {
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages = new ArrayList<>(OperationFixtures.pages(diagnostics));
    ModelIndex index = new ModelIndex(OperationFixtures.types(pages, diagnostics));
    Page page = PageReader.read("api/x.md", OperationFixtures.apiPage("user: x",
        List.of("POST /me/x"), null, null, sentence, annotationType), diagnostics);
    Operation.Result r = PageResult.of(page, index);
    return r == null ? "none" : r.type().csdlName() + (r.collection() ? "[]" : "");
  }

  @Test
  void theAnnotationTheLinkOrThePrimitiveTheSentenceNames() {
    assertEquals("microsoft.graph.user", result("Returns `200 OK` and a [user](user.md) object.",
        null));
    assertEquals("microsoft.graph.reminder", result("Returns a [user](user.md) object.",
        "microsoft.graph.reminder"));
    assertEquals("microsoft.graph.user[]", result("Returns a collection of [user](user.md) "
        + "objects.", "microsoft.graph.user"));
    assertEquals("microsoft.graph.reminder[]", result("Returns [reminder](../resources/"
        + "reminder.md) collection object in the response body.", null));
    assertEquals("Edm.String[]", result("Returns `200 OK` and a String collection.", null));
    assertEquals("Edm.Boolean", result("If the group is added, a `true` value is returned.",
        null));
  }

  @Test
  void noContentAndAcceptedAnswerWithoutABodyWhateverTheAnnotationSays() {
    assertEquals("none", result("Returns `204 No Content`.", "microsoft.graph.user"));
    assertEquals("none", result("Returns a `202 Accepted` response code and a Location header "
        + "to a [user](user.md).", null));
    assertEquals("none", result("Returns `200 OK`.", null));
  }
}

package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.model.QualifiedName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixture pairs: the same docs before and after an edit of one page. Every type whose pages did
 * not change keeps its whole Java API (classes, accessors, constants), whatever the edited page
 * now says, so that regenerating after a docs update breaks nobody's code over a page they never
 * touched.
 */
class NameStabilityTest {
  private static final String PACKAGE = "com.example.graph";

  private static String resource(String name, String inherits, String rows, String json) {
    return "# " + name + " resource type\n\nNamespace: microsoft.graph\n\n"
        + (inherits == null ? "" : "Inherits from [" + inherits + "](" + inherits + ".md).\n\n")
        + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n" + rows + "\n\n"
        + "## JSON representation\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": "
        + "\"microsoft.graph." + name + "\" } -->\n```json\n" + json + "\n```\n";
  }

  private static final String OUTLOOK_ITEM = resource("outlookItem", null,
      "|categories|String collection|Categories.|\n|changeKey|String|Version.|",
      "{\"categories\": [\"string\"], \"changeKey\": \"string\"}");
  private static final String MESSAGE = resource("message", "outlookItem",
      "|subject|String|Subject.|\n|importance|String|Importance.|",
      "{\"subject\": \"string\", \"importance\": \"string\"}");

  private static Map<String, String> pages(String... pathsAndTexts) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("outlookitem.md", OUTLOOK_ITEM);
    pages.put("message.md", MESSAGE);
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      pages.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return pages;
  }

  private static ApiSurface surface(Path dir, Map<String, String> pages) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Files.writeString(dir.resolve(page.getKey()), page.getValue());
    }
    return TestGenerator.build(List.of(dir), PACKAGE).surface().get();
  }

  private static void unchanged(ApiSurface before, ApiSurface after, String... types) {
    for (String type : types) {
      QualifiedName name = QualifiedName.parse("microsoft.graph." + type, "").orElseThrow();
      assertNotNull(before.type(name), type);
      assertEquals(before.type(name), after.type(name), type + " keeps its whole Java API");
    }
  }

  /** A page whose samples carry a derived type's fields under the base type's name. */
  private static String eventPage(String sample) {
    return resource("event", "outlookItem", "|location|String|Where.|", sample);
  }

  @Test
  void aSampleOnAnotherPageLabelledWithTheBaseDoesNotAddToTheBase(@TempDir Path root)
      throws IOException {
    ApiSurface before = surface(root.resolve("a"), pages("event.md",
        eventPage("{\"location\": \"string\"}")));
    // The edit: event's sample now nests a message labelled as an outlookItem.
    ApiSurface nested = surface(root.resolve("b"), pages("event.md", eventPage(
        "{\"location\": \"string\", \"item\": {\"@odata.type\": \"#microsoft.graph.outlookItem\","
            + " \"subject\": \"Hi\", \"importance\": \"low\", \"categories\": []}}")));
    unchanged(before, nested, "outlookItem", "message");
    // The edit: a page annotates a second block with the base's name, showing derived fields.
    String annotated = eventPage("{\"location\": \"string\"}") + "\n<!-- { \"blockType\": "
        + "\"resource\", \"@odata.type\": \"microsoft.graph.outlookItem\" } -->\n```json\n"
        + "{\"categories\": [], \"subject\": \"Hi\", \"location\": \"here\"}\n```\n";
    ApiSurface relabelled = surface(root.resolve("c"), pages("event.md", annotated));
    unchanged(before, relabelled, "outlookItem", "message");
    // And the page going away again changes nothing either.
    unchanged(before, surface(root.resolve("d"), pages()), "outlookItem", "message");
  }

  /** Named unlike the property, so only its members bind the list to it. */
  private static final String STATUS = "# executionState enum type\n\nNamespace: microsoft.graph\n\n"
      + "## Members\n\n| Member | Description |\n|:--|:--|\n| running | R. |\n| done | D. |\n";

  private static String job(String statusDescription) {
    return resource("job", null, "|status|String|" + statusDescription + "|\n|name|String|N.|",
        "{\"status\": \"string\", \"name\": \"string\"}");
  }

  @Test
  void codeSpansAfterAPossibleValuesListAreNotValues(@TempDir Path root) throws IOException {
    String listed = "The state. Possible values are: `running`, `done`.";
    ApiSurface before = surface(root.resolve("a"), pages("executionstate.md", STATUS, "job.md",
        job(listed)));
    assertEquals("microsoft.graph.executionState", before.type(QualifiedName.parse(
        "microsoft.graph.job", "").orElseThrow()).property("status").type());
    ApiSurface after = surface(root.resolve("b"), pages("executionstate.md", STATUS, "job.md",
        job(listed + " Supports `$filter` (`eq`, `ne`, `startsWith`).")));
    unchanged(before, after, "executionState", "job", "outlookItem", "message");
    assertEquals(before.types().size(), after.types().size(), "no new enum type");
  }

  @Test
  void aFilterSentenceDoesNotTurnOperatorsIntoAnInferredEnum(@TempDir Path root)
      throws IOException {
    String listed = "The state. Possible values are: `queued`, `failed`.";
    ApiSurface before = surface(root.resolve("a"), pages("job.md", job(listed)));
    ApiSurface after = surface(root.resolve("b"), pages("job.md", job(listed
        + " Use `eq` and `startsWith` with `$filter`.")));
    unchanged(before, after, "job");
    assertEquals(before.types().size(), after.types().size(), "no other enum type");
    QualifiedName inferred = QualifiedName.parse("microsoft.graph.jobStatus", "").orElseThrow();
    ApiSurface.Type status = after.type(inferred);
    if (status != null) {
      assertNull(status.member("eq"), "a filter operator is not a value");
    }
  }
}

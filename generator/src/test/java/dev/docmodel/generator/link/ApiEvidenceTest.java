package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.graph;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.QualifiedName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pass 7: what API pages' response examples say of derivation, weighed by the properties. */
class ApiEvidenceTest {
  private static final String ITEM = page("item", "", "", "|id|String||\n|name|String||", "{}");
  private static final String FILE = page("file", "", "", "|id|String||\n|name|String||\n"
      + "|size|Int64||", "{}");
  private static final String FOLDER = page("folder", "", "", "|id|String||", "{}");

  private static String listPage(String itemsType) {
    return "# List items\n\n## Response\n\n<!-- {\n  \"blockType\": \"response\",\n"
        + "  \"@odata.type\": \"microsoft.graph.item\",\n  \"isCollection\": true\n} -->\n"
        + "```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  \"value\": [\n"
        + "    {\"@odata.type\": \"#microsoft.graph." + itemsType + "\", \"id\": \"1\"}\n  ]\n}\n"
        + "```\n";
  }

  @Test
  void anObjectStandingForItsDeclaredTypeWithAllItsPropertiesAndMoreDerivesFromIt() {
    Diagnostics diagnostics = new Diagnostics();
    Resolution resolution = LinkFixtures.resolution(diagnostics, "item.md", ITEM, "file.md",
        FILE, "folder.md", FOLDER, "api/item-list.md", listPage("file"),
        "api/item-list-folders.md", listPage("folder"));
    Map<QualifiedName, List<Resolution.Located>> bases = ApiEvidence.run(resolution);
    assertEquals(List.of(graph("file")), List.copyOf(bases.keySet()),
        "folder shows fewer properties than item: no evidence");
    Resolution.Located candidate = bases.get(graph("file")).get(0);
    assertEquals(graph("item"), candidate.name());
    assertEquals("api/item-list.md", candidate.location().page());
  }
}

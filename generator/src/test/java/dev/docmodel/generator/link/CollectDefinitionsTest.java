package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.diagnostic;
import static dev.docmodel.generator.link.LinkFixtures.graph;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.QualifiedName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pass 1: what each page defines, names unresolved. */
class CollectDefinitionsTest {
  @Test
  void aResourcePageDefinesItsTypeWithItsStatements() {
    Diagnostics diagnostics = new Diagnostics();
    String job = page("job", ",\n  \"baseType\": \"microsoft.graph.entity\",\n  \"keyProperty\": "
        + "\"id\",\n  \"openType\": true", "Inherits from [entity](entity.md).",
        "|name|String|The name.|\n|state|[jobState](jobstate.md)|The state.|", "{}");
    Definitions definitions = CollectDefinitions.run(LinkFixtures.pages(diagnostics, "job.md",
        job), LinkFixtures.NS, diagnostics);
    assertEquals(List.of(graph("job")), definitions.types().stream().map(TypeDraft::name)
        .toList());
    TypeDraft draft = definitions.types().get(0);
    assertEquals("microsoft.graph.entity", draft.annotationBase().name());
    assertEquals(new Mention("entity", "entity.md", draft.proseBase().location()),
        draft.proseBase());
    assertEquals(List.of("id"), draft.key());
    assertEquals(true, draft.open());
    assertEquals(List.of("name", "state"), draft.rows().stream().map(TypeDraft.Row::name)
        .toList());
    assertEquals(Map.of("job.md", graph("job")), definitions.typeByPage());
    assertEquals(List.of(), diagnostics.sorted());
  }

  @Test
  void valuesSectionsDefineEnumsAndATypeDescribedTwiceIsReported() {
    Diagnostics diagnostics = new Diagnostics();
    String enums = "# Enum values\n\nNamespace: microsoft.graph\n\n### color values\n\n"
        + "| Member | Description |\n|:--|:--|\n| red | Red. |\n| blue | |\n| red | Again. |\n";
    String job = page("job", "", "", "|name|String||", "{}");
    String again = page("job", "", "", "|size|Int64||", "{}")
        .replace("title: \"job resource type\"", "title: \"job in intune\"")
        .replace("# job resource type", "# job in intune");
    Definitions definitions = CollectDefinitions.run(LinkFixtures.pages(diagnostics, "enums.md",
        enums, "job.md", job, "intune-job.md", again), LinkFixtures.NS, diagnostics);
    assertEquals(List.of(graph("color")), definitions.enums().stream().map(EnumDraft::name)
        .toList());
    assertEquals(List.of("red", "blue"), definitions.enums().get(0).members().stream()
        .map(EnumMember::name).toList());
    TypeDraft job0 = definitions.types().get(0);
    assertEquals("job.md", job0.location().page(), "the page named after the type defines it");
    assertEquals(List.of("name", "size"), job0.rows().stream().map(TypeDraft.Row::name).toList());
    assertEquals(List.of(
        diagnostic(DiagnosticCode.ENUM_MEMBER_DUPLICATE, "enums.md", 11, 1,
            "member red of microsoft.graph.color is listed twice"),
        diagnostic(DiagnosticCode.TYPE_DEFINED_TWICE, "intune-job.md", 19, 5,
            "microsoft.graph.job is also described at job.md:19:5")), diagnostics.sorted());
  }

  @Test
  void aPageWithTablesButNoTypeOrNamespaceUsesTheDefaultNamespace() {
    Diagnostics diagnostics = new Diagnostics();
    String enums = "# Values\n\n### size values\n\n| Member |\n|:--|\n| small |\n";
    Definitions definitions = CollectDefinitions.run(LinkFixtures.pages(diagnostics, "v.md",
        enums), LinkFixtures.NS, diagnostics);
    assertEquals(List.of(new QualifiedName(LinkFixtures.NS, "size")), definitions.enums().stream()
        .map(EnumDraft::name).toList());
    assertEquals(List.of(diagnostic(DiagnosticCode.NO_NAMESPACE, "v.md", 1, 1,
        "no Namespace line; using microsoft.graph")), diagnostics.sorted());
  }
}

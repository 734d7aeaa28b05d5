package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.graph;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.QualifiedName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pass 3: each type's table rows and sample members become its properties. */
class MergePropertiesTest {
  @Test
  void rowsLeadSamplesAddWhatTheTableLacksAndTheJsonSpellingWins() {
    Diagnostics diagnostics = new Diagnostics();
    String job = page("job", "", "", "|displayname|String||\n|size|Int64||\n|size|Int64|Again.|",
        "{\n  \"displayName\": \"x\",\n  \"size\": 1,\n  \"tags\": [\"String\"]\n}");
    Definitions definitions = LinkFixtures.definitions(diagnostics, "job.md", job);
    Map<QualifiedName, List<PropertyDraft>> merged = MergeProperties.run(definitions,
        diagnostics);
    List<PropertyDraft> properties = merged.get(graph("job"));
    assertEquals(List.of("displayName", "size", "tags"), properties.stream()
        .map(PropertyDraft::name).toList());
    assertEquals(null, properties.get(2).row(), "only the sample shows tags");
    assertEquals(1, properties.get(1).shownBySamples().size(), "the sample confirms size");
    assertEquals(List.of(
        Diagnostic.of(DiagnosticCode.PROPERTY_NAME_CASE, properties.get(0).row().location(),
            "the table spells displayname, the JSON representation displayName; using "
                + "displayName"),
        Diagnostic.of(DiagnosticCode.PROPERTY_DUPLICATE, new dev.docmodel.generator.diag.Location(
            "job.md", 17, 2), "size is already listed for microsoft.graph.job"),
        Diagnostic.of(DiagnosticCode.PROPERTY_ONLY_IN_SAMPLE, properties.get(2).location(),
            "tags of microsoft.graph.job appears only in the JSON representation")),
        diagnostics.sorted());
  }
}

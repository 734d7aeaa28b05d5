package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.graph;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 2: objects nested in JSON samples add to the types they name. */
class CollectSampleTypesTest {
  private static final String JOB = page("job", "", "", "|step|step|The step.|\n|owner|identity||",
      "{\n  \"step\": {\"@odata.type\": \"microsoft.graph.step\", \"size\": 1},\n"
          + "  \"owner\": {\"@odata.type\": \"#microsoft.graph.identity\", \"name\": \"x\"}\n}");
  private static final String IDENTITY = page("identity", "", "", "|id|String||", "{}");

  @Test
  void aTypeOnlySamplesShowBecomesASampleTypeAndADocumentedOneGetsEvidenceOnly() {
    Diagnostics diagnostics = new Diagnostics();
    Definitions before = CollectDefinitions.run(LinkFixtures.pages(diagnostics, "job.md", JOB,
        "identity.md", IDENTITY), LinkFixtures.NS, diagnostics);
    Definitions after = CollectSampleTypes.run(before);
    assertEquals(List.of(graph("identity"), graph("job"), graph("step")), after.types().stream()
        .map(TypeDraft::name).sorted().toList());
    TypeDraft step = after.typesByName().get(graph("step"));
    assertEquals(Origin.SAMPLE, step.origin());
    assertEquals(List.of(List.of("@odata.type", "size")), step.samples().stream()
        .map(sample -> sample.object().members().stream().map(SampleObject.Member::name).toList())
        .toList(), "job's nested object is step's sample");
    TypeDraft identity = after.typesByName().get(graph("identity"));
    assertEquals(List.of(false, true), identity.samples().stream()
        .map(TypeDraft.Sample::evidenceOnly).toList(),
        "its own sample, then job's nested object as evidence only");
    assertEquals(before.types().size(), 2, "the pass returns a new value");
    assertEquals(List.of(), diagnostics.sorted());
  }
}

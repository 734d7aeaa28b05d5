package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.graph;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 9: kinds, own properties, placeholders: the model. */
class AssembleModelTest {
  @Test
  void kindsOwnPropertiesAndPlaceholders() {
    Diagnostics diagnostics = new Diagnostics();
    String entity = page("entity", ",\n  \"keyProperty\": \"id\"", "", "|id|String||", "{}");
    String job = page("job", ",\n  \"baseType\": \"microsoft.graph.entity\"", "",
        "|id|String|Inherited from [entity](entity.md).|\n|size|Int64||\n|owner|person||", "{}");
    String range = page("range", "", "", "|from|Int32||", "{}");
    Resolution resolution = LinkFixtures.resolution(diagnostics, "entity.md", entity, "job.md",
        job, "range.md", range);
    Declared declared = LinkFixtures.declared(resolution, diagnostics);
    Hierarchy hierarchy = LinkFixtures.hierarchy(resolution, diagnostics);
    TypeModel model = AssembleModel.run(resolution, declared, hierarchy, LinkFixtures.NS,
        diagnostics);
    StructuredType jobType = (StructuredType) model.find(graph("job")).orElseThrow();
    assertEquals(StructuredType.Kind.ENTITY, jobType.kind());
    assertEquals(List.of("size", "owner"), jobType.properties().stream().map(Property::name)
        .toList(), "id is the base's");
    assertEquals(StructuredType.Kind.COMPLEX,
        ((StructuredType) model.find(graph("range")).orElseThrow()).kind());
    StructuredType person = (StructuredType) model.find(graph("person")).orElseThrow();
    assertEquals(true, person.placeholder());
    assertEquals(List.of("entity", "job", "person", "range"), model.types().stream()
        .map(t -> t.name().name()).toList());
    assertEquals(1, LinkFixtures.only(diagnostics, DiagnosticCode.PROPERTY_INHERITED_REPEATED)
        .size());
  }
}

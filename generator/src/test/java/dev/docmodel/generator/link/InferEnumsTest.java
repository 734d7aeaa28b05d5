package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.graph;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 5: "Possible values" lists type String properties as enums. */
class InferEnumsTest {
  private static final String JOB = page("job", "", "", "|state|String|The state. Possible values "
      + "are: `notStarted`, `inProgress`, `completed`.|\n|kind|String|Possible values are: "
      + "`Big Thing`, `small`.|", "{}");

  @Test
  void aConventionalListBecomesAnEnumAndAnUnconventionalOneStaysAString() {
    Diagnostics diagnostics = new Diagnostics();
    Resolution resolution = LinkFixtures.resolution(diagnostics, "job.md", JOB);
    Declared declared = InferEnums.run(resolution, EnumInference.CONVENTIONAL, diagnostics);
    List<Property> properties = declared.properties().get(graph("job"));
    EnumType inferred = declared.inferredEnums().get(0);
    assertEquals(TypeRef.of(inferred.name()), properties.get(0).type());
    assertEquals(List.of("notStarted", "inProgress", "completed"), inferred.members().stream()
        .map(EnumMember::name).toList());
    assertEquals(1, declared.inferredEnums().size(), "'Big Thing' is not a member name");
    assertEquals(1, LinkFixtures.only(diagnostics, DiagnosticCode.ENUM_INFERRED).size());
  }

  @Test
  void offInfersNothing() {
    Diagnostics diagnostics = new Diagnostics();
    Resolution resolution = LinkFixtures.resolution(diagnostics, "job.md", JOB);
    Declared declared = InferEnums.run(resolution, EnumInference.OFF, diagnostics);
    assertEquals(List.of(), declared.inferredEnums());
    assertEquals(List.of(), LinkFixtures.only(diagnostics, DiagnosticCode.ENUM_INFERRED));
  }
}

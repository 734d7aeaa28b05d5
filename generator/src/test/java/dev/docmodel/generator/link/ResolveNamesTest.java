package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.diagnostic;
import static dev.docmodel.generator.link.LinkFixtures.graph;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pass 4: every name resolved; placeholders for what no page defines, and only here. */
class ResolveNamesTest {
  @Test
  void namesResolveByNameOrByTheLinkedPageAndTheRestBecomePlaceholders() {
    Diagnostics diagnostics = new Diagnostics();
    String job = page("job", ",\n  \"baseType\": \"microsoft.graph.job\"", "Inherits from "
        + "[base](base.md).", "|owner|[person](identity.md)||\n|step|step||\n|other|missing||",
        "{}");
    String identity = page("identity", "", "", "|id|String||", "{}");
    String step = page("step", "", "", "|n|Int32||", "{}");
    Resolution resolution = LinkFixtures.resolution(diagnostics, "job.md", job, "identity.md",
        identity, "step.md", step);
    Resolution.ResolvedType resolved = resolution.types().get(graph("job"));
    assertEquals(List.of(TypeRef.of(graph("identity")), TypeRef.of(graph("step")),
        TypeRef.of(graph("missing"))), resolved.properties().stream()
        .map(Resolution.ResolvedProperty::type).toList(),
        "person links to identity.md: the page's type; missing is a placeholder");
    assertEquals(null, resolved.annotationBase(), "the type named as its own base");
    assertEquals(graph("base"), resolved.proseBase());
    assertEquals(Map.of(graph("base"), resolution.placeholders().get(graph("base")),
        graph("missing"), resolution.placeholders().get(graph("missing"))),
        resolution.placeholders());
    assertEquals(List.of(
        diagnostic(DiagnosticCode.TYPE_UNRESOLVED, "job.md", 9, 1, "microsoft.graph.base is "
            + "referenced but no page defines it; generated as an open type"),
        diagnostic(DiagnosticCode.TYPE_UNRESOLVED, "job.md", 17, 2, "microsoft.graph.missing is "
            + "referenced but no page defines it; generated as an open type"),
        diagnostic(DiagnosticCode.BASE_TYPE_CONFLICT, "job.md", 24, 3, "the annotation names "
            + "microsoft.graph.job as its own base but the prose says it inherits from "
            + "microsoft.graph.base; using microsoft.graph.base")),
        LinkFixtures.only(diagnostics, DiagnosticCode.TYPE_UNRESOLVED,
            DiagnosticCode.BASE_TYPE_CONFLICT));
  }
}

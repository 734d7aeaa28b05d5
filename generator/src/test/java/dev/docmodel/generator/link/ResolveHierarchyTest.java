package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.diagnostic;
import static dev.docmodel.generator.link.LinkFixtures.graph;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pass 8: bases and keys from the strongest evidence down. */
class ResolveHierarchyTest {
  private static final String ENTITY = page("entity", ",\n  \"keyProperty\": \"id\"", "",
      "|id|String||", "{}");

  @Test
  void statedListedAndInferredBasesWithTheRootEntityForKeyedTypes() {
    Diagnostics diagnostics = new Diagnostics();
    String animal = page("animal", ",\n  \"baseType\": \"microsoft.graph.entity\"", "This is "
        + "the base type for [dog](dog.md).", "|legs|Int32||", "{}");
    String dog = page("dog", "", "", "|bark|String||", "{}");
    String cat = page("cat", ",\n  \"keyProperty\": \"id\"", "", "|id|String||\n|mew|String||",
        "{}");
    Resolution resolution = LinkFixtures.resolution(diagnostics, "entity.md", ENTITY,
        "animal.md", animal, "dog.md", dog, "cat.md", cat);
    Hierarchy hierarchy = LinkFixtures.hierarchy(resolution, diagnostics);
    Map<QualifiedName, QualifiedName> expected = new HashMap<>();
    expected.put(graph("animal"), graph("entity"));
    expected.put(graph("dog"), graph("animal"));
    expected.put(graph("cat"), graph("entity"));
    assertEquals(expected, hierarchy.bases(), "a type without a base has no entry");
    assertEquals(List.of("id"), hierarchy.keys().get(graph("entity")));
    assertEquals(List.of(), hierarchy.keys().get(graph("cat")), "inherited, not declared again");
    assertEquals(List.of(
        diagnostic(DiagnosticCode.BASE_TYPE_INFERRED, "animal.md", 9, 1, "microsoft.graph.dog "
            + "names no base type but microsoft.graph.animal lists it as a derived type here"),
        diagnostic(DiagnosticCode.BASE_TYPE_INFERRED, "cat.md", 20, 5, "microsoft.graph.cat has "
            + "a key but names no base type; deriving it from the root entity type "
            + "microsoft.graph.entity")),
        LinkFixtures.only(diagnostics, DiagnosticCode.BASE_TYPE_INFERRED));
  }

  @Test
  void aCycleIsCutAtItsFirstTypeInPageOrder() {
    Diagnostics diagnostics = new Diagnostics();
    String a = page("a", "", "Inherits from [b](b.md).", "|x|String||", "{}");
    String b = page("b", "", "Inherits from [c](c.md).", "|y|String||", "{}");
    String c = page("c", "", "Inherits from [a](a.md).", "|z|String||", "{}");
    Hierarchy hierarchy = LinkFixtures.hierarchy(LinkFixtures.resolution(diagnostics, "a.md", a,
        "b.md", b, "c.md", c), diagnostics);
    Map<QualifiedName, QualifiedName> expected = new HashMap<>();
    expected.put(graph("b"), graph("c"));
    expected.put(graph("c"), graph("a"));
    assertEquals(expected, hierarchy.bases(), "a type without a base has no entry");
    assertEquals(List.of(diagnostic(DiagnosticCode.BASE_TYPE_CYCLE, "a.md", 9, 1,
        "microsoft.graph.a inherits from itself through microsoft.graph.a -> microsoft.graph.b "
            + "-> microsoft.graph.c; the cycle is cut here: microsoft.graph.a does not derive "
            + "from microsoft.graph.b")), LinkFixtures.only(diagnostics,
        DiagnosticCode.BASE_TYPE_CYCLE));
  }
}

package dev.docmodel.generator.link.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 3: the binding of each draft. */
class BindOperationsTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final List<Page> pages = OperationFixtures.pages(diagnostics);
  private final ModelIndex index = new ModelIndex(OperationFixtures.types(pages, diagnostics));

  private static QualifiedName graph(String name) {
    return new QualifiedName("microsoft.graph", name);
  }

  private List<String> bind(List<Target> reached, QualifiedName hint) {
    OperationDraft draft = new OperationDraft(pages.get(0), "op", Operation.Kind.ACTION,
        List.of(new Page.RequestLine("POST", "/x/op", pages.get(0).headings().get(0).location())),
        reached, hint, false, List.of());
    return BindOperations.run(List.of(draft), index, diagnostics).stream()
        .map(b -> b.binding().type().name() + (b.binding().collection() ? "[]" : "")).toList();
  }

  @Test
  void theCommonBaseBindsWhenALineReachesIt() {
    assertEquals(List.of("directoryObject"), bind(List.of(new Target(graph("user"), false),
        new Target(graph("directoryObject"), false)), null));
  }

  @Test
  void theCommonBaseBindsWhenThePageNamesIt() {
    assertEquals(List.of("directoryObject"), bind(List.of(new Target(graph("user"), false),
        new Target(graph("group"), false)), graph("directoryObject")));
  }

  @Test
  void otherwiseEachTypeReachedHasItsOwnOperation() {
    assertEquals(List.of("user", "group"), bind(List.of(new Target(graph("user"), false),
        new Target(graph("group"), false)), null));
  }

  @Test
  void theFirstLineDecidesCollectionBinding() {
    assertEquals(List.of("user[]"), bind(List.of(new Target(graph("user"), true),
        new Target(graph("group"), false)), null));
  }

  @Test
  void withoutAPathThePagesTypeBinds() {
    assertEquals(List.of("group"), bind(List.of(), graph("group")));
    assertEquals(List.of(), bind(List.of(), null));
  }
}

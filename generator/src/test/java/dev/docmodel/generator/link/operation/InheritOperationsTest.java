package dev.docmodel.generator.link.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 5: an operation documented for a type and for its base is the base's. */
class InheritOperationsTest {
  @Test
  void aDerivedTypesPageJoinsItsBasesOperation() {
    String onGroup = OperationFixtures.apiPage("group: getMemberGroups",
        List.of("POST /groups/{id}/getMemberGroups"), "Request body",
        "|securityEnabledOnly|Boolean|Only security groups.|", "Returns String collection.",
        null);
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages = OperationFixtures.pages(diagnostics,
        "directoryobject-getmembergroups.md", OperationFixtures.GET_MEMBER_GROUPS,
        "group-getmembergroups.md", onGroup);
    TypeModel model = OperationLinker.link(OperationFixtures.types(pages, diagnostics), pages,
        diagnostics);
    assertEquals(List.of("directoryObject.getMemberGroups ACTION (securityEnabledOnly: "
        + "Edm.Boolean) -> Edm.String[]"),
        model.operations().stream().map(OperationFixtures::describe).toList());
    assertEquals(5, model.operations().get(0).requests().size(), "the group page's line joins");
  }

  @Test
  void siblingsDocumentedAlikeKeepTheirOwnOperations() {
    String onUser = OperationFixtures.apiPage("user: addKey", List.of("POST /users/{id}/addKey"),
        null, null, "Returns `204 No Content`.", null);
    String onGroup = OperationFixtures.apiPage("group: addKey",
        List.of("POST /groups/{id}/addKey"), null, null, "Returns `204 No Content`.", null);
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages = OperationFixtures.pages(diagnostics, "user-addkey.md", onUser,
        "group-addkey.md", onGroup);
    TypeModel model = OperationLinker.link(OperationFixtures.types(pages, diagnostics), pages,
        diagnostics);
    assertEquals(List.of("group.addKey ACTION ()", "user.addKey ACTION ()"),
        model.operations().stream().map(OperationFixtures::describe).toList());
  }
}

package dev.docmodel.generator.link.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.read.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 1 and 2: entry points, and which request lines call an operation. */
class FindOperationsTest {
  private static List<String> found(String... apiPathsAndTexts) {
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages = OperationFixtures.pages(diagnostics, apiPathsAndTexts);
    ModelIndex index = new ModelIndex(OperationFixtures.types(pages, diagnostics));
    PathWalk walk = new PathWalk(index, ResourceRoots.learn(pages, index));
    return FindOperations.run(FindOperations.hints(pages, index), walk).stream()
        .map(d -> d.name() + " " + d.kind() + " reached " + d.reached().stream()
            .map(t -> t.type().name() + (t.collection() ? "[]" : "")).toList()
            + (d.hint() == null ? "" : " hint " + d.hint().name()))
        .toList();
  }

  @Test
  void meIsLearnedFromThePageThatGetsItAndPluralsNameTheirEntities() {
    assertEquals(List.of("getMemberGroups ACTION reached [user, user, group, directoryObject]"
            + " hint directoryObject"),
        found("user-get.md", OperationFixtures.GET_USER,
            "directoryobject-getmembergroups.md", OperationFixtures.GET_MEMBER_GROUPS));
  }

  @Test
  void withoutThePageThatGetsMeTheWalkFromMeIsLost() {
    assertEquals(List.of("getMemberGroups ACTION reached [user, group, directoryObject]"
            + " hint directoryObject"),
        found("directoryobject-getmembergroups.md", OperationFixtures.GET_MEMBER_GROUPS));
  }

  @Test
  void aListOrCreatePageDocumentsANavigationPropertyNotAnOperation() {
    assertEquals(List.of(), found("user-list-directreports.md",
        OperationFixtures.LIST_MANAGERS, "user-get.md", OperationFixtures.GET_USER));
  }

  @Test
  void aPropertyOfTheTypeReachedIsNoOperationEvenWhereThePageNamesIt() {
    String manager = OperationFixtures.apiPage("user: manager",
        List.of("POST /users/{id}/manager"), null, null, "Returns `204 No Content`.", null);
    assertEquals(List.of(), found("user-manager.md", manager));
  }

  @Test
  void aLastSegmentThePageDoesNotNameIsNoOperationUnlessItIsACall() {
    String other = OperationFixtures.apiPage("Do something", List.of("POST /users/{id}/other",
        "GET /users/{id}/range(address='A1')"), null, null, "Returns `204 No Content`.", null);
    assertEquals(List.of("range FUNCTION reached [user] hint user"), found("user-something.md", other));
  }

  @Test
  void aFileWordMayStartTheNameAndASingletonIsNamedAfterItsType() {
    String restore = OperationFixtures.apiPage("Restore a version",
        List.of("POST /user/restoreVersion"), null, null, "Returns `204 No Content`.", null);
    assertEquals(List.of("restoreVersion ACTION reached [user] hint user"),
        found("user-restore.md", restore));
  }

  @Test
  void aListPageThatGetsPrimitivesCallsAFunction() {
    String types = OperationFixtures.apiPage("List available types",
        List.of("GET /users/availableTypes"), null, null, "Returns `200 OK` and a String "
            + "collection in the response body.", "Collection(Edm.String)");
    assertEquals(List.of("availableTypes FUNCTION reached [user[]]"),
        found("user-list-availabletypes.md", types));
  }
}

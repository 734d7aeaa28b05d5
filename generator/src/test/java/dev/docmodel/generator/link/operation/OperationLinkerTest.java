package dev.docmodel.generator.link.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operation passes together, on small pages: every operation and every diagnostic. */
class OperationLinkerTest {
  @Test
  void apiPagesBecomeBoundOperationsWithTypedParametersAndResults() {
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages = OperationFixtures.pages(diagnostics,
        "user-assignlicense.md", OperationFixtures.ASSIGN_LICENSE,
        "directoryobject-getmembergroups.md", OperationFixtures.GET_MEMBER_GROUPS,
        "user-reminderview.md", OperationFixtures.REMINDER_VIEW,
        "user-delta.md", OperationFixtures.DELTA,
        "user-list-directreports.md", OperationFixtures.LIST_MANAGERS,
        "user-get.md", OperationFixtures.GET_USER,
        "user-revokesigninsessions.md", OperationFixtures.REVOKE,
        "group-renew.md", OperationFixtures.UNKNOWN_PARAMETER_TYPE,
        "wander.md", OperationFixtures.NOWHERE);
    TypeModel types = OperationFixtures.types(pages, new Diagnostics());
    TypeModel model = OperationLinker.link(types, pages, diagnostics);
    assertEquals(List.of(
        "directoryObject.getMemberGroups ACTION (securityEnabledOnly: Edm.Boolean)"
            + " -> Edm.String[]",
        "group.renew ACTION (policy: Edm.Untyped)",
        "user.assignLicense ACTION (addLicenses: assignedLicense[], removeLicenses: Edm.Guid[]?)"
            + " -> user",
        "user.reminderView FUNCTION (startDateTime: Edm.String, endDateTime: Edm.String)"
            + " -> reminder[]",
        "user.revokeSignInSessions ACTION ()",
        "user[].delta FUNCTION () -> user[]"),
        model.operations().stream().map(OperationFixtures::describe).toList());
    assertEquals(List.of(
        "api/group-renew.md:22:9: info [OPERATION_TYPE_UNRESOLVED] `renewalPolicy` is no type"
            + " of the model; policy is typed as any JSON value",
        "api/wander.md:15:1: info [OPERATION_UNBOUND] no type is known for what "
            + "`/nowhere/{id}/wander()` calls wander on"),
        diagnostics.sorted().stream().map(Object::toString).toList());
  }
}

package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.diag.Severity;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.read.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contradictions inside the docs never fail a run: each is resolved by a stated rule and reported
 * as a warning where it is. Also today's page conventions (enum pages, security pages). The
 * fixtures are shaped like the 2025/26 pages of {@code graph-docs-current-sample}.
 */
class DocsContradictionsTest {
  private static final String SECURITY = "microsoft.graph.security";

  private static List<Diagnostic> warnings(Fixtures.Linked linked) {
    return linked.diagnostics().sorted().stream()
        .filter(d -> d.severity() != Severity.INFO).toList();
  }

  private static Diagnostic warning(DiagnosticCode code, String page, int line, int column,
      String message) {
    return Diagnostic.of(code, new Location(page, line, column), message);
  }

  private static TypeDefinition type(Fixtures.Linked linked, String namespace, String name) {
    return linked.model().find(new QualifiedName(namespace, name))
        .orElseThrow(() -> new AssertionError(name + " missing; " + linked.diagnosticsText()));
  }

  private static List<String> propertyNames(TypeDefinition type) {
    return ((StructuredType) type).properties().stream().map(Property::name).toList();
  }

  /** A security page of today: "list" for collections, five cells in a three-column table. */
  private static String securityPage(String file, String title, String heading,
      String annotated, String annotationExtra, String inherits, String rows) {
    return "---\ntitle: \"" + title + " resource type\"\ndoc_type: resourcePageType\n---\n\n"
        + "# " + heading + " resource type\n\nNamespace: microsoft.graph.security\n\n"
        + "Represents something reported as evidence.\n\n"
        + (inherits == null ? "" : "Inherits from [" + inherits + "](../resources/security-"
            + inherits.toLowerCase(java.util.Locale.ROOT) + ".md).\n\n")
        + "## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n" + rows + "\n\n"
        + "## Relationships\nNone.\n\n## JSON representation\n<!-- {\n"
        + "  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.security."
        + annotated + "\"" + annotationExtra + "\n}\n-->\n``` json\n{\n  \"@odata.type\": "
        + "\"#microsoft.graph.security." + annotated + "\",\n  \"name\": \"String\",\n}\n```\n"
        + "<!-- " + file + " -->\n";
  }

  @Test
  void aSelfNamedBaseYieldsToTheProse() {
    String page = securityPage("domain", "domainEvidence", "domainEvidence", "domainEvidence",
        ",\n  \"baseType\": \"microsoft.graph.security.domainEvidence\"", "alertEvidence",
        "| name | String |The name.|No|Yes|\n"
            + "| trusted |[microsoft.graph.security.domainEvidence](./security-domainevidence.md)"
            + " list|Trusted domains.|No|Yes|");
    Fixtures.Linked linked = Fixtures.link("security-domainevidence.md", page);
    StructuredType type = (StructuredType) type(linked, SECURITY, "domainEvidence");
    assertEquals(new QualifiedName(SECURITY, "alertEvidence"), type.baseType());
    Property trusted = type.properties().get(1);
    assertEquals(List.of("name", "trusted"), propertyNames(type));
    assertTrue(trusted.collection(), "'… list' is a collection");
    assertEquals(TypeRef.of(new QualifiedName(SECURITY, "domainEvidence")), trusted.type());
    assertEquals(TypeRef.of(Primitive.STRING), type.properties().get(0).type());
    assertEquals("The name.", type.properties().get(0).description(), "five cells, three columns");
    assertEquals(List.of(
        warning(DiagnosticCode.TYPE_UNRESOLVED, "security-domainevidence.md", 12, 1,
            "microsoft.graph.security.alertEvidence is referenced but no page defines it; "
                + "generated as an open type"),
        warning(DiagnosticCode.BASE_TYPE_CONFLICT, "security-domainevidence.md", 27, 3,
            "the annotation names microsoft.graph.security.domainEvidence as its own base but the"
                + " prose says it inherits from microsoft.graph.security.alertEvidence; using "
                + "microsoft.graph.security.alertEvidence")), warnings(linked));
    assertEquals(0, linked.diagnostics().errorCount());
  }

  @Test
  void aCycleAcrossPagesIsCutAtItsFirstPageAndIsAWarning() {
    String a = Fixtures.resourcePage("a", "", "b", "|x|String||", "{}");
    String b = Fixtures.resourcePage("b", "", "a", "|y|String||", "{}");
    Fixtures.Linked linked = Fixtures.link("a.md", a, "b.md", b);
    assertEquals(null, ((StructuredType) type(linked, "microsoft.graph", "a")).baseType());
    assertEquals(new QualifiedName("microsoft.graph", "a"),
        ((StructuredType) type(linked, "microsoft.graph", "b")).baseType());
    assertEquals(List.of(warning(DiagnosticCode.BASE_TYPE_CYCLE, "a.md", 10, 1,
        "microsoft.graph.a inherits from itself through microsoft.graph.a -> microsoft.graph.b; "
            + "the cycle is cut here: microsoft.graph.a does not derive from microsoft.graph.b")),
        warnings(linked));
    assertEquals(0, linked.diagnostics().errorCount());
  }

  @Test
  void aPageCopiedFromAnotherIsNamedAfterItsFileAndTitle() {
    String page = securityPage("event", "resourceAccessEvent", "userAccount", "userAccount", "",
        null, "| accountId | String | The account. |\n| ipAddress | String | The address. |");
    Fixtures.Linked linked = Fixtures.link("security-resourceaccessevent.md", page);
    assertEquals(List.of("accountId", "ipAddress", "name"),
        propertyNames(type(linked, SECURITY, "resourceAccessEvent")));
    assertTrue(linked.model().find(new QualifiedName(SECURITY, "userAccount")).isEmpty());
    assertEquals(List.of(warning(DiagnosticCode.TYPE_NAME_CONFLICT,
        "security-resourceaccessevent.md", 22, 5, "the page names its type userAccount "
            + "(annotation, heading) and resourceAccessEvent (front matter title, file name); "
            + "using microsoft.graph.security.resourceAccessEvent: the file name decides a tie")),
        warnings(linked));
  }

  @Test
  void aNameThatIsAnotherPagesFileBelongsToThatPage() {
    String copy = securityPage("copy", "userAccount", "userAccount", "userAccount", "", null,
        "| accessDateTime | DateTimeOffset | When. |");
    String original = securityPage("original", "userAccount", "userAccount", "userAccount", "",
        null, "| accountName | String | The name. |");
    Fixtures.Linked linked = Fixtures.link("security-accessevent.md", copy,
        "security-useraccount.md", original);
    assertEquals(List.of("accountName", "name"), propertyNames(type(linked, SECURITY,
        "userAccount")));
    assertEquals(List.of("accessDateTime", "name"), propertyNames(type(linked, SECURITY,
        "accessevent")));
    assertEquals(List.of(warning(DiagnosticCode.TYPE_NAME_CONFLICT, "security-accessevent.md", 21,
        5, "the page names its type userAccount (annotation, heading, front matter title) and "
            + "accessevent (file name); using microsoft.graph.security.accessevent: userAccount "
            + "is the name of another page")), warnings(linked));
  }

  @Test
  void aFileNamedFreelyIsNoContradiction() {
    String page = securityPage("x", "userAccount", "userAccount", "userAccount", "", null,
        "| accountName | String | The name. |");
    Fixtures.Linked linked = Fixtures.link("notes/first.md", page);
    assertEquals(List.of("accountName", "name"), propertyNames(type(linked, SECURITY,
        "userAccount")));
    assertEquals(List.of(), warnings(linked), "every name the page writes agrees");
  }

  @Test
  void namesThatAbbreviateOneAnotherAgree() {
    String chart = Fixtures.resourcePage("workbookChart", "", null, "|name|String||", "{}")
        .replace("workbookChart resource type", "chart resource type");
    String flow = Fixtures.resourcePage("userFlow", "", null, "|id|String||", "{}");
    String tip = Fixtures.resourcePage("policyViolationTip", "", null, "|text|String||", "{}")
        .replace("# policyViolationTip", "# policyTip");
    String typo = Fixtures.resourcePage("relatedContact", "", null, "|id|String||", "{}")
        .replace("# relatedContact", "# realtedContact");
    Fixtures.Linked linked = Fixtures.link("chart.md", chart, "identityuserflow.md", flow,
        "policyviolationtip.md", tip, "relatedcontact.md", typo);
    for (String name : List.of("workbookChart", "userFlow", "policyViolationTip",
        "relatedContact")) {
      type(linked, "microsoft.graph", name);
    }
    assertEquals(List.of(), warnings(linked));
  }

  @Test
  void anEnumAndAStructuredTypeOfOneNameKeepTheStructuredType() {
    String thing = Fixtures.resourcePage("status", "", null, "|code|String||", "{}");
    String enums = "# Enum values\n\nNamespace: microsoft.graph\n\n### status values\n\n"
        + "| Member |\n|:--|\n| on |\n| off |\n";
    Fixtures.Linked linked = Fixtures.link("status.md", thing, "enums.md", enums);
    assertEquals(List.of("code"), propertyNames(type(linked, "microsoft.graph", "status")));
    assertEquals(List.of(warning(DiagnosticCode.TYPE_KIND_CONFLICT, "enums.md", 7, 1,
        "microsoft.graph.status is an enum here but a structured type at status.md:18:5; the "
            + "structured type its resource page defines is kept, these 2 members are not "
            + "generated")), warnings(linked));
  }

  @Test
  void aPageThatCannotBeReadIsSkippedWithAWarning(@TempDir Path dir) {
    Diagnostics diagnostics = new Diagnostics();
    Page page = Generator.readPage(new DocsSource.PageFile("gone.md", dir.resolve("gone.md")),
        diagnostics);
    assertEquals(List.of(), page.tables());
    assertEquals(List.of(warning(DiagnosticCode.PAGE_UNREADABLE, "gone.md", 1, 1,
        "NoSuchFileException: " + dir.resolve("gone.md"))), diagnostics.sorted());
  }

  /** Today's enum pages: one Member column, rows without closing pipes, an evolvable note. */
  @Test
  void todaysEnumPagesYieldEveryEnumWithEveryMember() {
    String enums = "---\ntitle: \"Security enum values\"\ndoc_type: enumPageType\n---\n\n"
        + "# Security enum values\n\nNamespace: microsoft.graph.security\n\n"
        + "### detectionStatus values\n\n| Member\n|:--------------\n| detected\n| blocked\n"
        + "| unknownFutureValue\n\n### queryType values\n\n| Member             |\n"
        + "| :----------------- |\n| files              |\n| messages           |\n\n"
        + "<!--\n{\n  \"type\": \"#page.annotation\",\n  \"namespace\": "
        + "\"microsoft.graph.security\"\n}\n-->\n";
    String single = "---\ntitle: \"processingStatus enum type\"\ndoc_type: enumPageType\n---\n\n"
        + "# processingStatus enum type\n\nNamespace: microsoft.graph.identityGovernance\n\n"
        + "Describes the status.\n\n## processingStatus values\n\nThe following table lists the "
        + "members of an [evolvable enumeration](/graph/best-practices-concept#handling-future-"
        + "members-in-evolvable-enumerations). You must use the `Prefer: include-unknown-enum-"
        + "members` request header to get the following values in this evolvable enum: "
        + "`canceling`.\n\n|Member|\n|:---|\n|queued|\n|unknownFutureValue|\n|canceling|\n";
    String user = securityPage("alert", "alert", "alert", "alert", "", null,
        "| detection | detectionStatus | How. |\n| kind | [queryType](security-enums.md#querytype-"
            + "values) | What. |");
    Fixtures.Linked linked = Fixtures.link("security-enums.md", enums,
        "identitygovernance-processingstatus.md", single, "security-alert.md", user);
    assertEquals(List.of("detected", "blocked", "unknownFutureValue"),
        members(type(linked, SECURITY, "detectionStatus")));
    assertEquals(List.of("files", "messages"), members(type(linked, SECURITY, "queryType")));
    assertEquals(List.of("queued", "unknownFutureValue", "canceling"), members(type(linked,
        "microsoft.graph.identityGovernance", "processingStatus")));
    StructuredType alert = (StructuredType) type(linked, SECURITY, "alert");
    assertEquals(TypeRef.of(new QualifiedName(SECURITY, "detectionStatus")),
        alert.properties().get(0).type());
    assertEquals(TypeRef.of(new QualifiedName(SECURITY, "queryType")),
        alert.properties().get(1).type());
    assertEquals(List.of(), warnings(linked));
  }

  private static List<String> members(TypeDefinition type) {
    return ((EnumType) type).members().stream().map(EnumMember::name).toList();
  }
}

package dev.docmodel.generator;

import static dev.docmodel.generator.ReadAndLinkTest.ENTITY;
import static dev.docmodel.generator.ReadAndLinkTest.structured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a type's base and key are found when its page does not simply say "Inherits from". */
class BaseTypeRulesTest {
  private static final QualifiedName ENTITY_NAME = new QualifiedName("microsoft.graph", "entity");
  /** Something derives from entity explicitly, so entity is the root entity type. */
  private static final String USER = Fixtures.resourcePage("user", "", "entity",
      "|mail|String|Mail.|", "{}");

  private static String page(String name, String intro, String annotationExtra, String table) {
    return "# " + name + " resource type\n\nNamespace: microsoft.graph\n\n" + intro + "\n\n"
        + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n" + table + "\n\n"
        + "## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n"
        + "  \"@odata.type\": \"microsoft.graph." + name + "\"" + annotationExtra + "\n}-->\n"
        + "```json\n{}\n```\n";
  }

  private static QualifiedName name(String simple) {
    return new QualifiedName("microsoft.graph", simple);
  }

  @Test
  void inheritsFromInsideASentenceOfTheIntroduction() {
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "app.md",
        page("application", "Represents an app. Inherits from [entity](entity.md).", "",
            "|name|String|Name.|"),
        "sub.md", page("excelResource", "A subclass of [application](app.md). Holds a file.", "",
            "|fileUrl|String|Url.|"));
    assertEquals(ENTITY_NAME, structured(linked, "application").baseType());
    assertEquals(name("application"), structured(linked, "excelResource").baseType());
  }

  @Test
  void unlinkedPhrasesInSentencesAreNotBases() {
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "code.md",
        page("language", "The code is derived from the ISO standard.", "", "|code|String|Code.|"));
    assertNull(structured(linked, "language").baseType());
  }

  @Test
  void theMoreSpecificOfAnnotationAndProseWins() {
    String directoryObject = Fixtures.resourcePage("directoryObject", "", "entity",
        "|deletedDateTime|DateTimeOffset|When.|", "{}");
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "do.md", directoryObject,
        "contact.md", page("orgContact", "Inherits from [directoryObject](do.md).",
            ",\n  \"baseType\": \"microsoft.graph.entity\"", "|mail|String|Mail.|"));
    assertEquals(name("directoryObject"), structured(linked, "orgContact").baseType());
    assertEquals(List.of("contact.md:5:1: note [BASE_TYPE_CONFLICT] microsoft.graph.orgContact "
        + "derives from microsoft.graph.directoryObject here but from microsoft.graph.entity "
        + "elsewhere on its page; using the more specific microsoft.graph.directoryObject"),
        linked.lines());
  }

  @Test
  void anExplicitNullBaseTypeIsRespected() {
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "controls.md",
        page("sessionControls", "All the session controls inherit from [entity](entity.md).",
            ",\n  \"baseType\": null", "|mode|String|Mode.|"));
    assertNull(structured(linked, "sessionControls").baseType());
  }

  @Test
  void derivedTypesListedByTheBasePage() {
    String outcome = page("educationOutcome", "A base class; the derived types are "
        + "[educationPointsOutcome](points.md) and [educationRubricOutcome](rubric.md).", "",
        "|lastModifiedBy|String|Who.|");
    String meeting = "# meetingInfo resource type\n\nNamespace: microsoft.graph\n\n"
        + "An abstract class.\n\n## Derived types\n\n| Type | Description |\n|:--|:--|\n"
        + "| [tokenMeetingInfo](token.md) | By token. |\n\n## JSON representation\n\n"
        + "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.meetingInfo\" } -->\n"
        + "```json\n{}\n```\n";
    String attachment = page("attachment", "**attachment** is the base resource for the following "
        + "derived types of attachments:\n\n* A file ([fileAttachment](file.md) resource)\n", "",
        "|name|String|Name.|");
    Fixtures.Linked linked = Fixtures.link("outcome.md", outcome,
        "points.md", page("educationPointsOutcome", "Points.", "", "|points|Single|P.|"),
        "rubric.md", page("educationRubricOutcome", "Rubric.", "", "|rubric|String|R.|"),
        "meeting.md", meeting, "token.md", page("tokenMeetingInfo", "Token.", "", "|t|String|T.|"),
        "attachment.md", attachment, "file.md", page("fileAttachment", "File.", "",
            "|size|Int32|S.|"));
    assertEquals(name("educationOutcome"), structured(linked, "educationPointsOutcome").baseType());
    assertEquals(name("educationOutcome"), structured(linked, "educationRubricOutcome").baseType());
    assertEquals(name("meetingInfo"), structured(linked, "tokenMeetingInfo").baseType());
    assertEquals(name("attachment"), structured(linked, "fileAttachment").baseType());
  }

  @Test
  void aBaseClassForSomethingElseIsNotAList() {
    String action = page("applyAction", "Represents a base class for apply actions in the "
        + "[scheduleSettings](settings.md) of a definition.", "", "|kind|String|K.|");
    Fixtures.Linked linked = Fixtures.link("action.md", action,
        "settings.md", page("scheduleSettings", "Settings.", "", "|days|Int32|D.|"));
    assertNull(structured(linked, "scheduleSettings").baseType());
  }

  @Test
  void propertiesInheritedFromANamedTypeGiveTheMostDerivedBase() {
    String identity = page("identity", "An identity.", "", "|displayName|String|Name.|");
    String teamworkIdentity = page("teamworkIdentity", "A Teams identity.", "",
        "|displayName|String|Inherited from [identity](identity.md).|\n"
            + "|kind|String|Kind.|");
    String userIdentity = page("teamworkUserIdentity", "A user.", "",
        "|displayName|String|Inherited from [identity](identity.md).|\n"
            + "|kind|String|Inherited from [teamworkIdentity](tw.md).|\n|userType|String|T.|");
    Fixtures.Linked linked = Fixtures.link("identity.md", identity, "tw.md", teamworkIdentity,
        "twu.md", userIdentity);
    assertEquals(name("identity"), structured(linked, "teamworkIdentity").baseType());
    assertEquals(name("teamworkIdentity"), structured(linked, "teamworkUserIdentity").baseType());
    assertEquals(List.of("userType"), structured(linked, "teamworkUserIdentity").properties()
        .stream().map(p -> p.name()).toList(), "inherited rows are not declared again");
  }

  @Test
  void keyedTypesWithoutABaseDeriveFromTheRootEntityType() {
    String keyed = page("printJob", "A print job.", ",\n  \"keyProperty\": \"id\"",
        "|id|String|Id.|\n|state|String|State.|");
    String methods = "# presence resource type\n\nNamespace: microsoft.graph\n\nPresence.\n\n"
        + "## Methods\n\n| Method | Return type | Description |\n|:--|:--|:--|\n"
        + "| [Get presence](../api/presence-get.md) | [presence](presence.md) | Get it. |\n\n"
        + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n"
        + "|id|String|Id.|\n|activity|String|What.|\n\n## JSON representation\n\n"
        + "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.presence\" } -->\n"
        + "```json\n{}\n```\n";
    String complexWithId = page("itemReference", "A reference.", "", "|id|String|Id.|");
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "user.md", USER,
        "job.md", keyed, "presence.md", methods, "ref.md", complexWithId);
    StructuredType job = structured(linked, "printJob");
    assertEquals(ENTITY_NAME, job.baseType());
    assertTrue(job.entity() && job.key().isEmpty(), "the key is inherited, not redeclared");
    assertEquals(List.of("state"), job.properties().stream().map(p -> p.name()).toList());
    StructuredType presence = structured(linked, "presence");
    assertEquals(ENTITY_NAME, presence.baseType(), "API operations and an id make an entity");
    StructuredType reference = structured(linked, "itemReference");
    assertNull(reference.baseType(), "an id alone does not make an entity");
    assertFalse(reference.entity());
    assertEquals(List.of(
        "job.md:11:2: info [PROPERTY_INHERITED_REPEATED] id is inherited by "
            + "microsoft.graph.printJob; not declared again",
        "job.md:16:5: info [BASE_TYPE_INFERRED] microsoft.graph.printJob has a key but names no "
            + "base type; deriving it from the root entity type microsoft.graph.entity",
        "presence.md:17:2: info [PROPERTY_INHERITED_REPEATED] id is inherited by "
            + "microsoft.graph.presence; not declared again",
        "presence.md:22:5: info [BASE_TYPE_INFERRED] microsoft.graph.presence has a key but names "
            + "no base type; deriving it from the root entity type microsoft.graph.entity"),
        linked.lines());
  }

  @Test
  void propertySubsectionsOfAStringValueAreNotProperties() {
    String policy = page("tokenPolicy", "A policy.", "", "|definition|String collection|JSON.|")
        .replace("## JSON representation", "### Properties of a token policy definition\n\n"
            + "| Property | Type | Description |\n|:--|:--|:--|\n|Version|Int32|V.|\n\n"
            + "### Instance attributes\n\n| Property name | Type | Description |\n|:--|:--|:--|\n"
            + "|@microsoft.graph.mode|string|M.|\n\n## JSON representation");
    Fixtures.Linked linked = Fixtures.link("policy.md", policy);
    assertEquals(List.of("definition"), structured(linked, "tokenPolicy").properties().stream()
        .map(p -> p.name()).toList());
  }

  @Test
  void sampleKeysThatAreDataAreNotProperties() {
    String assignments = page("plannerAssignments", "Open.", ",\n  \"openType\": true", "")
        .replace("```json\n{}\n```", "```json\n{ \"4e98f8f1-bb03\": {}, \"note\": \"x\" }\n```");
    String tokens = page("feedbackTokenSet", "Tokens.", "", "")
        .replace("```json\n{}\n```", "```json\n{ \"Echo\": true, \"noise\": 1 }\n```");
    Fixtures.Linked linked = Fixtures.link("a.md", assignments, "t.md", tokens);
    assertTrue(structured(linked, "plannerAssignments").properties().isEmpty(),
        "an open type's sample shows dynamic members");
    assertEquals(List.of("noise"), structured(linked, "feedbackTokenSet").properties().stream()
        .map(p -> p.name()).toList(), "Graph property names are camelCase");
  }

  /** A page with a Methods table of the given rows above its Properties table. */
  private static String withMethods(String page, String... rows) {
    return page.replace("## Properties", "## Methods\n\n| Method | Return type | Description |\n"
        + "|:--|:--|:--|\n" + String.join("\n", rows) + "\n\n## Properties");
  }

  @Test
  void theTargetOfARelationshipIsAnEntity() {
    String agreement = page("agreement", "Inherits from [entity](entity.md).", "",
        "|file|[agreementFileData](data.md)|The file.|")
        .replace("## JSON representation", "## Relationships\n\n| Relationship | Type | "
            + "Description |\n|:--|:--|:--|\n|acceptances|[agreementAcceptance](acc.md) "
            + "collection|Who accepted.|\n\n## JSON representation");
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "agreement.md", agreement,
        "acc.md", page("agreementAcceptance", "An acceptance.", "", "|id|String|Id.|\n"
            + "|userId|String|Who.|"),
        "data.md", page("agreementFileData", "File data.", "", "|id|String|Id.|\n"
            + "|data|Binary|Bytes.|"));
    StructuredType acceptance = structured(linked, "agreementAcceptance");
    assertEquals(ENTITY_NAME, acceptance.baseType(), "navigation properties lead to entities");
    assertTrue(acceptance.entity());
    assertEquals(List.of("userId"), acceptance.properties().stream().map(p -> p.name()).toList());
    StructuredType data = structured(linked, "agreementFileData");
    assertNull(data.baseType(), "a structural property's type stays complex");
    assertFalse(data.entity());
  }

  @Test
  void listAndCreateOperationsReturnEntitiesFunctionsNeedNot() {
    String principal = withMethods(page("servicePrincipal", "Inherits from [entity](entity.md).",
            "", "|appId|String|App.|"),
        "| [List classifications](../api/serviceprincipal-list-delegatedpermissionclassifications"
            + ".md) | [delegatedPermissionClassification](dpc.md) collection | List. |",
        "| [Add classification](../api/serviceprincipal-post-delegatedpermissionclassifications.md)"
            + " | [delegatedPermissionClassification](dpc.md) | Add. |",
        "| [addPassword](../api/serviceprincipal-addpassword.md) | [passwordCredential](pc.md) |"
            + " Add a password. |");
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "sp.md", principal,
        "dpc.md", page("delegatedPermissionClassification", "A classification.", "",
            "|id|String|Id.|\n|classification|String|Level.|"),
        "pc.md", page("passwordCredential", "A password.", "", "|id|String|Id.|\n"
            + "|secretText|String|Secret.|"));
    StructuredType classification = structured(linked, "delegatedPermissionClassification");
    assertEquals(ENTITY_NAME, classification.baseType());
    assertTrue(classification.entity());
    assertNull(structured(linked, "passwordCredential").baseType(),
        "an action's result may be a complex value");
  }

  @Test
  void anotherResourcesFunctionDoesNotMakeATypeAddressable() {
    String notebook = withMethods(page("recentNotebook", "A recently opened notebook.", "",
            "|id|String|Id.|\n|displayName|String|Name.|"),
        "| [getRecentNotebooks](../api/notebook-getrecentnotebooks.md) | [recentNotebook]"
            + "(recentnotebook.md) collection | Recent ones. |");
    String print = withMethods(page("print", "The print service.", "", "|id|String|Id.|\n"
            + "|settings|String|Settings.|"),
        "| [Update settings](../api/print-update-settings.md) | String | Update. |");
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "user.md", USER,
        "recentnotebook.md", notebook, "print.md", print);
    assertNull(structured(linked, "recentNotebook").baseType(),
        "notebook's function returns it; no operation acts on it");
    assertEquals(ENTITY_NAME, structured(linked, "print").baseType(),
        "print-*.md pages act on print itself");
  }

  @Test
  void aKeyNoPropertyShowsIsATemplateLeftInPlace() {
    String keyed = ",\n  \"keyProperty\": \"id\"";
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "user.md", USER,
        "grant.md", page("implicitGrantSettings", "Settings.", keyed,
            "|enableIdTokenIssuance|Boolean|Whether.|"),
        "inherited.md", page("shift", "Inherits from [entity](entity.md).", keyed,
            "|userId|String|Who.|"),
        "addressable.md", withMethods(page("educationRubric", "A rubric.", keyed,
            "|displayName|String|Name.|"),
            "| [Get rubric](../api/educationrubric-get.md) | [educationRubric](addressable.md) "
                + "| Get. |"));
    StructuredType settings = structured(linked, "implicitGrantSettings");
    assertFalse(settings.entity(), "no id anywhere and nothing else says entity");
    assertNull(settings.baseType());
    assertEquals(List.of(
        "addressable.md:21:5: info [BASE_TYPE_INFERRED] microsoft.graph.educationRubric has a key "
            + "but names no base type; deriving it from the root entity type "
            + "microsoft.graph.entity",
        "grant.md:15:5: note [KEY_PROPERTY_UNSHOWN] microsoft.graph.implicitGrantSettings "
            + "declares the key id but no property of that name is shown for it or its base types,"
            + " and nothing else makes it an entity; treating it as a complex type"),
        linked.lines());
    assertTrue(structured(linked, "shift").entity(), "the base shows the key");
    StructuredType rubric = structured(linked, "educationRubric");
    assertTrue(rubric.entity(), "operations of its own make it an entity");
    assertEquals(ENTITY_NAME, rubric.baseType());
  }
}

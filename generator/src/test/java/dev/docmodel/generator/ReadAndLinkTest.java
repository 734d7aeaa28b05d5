package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAndLinkTest {
  static final String ENTITY = Fixtures.resourcePage("entity", ",\n  \"keyProperty\": \"id\"", null,
      "|id|String|Read-only.|", "{ \"id\": \"String (identifier)\" }");

  static StructuredType structured(Fixtures.Linked linked, String name) {
    return (StructuredType) linked.model().find(new QualifiedName("microsoft.graph", name))
        .orElseThrow(() -> new AssertionError(name + " missing; " + linked.diagnosticsText()));
  }

  static Property property(StructuredType type, String name) {
    return type.properties().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " missing in " + type.properties()));
  }

  @Test
  void readerFindsTheElementsWithLocations() {
    Diagnostics diagnostics = new Diagnostics();
    Page page = PageReader.read("job.md", Fixtures.resourcePage("job", ",\n  \"baseType\": "
        + "\"microsoft.graph.entity\"", "entity", "|templateId|String|The template.|",
        "{\n  \"templateId\": \"String\", // a comment\n}"), diagnostics);
    assertEquals("microsoft.graph", page.namespace().value());
    assertEquals(new Location("job.md", 8, 1), page.namespace().location());
    assertEquals("entity", page.inheritsFrom().typeName());
    assertEquals(1, page.resources().size());
    assertEquals("microsoft.graph.entity",
        page.resources().get(0).annotation().root().get("baseType").asText());
    assertTrue(page.resources().get(0).sample().root().has("templateId"),
        "comments and trailing commas are accepted");
    Page.Row row = page.tables().get(0).rows().get(0);
    assertEquals(16, row.location().line());
    assertEquals("The job.", page.frontMatter().get("description"));
    assertEquals(List.of(), diagnostics.sorted());
  }

  @Test
  void tableTypesSampleGapsAndNestedTypesAreMerged() {
    String job = Fixtures.resourcePage("job", ",\n  \"baseType\": \"microsoft.graph.entity\"",
        "entity",
        "|id|String|Inherited from entity.|\n|interval|Duration|x|\n|tags|String collection|x|\n"
            + "|status|[jobStatus](jobstatus.md)|x|\n|settings|[keyValue](kv.md) collection|x|",
        "{\n \"id\": \"String\",\n \"interval\": \"String (timestamp)\",\n \"extra\": true,\n"
            + " \"status\": {\"@odata.type\": \"microsoft.graph.jobStatus\", \"count\": 1024,"
            + " \"began\": \"String (timestamp)\"}\n}");
    Fixtures.Linked linked = Fixtures.link("entity.md", ENTITY, "job.md", job);
    StructuredType type = structured(linked, "job");
    assertEquals("microsoft.graph.entity", type.baseType().toString());
    assertTrue(type.entity(), "a key inherited from entity makes an entity type");
    assertFalse(type.properties().stream().anyMatch(p -> p.name().equals("id")),
        "an inherited property repeated on the page is not declared twice");
    assertEquals(TypeRef.of(Primitive.DURATION), property(type, "interval").type(),
        "the table wins over the sample's placeholder");
    Property tags = property(type, "tags");
    assertTrue(tags.collection());
    assertEquals(TypeRef.of(Primitive.BOOLEAN), property(type, "extra").type(),
        "a property only in the sample fills a gap");
    assertTrue(property(type, "settings").collection());
    StructuredType status = structured(linked, "jobStatus");
    assertEquals(TypeRef.of(Primitive.DATE_TIME_OFFSET), property(status, "began").type(),
        "a nested object with its own @odata.type defines that type");
    StructuredType keyValue = structured(linked, "keyValue");
    assertTrue(keyValue.placeholder() && keyValue.open(), "undefined types become open placeholders");
    assertEquals(List.of(
        "job.md:16:2: info [PROPERTY_INHERITED_REPEATED] id is inherited by microsoft.graph.job; "
            + "not declared again",
        "job.md:20:2: note [TYPE_UNRESOLVED] microsoft.graph.keyValue is referenced but no "
            + "page defines it; generated as an open type",
        "job.md:32:2: note [PROPERTY_TYPE_CONFLICT] interval is Edm.Duration in the table but "
            + "the JSON shows Edm.DateTimeOffset; using the table",
        "job.md:33:2: info [PROPERTY_ONLY_IN_SAMPLE] extra of microsoft.graph.job appears only in "
            + "the JSON representation",
        "job.md:34:57: info [PROPERTY_ONLY_IN_SAMPLE] count of microsoft.graph.jobStatus appears "
            + "only in the JSON representation",
        "job.md:34:72: info [PROPERTY_ONLY_IN_SAMPLE] began of microsoft.graph.jobStatus appears "
            + "only in the JSON representation"), linked.lines());
  }

  @Test
  void camelCasePossibleValuesBecomeAnInferredEnumPascalCaseStayStrings() {
    String status = Fixtures.resourcePage("jobStatus", "", null,
        "|state|String|State. Possible values are: `notRun`, `active`, `unknownFutureValue`.|\n"
            + "|code|String|Status. Possible values are: `NotRun`, `Active`, `Paused`.|\n"
            + "|kind|String (enum)|Kind. Possible values are: `Big`, `Small`.|", "{}");
    Fixtures.Linked linked = Fixtures.link("status.md", status);
    StructuredType type = structured(linked, "jobStatus");
    assertEquals(TypeRef.of(new QualifiedName("microsoft.graph", "jobStatusState")),
        property(type, "state").type());
    assertEquals(TypeRef.of(Primitive.STRING), property(type, "code").type(),
        "PascalCase lists are mostly plain strings on the service");
    assertEquals(TypeRef.of(new QualifiedName("microsoft.graph", "jobStatusKind")),
        property(type, "kind").type(), "the Type cell says enum");
  }

  @Test
  void possibleValuesMatchingADocumentedEnumUseIt() {
    String enums = "# Enum values\n\nNamespace: microsoft.graph\n\n### mediaDirection values\n\n"
        + "|Member|\n|:--|\n|inactive|\n|sendOnly|\n|unknownFutureValue|\n\n"
        + "### transferMode values\n\n|Member|\n|:--|\n|inactive|\n|sendOnly|\n";
    String stream = Fixtures.resourcePage("mediaStream", "", null,
        "|direction|String|Possible values are: `inactive`, `sendOnly`.|", "{}");
    Fixtures.Linked linked = Fixtures.link("enums.md", enums, "stream.md", stream);
    assertEquals(TypeRef.of(new QualifiedName("microsoft.graph", "mediaDirection")),
        property(structured(linked, "mediaStream"), "direction").type(),
        "two enums list these members; the one named after the property's head noun wins");
  }

  @Test
  void alwaysPolicyInfersFromAnyList() {
    String status = Fixtures.resourcePage("jobStatus", "", null,
        "|code|String|Status. Possible values are: `NotRun`, `Active`, `Paused`.|", "{}");
    Fixtures.Linked linked = Fixtures.link(
        new Linker.Options("microsoft.graph", EnumInference.ALWAYS), "status.md", status);
    Property code = property(structured(linked, "jobStatus"), "code");
    QualifiedName enumName = new QualifiedName("microsoft.graph", "jobStatusCode");
    assertEquals(TypeRef.of(enumName), code.type());
    EnumType type = (EnumType) linked.model().find(enumName).orElseThrow();
    assertEquals(List.of("NotRun", "Active", "Paused"),
        type.members().stream().map(m -> m.name()).toList());
    assertTrue(type.inferred());
  }

  @Test
  void enumSectionsAndEnumPagesDefineEnums() {
    String enums = "# Enums\n\nNamespace: microsoft.graph\n\n### riskLevel values\n\n"
        + "| Member | Description |\n|:--|:--|\n| low | Low. |\n| high | High. |\n| low | again |\n";
    String page = "# colorName enum type\n\nNamespace: microsoft.graph.things\n\n## Members\n\n"
        + "| Member | Value | Description |\n|:--|:--|:--|\n| red | 1 | Red. |\n| blue | 4 | |\n";
    Fixtures.Linked linked = Fixtures.link("enums.md", enums, "color.md", page);
    EnumType risk = (EnumType) linked.model().find(new QualifiedName("microsoft.graph", "riskLevel"))
        .orElseThrow();
    assertEquals(2, risk.members().size());
    assertEquals(List.of("enums.md:11:1: note [ENUM_MEMBER_DUPLICATE] member low of "
        + "microsoft.graph.riskLevel is listed twice"), linked.lines());
    EnumType color = (EnumType) linked.model()
        .find(new QualifiedName("microsoft.graph.things", "colorName")).orElseThrow();
    assertEquals(4L, color.members().get(1).value());
  }

  @Test
  void baseTypeConflictsAndCyclesAreReported() {
    String a = Fixtures.resourcePage("a", ",\n  \"baseType\": \"microsoft.graph.b\"", "c",
        "|x|String||", "{}");
    String b = Fixtures.resourcePage("b", ",\n  \"baseType\": \"microsoft.graph.a\"", null,
        "|y|String||", "{}");
    String c = Fixtures.resourcePage("c", "", null, "|z|String||", "{}");
    Fixtures.Linked linked = Fixtures.link("a.md", a, "b.md", b, "c.md", c);
    // The cycle a -> b -> a is cut at a, which then takes its prose's base c.
    assertEquals(List.of(
        "a.md:10:1: note [BASE_TYPE_CONFLICT] microsoft.graph.a derives from microsoft.graph.c"
            + " here but from nothing elsewhere on its page; using microsoft.graph.c",
        "a.md:10:1: note [BASE_TYPE_CYCLE] microsoft.graph.a inherits from itself through "
            + "microsoft.graph.a -> microsoft.graph.b; the cycle is cut here: microsoft.graph.a "
            + "does not derive from microsoft.graph.b"), linked.lines());
    assertEquals(new QualifiedName("microsoft.graph", "c"), structured(linked, "a").baseType());
    assertEquals(0, linked.diagnostics().errorCount(), "a contradiction of the docs is a warning");
  }

  @Test
  void brokenBlocksAreDiagnosticsNotFailures() {
    String broken = "# x resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n"
        + "| Property | Type | Description |\n|:--|:--|:--|\n|a|Int64|x|\n|b||x|\n\n"
        + "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n"
        + "```json\n{ \"a\": 1024, \n```\n";
    Fixtures.Linked linked = Fixtures.link("x.md", broken);
    StructuredType x = structured(linked, "x");
    assertEquals(TypeRef.of(Primitive.INT64), property(x, "a").type());
    assertEquals(List.of(
        "x.md:10:1: note [TABLE_ROW_MALFORMED] row without a property name or type",
        "x.md:15:1: note [JSON_BLOCK_INVALID] JSON representation is not valid JSON: "
            + "Unexpected end-of-input within/between Object entries"), linked.lines());
    assertNull(x.baseType());
    assertEquals(dev.docmodel.generator.diag.Severity.NOTE,
        DiagnosticCode.JSON_BLOCK_INVALID.severity(), "a broken block is the docs' business");
  }

  @Test
  void collectionAnnotationsDefineNoType() {
    String page = Fixtures.resourcePage("thing", "", null, "|a|String||", "{}")
        + "\n<!-- { \"blockType\": \"resource\", \"@odata.type\": "
        + "\"Collection(microsoft.graph.thing)\" } -->\n```json\n[]\n```\n";
    Fixtures.Linked linked = Fixtures.link("thing.md", page);
    assertEquals(List.of("microsoft.graph.thing"),
        linked.model().types().stream().map(t -> t.name().toString()).toList());
  }

  @Test
  void packagesFollowTheNamespaceWithMostTypes() {
    String a = Fixtures.resourcePage("a", "", null, "|x|String||", "{}");
    String b = Fixtures.resourcePage("b", "", null, "|x|String||", "{}");
    String c = Fixtures.resourcePage("c", "", null, "|x|String||", "{}")
        .replace("Namespace: microsoft.graph", "Namespace: microsoft.graph.callRecords")
        .replace("microsoft.graph.c\"", "microsoft.graph.callRecords.c\"");
    String d = Fixtures.resourcePage("d", "", null, "|x|String||", "{}")
        .replace("Namespace: microsoft.graph", "Namespace: odata")
        .replace("microsoft.graph.d\"", "odata.d\"");
    Fixtures.Linked linked = Fixtures.link("a.md", a, "b.md", b, "c.md", c, "d.md", d);
    dev.docmodel.generator.emit.NamingPlan plan =
        new dev.docmodel.generator.emit.NamingPlan(linked.model(), "com.acme",
            dev.docmodel.generator.api.NamePins.NONE);
    assertEquals("com.acme.A", plan.modelClass(new QualifiedName("microsoft.graph", "a")).toString());
    assertEquals("com.acme.callrecords.C",
        plan.modelClass(new QualifiedName("microsoft.graph.callRecords", "c")).toString());
    assertEquals("com.acme.odata.D", plan.modelClass(new QualifiedName("odata", "d")).toString());
  }
}

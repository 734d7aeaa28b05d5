package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.check.CompiledModel;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.write.SourceWriter;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixture corpus of hostile pages: Java keywords and java.lang names as type, property and
 * member names, names no identifier can hold, names that differ only by case, text built to break
 * out of comments and literals, and names that look like paths. Everything must compile, keep its
 * wire names, carry the text inertly, and stay inside the output directory.
 */
class HostilePagesTest {
  /** Closes the javadoc and tries to run code at class initialisation. */
  static final String INJECTION = "Ends here */ static { if (true) throw new Error(\"injected\"); }"
      + " /* and \\u002a/ static { if (true) throw new Error(\"unicode\"); } /* "
      + "{@code x} <script>alert(1)</script> \"quoted\" back\\slash \\u000a @Deprecated";

  static final List<String> TYPE_NAMES = List.of("record", "var", "yield", "sealed", "permits",
      "_", "Object", "String", "Class", "Record", "Enum", "Error", "Exception", "Thread", "Process",
      "System", "Module", "Override", "café", "termStore", "termstore", "TermStore");

  /** Not OData identifiers: a service cannot have such types, so they never reach the model. */
  static final List<String> MALFORMED_NAMES = List.of("2fa", "my-type", "at@type", "dollar$type");

  @TempDir
  static Path docs;
  static Generator.Result result;

  private static String page(String namespace, String type, String description, String rows) {
    return "# " + type + " resource type\n\nNamespace: " + namespace + "\n\n" + description
        + "\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n" + rows
        + "\n\n## JSON representation\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \""
        + namespace + "." + type + "\" } -->\n```json\n{}\n```\n";
  }

  @BeforeAll
  static void generate() throws IOException {
    int i = 0;
    for (String type : TYPE_NAMES) {
      Files.writeString(docs.resolve("t" + i++ + ".md"), page("microsoft.graph", type, INJECTION,
          "|value|String|" + INJECTION.replace("|", "\\|") + "|"));
    }
    for (String type : MALFORMED_NAMES) {
      Files.writeString(docs.resolve("m" + i++ + ".md"), page("microsoft.graph", type, INJECTION,
          "|value|String|v|"));
    }
    Files.writeString(docs.resolve("collider.md"), page("microsoft.graph", "collider", INJECTION,
        String.join("\n", "|class|String|c|", "|hashCode|Int32|h|", "|equals|Boolean|e|",
            "|toString|String|t|", "|builder|String|b|", "|additionalData|String|a|",
            "|oDataType|String|o|", "|rawValues|String|r|", "|readProblems|String|p|",
            "|jsonType|String|j|", "|x|String|lower|", "|X|String|upper|", "|getX|String|g|",
            "|record|String|k|", "|var|String|k|", "|_|String|u|", "|2d|String|d|",
            "|a-b|String|dash|", "|a.b|String|dot|", "|$ref|String|dollar|", "|naïve|String|n|",
            "|kind|[hostileKind](kind.md)|the enum|")));
    Files.writeString(docs.resolve("kind.md"), "# hostileKind enum type\n\nNamespace: "
        + "microsoft.graph\n\n## Members\n|Member|Value|Description|\n|:--|:--|:--|\n"
        + "|Active|0|" + INJECTION.replace("|", "\\|") + "|\n|active|1|a|\n|ACTIVE|2|b|\n"
        + "|class|3|c|\n|2x|4|d|\n|a-b|5|e|\n|_|6|f|\n|valueOf|7|g|\n|values|8|h|\n");
    Files.writeString(docs.resolve("ns1.md"), page("microsoft.graph.termStore", "set", "A.",
        "|name|String|n|"));
    Files.writeString(docs.resolve("ns2.md"), page("microsoft.graph.termstore", "Set", "B.",
        "|label|String|l|"));
    Files.writeString(docs.resolve("path.md"), page("microsoft.graph", "../../escape", "P.",
        "|p|String|p|"));
    Files.writeString(docs.resolve("path2.md"), page("../../../tmp/evil", "x", "P.",
        "|q|String|q|"));
    writeHostileApiPages();
    result = TestGenerator.build(List.of(docs), "hostile");
  }

  /**
   * API pages whose operations, parameters, request lines and response sentences are hostile:
   * keywords, names the runtime's classes use, injected text, unbalanced templates, absurd sizes.
   */
  private static void writeHostileApiPages() throws IOException {
    Path api = Files.createDirectories(docs.resolve("api"));
    String table = "\n## Request body\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n"
        + "|class|String|" + INJECTION.replace("|", "\\|") + "|\n|segment|Int32|s|\n"
        + "|2d|String|d|\n|a-b|String|dash|\n|_|Boolean|u|\n|kind|[hostileKind](kind.md)|k|\n"
        + "|list|Collection(String)|l|\n|any|[nowhere](nowhere.md)|n|\n";
    String response = "\n## Response\n\nIf successful, this method returns `200 OK` and a "
        + "[collider](../collider.md) object. " + INJECTION + "\n";
    Files.writeString(api.resolve("collider-new.md"), "# collider: new\n\n" + INJECTION
        + "\n\n## HTTP request\n\n```http\nPOST /colliders/{id}/new\nPOST /colliders/{id"
        + "/((/new\n```\n" + table + response);
    Files.writeString(api.resolve("collider-tostring.md"), "# collider: toString\n\n"
        + "## HTTP request\n\n```http\nGET /colliders/{id}/toString(class={c},segment={s},"
        + "kind={k},x=*/static{})\nGET /colliders/" + "a/".repeat(80) + "toString()\n```\n"
        + table.replace("Request body", "Function parameters") + response);
    Files.writeString(api.resolve("record-delta.md"), "# record: delta\n\n## HTTP request\n\n"
        + "```http\nGET /records/delta()\nPOST " + "x".repeat(3000) + "\n```\n"
        + "\n## Response\n\nReturns a collection of [record](../t0.md) objects.\n");
  }

  @Test
  void namesNoServiceCanHaveAreReportedAndLeftOut() {
    for (String name : MALFORMED_NAMES) {
      assertTrue(result.diagnostics().stream().anyMatch(d -> d.code()
          == DiagnosticCode.TYPE_NAME_MALFORMED && d.message().contains(name)), name);
      assertTrue(result.model().types().stream().noneMatch(t -> t.name().name().equals(name)));
    }
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.code()
        == DiagnosticCode.TYPE_NAME_MALFORMED && d.message().contains("../../../tmp/evil")));
  }

  @Test
  void everyAdjustedNameIsExplained() {
    List<String> adjusted = result.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.NAME_ADJUSTED).map(Object::toString).toList();
    String expected = """
        api/collider-new.md:16:1: info [NAME_ADJUSTED] microsoft.graph.operations.colliderNewBody.class is accessed as getClass_2: every model class inherits a method of that name
        api/collider-new.md:20:1: info [NAME_ADJUSTED] microsoft.graph.operations.colliderNewBody._ is accessed as get_x: '_' is not a Java identifier
        api/collider-tostring.md:14:1: info [NAME_ADJUSTED] parameter class of collider: toString is set by class_(...)
        api/collider-tostring.md:15:1: info [NAME_ADJUSTED] parameter segment of collider: toString is set by segment_(...)
        api/collider-tostring.md:18:1: info [NAME_ADJUSTED] parameter _ of collider: toString is set by _x(...)
        collider.md:11:2: info [NAME_ADJUSTED] microsoft.graph.collider.class is accessed as getClass_2: every model class inherits a method of that name
        collider.md:16:2: info [NAME_ADJUSTED] microsoft.graph.collider.additionalData is accessed as getAdditionalData_2: every model class inherits a method of that name
        collider.md:17:2: info [NAME_ADJUSTED] microsoft.graph.collider.oDataType is accessed as getODataType_2: every model class inherits a method of that name
        collider.md:18:2: info [NAME_ADJUSTED] microsoft.graph.collider.rawValues is accessed as getRawValues_2: every model class inherits a method of that name
        collider.md:19:2: info [NAME_ADJUSTED] microsoft.graph.collider.readProblems is accessed as getReadProblems_2: every model class inherits a method of that name
        collider.md:26:2: info [NAME_ADJUSTED] microsoft.graph.collider._ is accessed as get_x: '_' is not a Java identifier
        collider.md:27:2: info [NAME_ADJUSTED] microsoft.graph.collider.2d is accessed as get_2d: '2d' is not a Java identifier
        collider.md:28:2: info [NAME_ADJUSTED] microsoft.graph.collider.a-b is accessed as getA_b: 'a-b' is not a Java identifier
        collider.md:29:2: info [NAME_ADJUSTED] microsoft.graph.collider.a.b is accessed as getA_b_2: 'a.b' is not a Java identifier
        collider.md:30:2: info [NAME_ADJUSTED] microsoft.graph.collider.$ref is accessed as get_ref: '$ref' is not a Java identifier
        kind.md:9:1: info [NAME_ADJUSTED] member active of microsoft.graph.hostileKind is generated as constant ACTIVE_2: another name takes 'ACTIVE' here (names that differ only in case collide)
        kind.md:10:1: info [NAME_ADJUSTED] member ACTIVE of microsoft.graph.hostileKind is generated as constant ACTIVE_3: another name takes 'ACTIVE' here (names that differ only in case collide)
        kind.md:12:1: info [NAME_ADJUSTED] member 2x of microsoft.graph.hostileKind is generated as constant _2X: '2x' is not a Java identifier
        kind.md:14:1: info [NAME_ADJUSTED] member _ of microsoft.graph.hostileKind is generated as constant _x: '_' is not a Java identifier
        t19.md:15:5: info [NAME_ADJUSTED] microsoft.graph.termStore is generated as class hostile.TermStore_2: another name takes 'TermStore' here (names that differ only in case collide)
        t5.md:15:5: info [NAME_ADJUSTED] microsoft.graph._ is generated as class hostile._x: '_' is not a Java identifier
        """;
    assertEquals(expected.lines().toList(), adjusted);
  }

  @Test
  void everythingCompilesAndNoClassInitialiserWasInjected(@TempDir Path classes) throws Exception {
    List<String> errors = InMemoryCompiler.compile(result.files(), classes);
    assertEquals(List.of(), errors);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      for (JavaFile file : result.files()) {
        Class.forName(file.packageName() + "." + file.typeSpec().name(), true, loader);
      }
    }
    for (JavaFile file : result.files()) {
      String source = file.toString();
      assertFalse(source.contains("\\u002a/"), "unicode escapes are neutralised");
      // With no escape left to end a comment early, the comments end where they seem to: the
      // docs' text inside them ("static { ... }") is text, and no code outside them has it.
      String code = source.replaceAll("(?s)/\\*.*?\\*/", "");
      assertFalse(code.contains("static {"), file.typeSpec().name());
    }
  }

  @Test
  void noTwoFilesCollideOnACaseInsensitiveFileSystemAndAllStayInside(@TempDir Path out)
      throws IOException {
    SourceWriter.Result written = SourceWriter.write(out, result.sources());
    Set<String> seen = new HashSet<>();
    for (Path path : written.produced()) {
      assertTrue(path.startsWith(out), path.toString());
      assertTrue(seen.add(path.toString().toLowerCase(Locale.ROOT)), "collides: " + path);
    }
    try (Stream<Path> all = Files.walk(out.getParent(), 1)) {
      assertEquals(List.of(), all.filter(p -> p.getFileName().toString().contains("escape")
          || p.getFileName().toString().equals("evil")).toList());
    }
    assertTrue(written.produced().size() > 2 * TYPE_NAMES.size());
  }

  @Test
  void wireNamesSurviveWhateverJavaNamesTheyGot(@TempDir Path classes) throws Exception {
    try (CompiledModel model = CompiledModel.compile(result.files(), "hostile", classes)) {
      TypeDescriptor<?> collider = model.resolve("microsoft.graph.collider");
      String json = "{\"class\":\"c\",\"hashCode\":1,\"equals\":true,\"toString\":\"t\","
          + "\"builder\":\"b\",\"additionalData\":\"a\",\"oDataType\":\"o\",\"rawValues\":\"r\","
          + "\"readProblems\":\"p\",\"jsonType\":\"j\",\"x\":\"1\",\"X\":\"2\",\"getX\":\"3\","
          + "\"record\":\"k\",\"var\":\"v\",\"_\":\"u\",\"2d\":\"d\",\"a-b\":\"ab\",\"a.b\":\"a.b\","
          + "\"$ref\":\"s\",\"naïve\":\"n\",\"kind\":\"ACTIVE\"}";
      GraphObject read = GraphJson.fromJson(json, model.newReadContext(ReadMode.STRICT), collider);
      assertEquals(List.of("X"), List.copyOf(read.getAdditionalData().keySet()),
          "X repeats x but for case: one declared property, the other kept as unknown");
      com.fasterxml.jackson.databind.ObjectMapper trees =
          new com.fasterxml.jackson.databind.ObjectMapper();
      assertEquals(trees.readTree(json), trees.readTree(GraphJson.toJson(read)));
      for (String name : TYPE_NAMES) {
        String odataName = "microsoft.graph." + name;
        TypeDescriptor<?> type = model.resolve(odataName);
        org.junit.jupiter.api.Assertions.assertNotNull(type, odataName);
        GraphObject value = GraphJson.fromJson("{\"value\":\"v\"}",
            model.newReadContext(ReadMode.STRICT), type);
        assertTrue(odataName.equalsIgnoreCase(type.odataName()), type.odataName());
        assertEquals("{\"value\":\"v\"}", GraphJson.toJson(value));
      }
    }
  }
}

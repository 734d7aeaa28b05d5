package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.compat.BaselineFile;
import dev.docmodel.generator.compat.BaselineReader;
import dev.docmodel.generator.compat.Change;
import dev.docmodel.generator.compat.ChangeReport;
import dev.docmodel.generator.compat.Compatibility;
import dev.docmodel.generator.compat.ModelDiff;
import dev.docmodel.generator.diag.DiagnosticCode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A docs update on fixture pages: the change report classifies each difference for the wire and
 * for Java, and a generation keeping the old baseline lets code written against the old model
 * compile, link and run against the new one.
 */
class CompatibilityTest {
  private static final String PACKAGE = "com.example.model";

  private static final String ENTITY = "# entity resource type\n\nNamespace: microsoft.graph\n\n"
      + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n|id|String|Id.|\n\n"
      + "## JSON representation\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": "
      + "\"microsoft.graph.entity\", \"keyProperty\": \"id\" } -->\n```json\n{}\n```\n";

  private static String job(String rows) {
    return "# job resource type\n\nNamespace: microsoft.graph\n\nA job. Inherits from "
        + "[entity](entity.md).\n\n## Properties\n\n| Property | Type | Description |\n"
        + "|:--|:--|:--|\n" + rows + "\n";
  }

  private static final String KIND_OLD = "# jobKind enum type\n\nNamespace: microsoft.graph\n\n"
      + "## Members\n\n| Member | Description |\n|:--|:--|\n| batch | B. |\n| stream | S. |\n"
      + "| legacy | L. |\n";
  private static final String KIND_NEW = KIND_OLD.replace("| legacy | L. |\n", "");
  private static final String STATUS = "# jobStatus enum type\n\nNamespace: microsoft.graph\n\n"
      + "## Members\n\n| Member | Description |\n|:--|:--|\n| running | R. |\n| done | D. |\n";
  private static final String NOTE = "# note resource type\n\nNamespace: microsoft.graph\n\n"
      + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n|text|String|T.|\n";

  private static Path docs(Path dir, Map<String, String> pages) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Files.writeString(dir.resolve(page.getKey()), page.getValue());
    }
    return dir;
  }

  private static Path oldDocs(Path root) throws IOException {
    return docs(root.resolve("old"), Map.of("entity.md", ENTITY, "kind.md", KIND_OLD,
        "note.md", NOTE, "job.md", job("|owner|String|Who.|\n|status|String|S.|\n"
            + "|kind|[jobKind](kind.md)|K.|\n|tags|String collection|T.|")));
  }

  private static Path newDocs(Path root) throws IOException {
    return docs(root.resolve("new"), Map.of("entity.md", ENTITY, "kind.md", KIND_NEW,
        "status.md", STATUS, "job.md", job("|status|[jobStatus](status.md)|S.|\n"
            + "|kind|[jobKind](kind.md)|K.|\n|tags|String collection|T.|")));
  }

  /** A baseline file and what to do with it; null: none. */
  private record UseBaseline(Path file, Compatibility.Mode mode) {}

  private static final UseBaseline NO_BASELINE = null;

  private static Generator.Result generate(Path docs, UseBaseline baseline) throws IOException {
    GenerationOptions.Builder options = TestGenerator.options(List.of(docs), PACKAGE);
    if (baseline != null) {
      options.baseline(baseline.file()).compatibility(baseline.mode());
    }
    return TestGenerator.build(options.build());
  }

  private static UseBaseline baseline(Path file, Compatibility.Mode mode) {
    BaselineFile.Read read = BaselineReader.read(file, PACKAGE);
    assertTrue(read.ok(), read.problems().toString());
    return new UseBaseline(file, mode);
  }

  /** Code a user wrote against the old model. */
  private static final String CLIENT = "package client;\n"
      + "import com.example.model.*;\n"
      + "import dev.docmodel.runtime.*;\n"
      + "import dev.docmodel.runtime.jackson.*;\n"
      + "public class Client {\n"
      + "  public static String use() throws Exception {\n"
      + "    String json = \"{\\\"owner\\\":\\\"ops\\\",\\\"status\\\":\\\"running\\\","
      + "\\\"kind\\\":\\\"legacy\\\"}\";\n"
      + "    Job job = GraphJson.fromJson(json, ModelTypes.newReadContext(ReadMode.STRICT),"
      + " JobJson.TYPE);\n"
      + "    JobKind kind = JobKind.LEGACY;\n"
      + "    Note note = new Note();\n"
      + "    note.setText(\"n\");\n"
      + "    String status = job.getStatus();\n"
      + "    job.setOwner(job.getOwner() + \"!\");\n"
      + "    return status + \" \" + job.getKind().wireName() + \" \" + kind.wireName() + \" \" + note.getText()"
      + " + \" \" + GraphJson.toJson(job);\n"
      + "  }\n"
      + "}\n";

  private static JavaFileObject source(String className, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + className.replace('.', '/')
        + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }

  private static String runClient(List<JavaFile> model, Path classes) throws Exception {
    List<String> errors = InMemoryCompiler.compile(model, List.of(source("client.Client", CLIENT)),
        classes);
    assertEquals(List.of(), errors);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        CompatibilityTest.class.getClassLoader())) {
      Method use = loader.loadClass("client.Client").getMethod("use");
      return (String) use.invoke(null);
    }
  }

  private static Map<String, Change> byElementAndKind(List<Change> changes) {
    return changes.stream().collect(Collectors.toMap(c -> c.element() + " " + c.kind(), c -> c,
        (a, b) -> a, TreeMap::new));
  }

  @Test
  void theReportClassifiesEachChangeForTheWireAndForJava(@TempDir Path root) throws IOException {
    ApiSurface before = generate(oldDocs(root), NO_BASELINE).surface().get();
    ApiSurface after = generate(newDocs(root), NO_BASELINE).surface().get();
    Map<String, Change> changes = byElementAndKind(ModelDiff.compare(before, after));
    Change owner = changes.get("microsoft.graph.job/owner PROPERTY_REMOVED");
    assertEquals(Change.Compat.BREAKING, owner.wire());
    assertEquals(Change.Compat.BREAKING, owner.java());
    assertTrue(owner.javaSymbols().contains(PACKAGE + ".Job#getOwner()"), owner.toString());
    assertEquals("job.md:11:2", owner.old().toString());
    Change status = changes.get("microsoft.graph.job/status PROPERTY_TYPE_CHANGED");
    assertEquals(Change.Compat.COMPATIBLE, status.wire(), "a string stays a string");
    assertEquals(Change.Compat.BREAKING, status.java(), "getStatus() returns another type");
    assertEquals(Change.Compat.BREAKING,
        changes.get("microsoft.graph.jobKind/legacy ENUM_MEMBER_REMOVED").java());
    Change note = changes.get("microsoft.graph.note TYPE_REMOVED");
    assertEquals(Change.Compat.BREAKING, note.java());
    assertEquals(Change.Compat.COMPATIBLE, note.wire(), "no payload held a note");
    assertEquals("removed from the docs; wire-compatible: nothing used it, so no payload held it",
        note.detail());
    Change added = changes.get("microsoft.graph.jobStatus TYPE_ADDED");
    assertFalse(added.breaking());
    assertEquals(null, added.old());
    ChangeReport report = new ChangeReport(List.copyOf(changes.values()));
    assertEquals("5 changes: 4 breaking (2 wire, 4 java), 1 compatible", report.summary());
    String changelog = report.toMarkdown("Changes");
    assertTrue(changelog.indexOf("## Breaking changes") < changelog.indexOf("## Compatible"),
        changelog);
    assertTrue(changelog.contains("### Removed properties (1)"), changelog);
    assertTrue(report.toJson().contains("\"javaSymbols\""));
  }

  @Test
  void codeWrittenAgainstTheOldModelCompilesAndRunsAgainstTheNewOneWithTheBaseline(
      @TempDir Path root) throws Exception {
    Generator.Result old = generate(oldDocs(root), NO_BASELINE);
    assertEquals("running legacy legacy n {\"owner\":\"ops!\",\"status\":\"running\","
        + "\"kind\":\"legacy\"}", runClient(old.files(), root.resolve("old-classes")));
    Path baseline = root.resolve("baseline.json");
    Files.writeString(baseline, BaselineFile.write(old.surface().get()));

    Generator.Result plain = generate(newDocs(root), NO_BASELINE);
    assertFalse(InMemoryCompiler.compile(plain.files(), List.of(source("client.Client", CLIENT)),
        root.resolve("plain-classes")).isEmpty(), "without the baseline the client breaks");

    Generator.Result kept = generate(newDocs(root), baseline(baseline, Compatibility.Mode.KEEP));
    // The same values and the same JSON members; a kept property is written after the documented
    // ones (member order carries no meaning in a JSON object).
    assertEquals("running legacy legacy n {\"status\":\"running\",\"kind\":\"legacy\","
        + "\"owner\":\"ops!\"}", runClient(kept.files(), root.resolve("kept-classes")),
        "the same behaviour, the same JSON");
    List<DiagnosticCode> keptCodes = List.of(DiagnosticCode.KEPT_ENUM_MEMBER,
        DiagnosticCode.KEPT_LEGACY_VIEW, DiagnosticCode.KEPT_PROPERTY, DiagnosticCode.KEPT_TYPE);
    // What the docs dropped is located at its entry in the baseline; a retyped property where
    // the docs have it now.
    assertEquals(List.of(
        "baseline.json:L:C: warning [KEPT_PROPERTY] microsoft.graph.job.owner is no longer "
            + "listed by the docs; kept as getOwner, deprecated, still read and written as owner",
        "baseline.json:L:C: warning [KEPT_ENUM_MEMBER] member legacy of microsoft.graph.jobKind "
            + "is no longer listed by the docs; kept as LEGACY, deprecated",
        "baseline.json:L:C: warning [KEPT_TYPE] microsoft.graph.note is no longer described by "
            + "the docs; kept as com.example.model.Note, deprecated",
        "job.md:11:2: warning [KEPT_LEGACY_VIEW] microsoft.graph.job.status is now "
            + "microsoft.graph.jobStatus; getStatus and setStatus keep its earlier type "
            + "java.lang.String, deprecated"), kept.diagnostics().stream()
        .filter(d -> keptCodes.contains(d.code())).map(Object::toString)
        .map(d -> d.replace(baseline.toString(), "baseline.json")
            .replaceFirst("^baseline\\.json:\\d+:\\d+:", "baseline.json:L:C:")).toList());
    ChangeReport report = kept.changes();
    assertEquals(0, report.javaBreaking(), report.toJson());
    assertTrue(report.changes().stream().filter(Change::breaking).allMatch(Change::kept),
        report.toJson());
    String job = kept.files().stream().filter(f -> f.typeSpec().name().equals("Job"))
        .findFirst().orElseThrow().toString();
    assertTrue(job.contains("@Deprecated\n  public @Nullable String getOwner()"), job);
    assertTrue(job.contains("public @Nullable JobStatus getStatusAsJobStatus()"), job);
    assertTrue(job.contains("@Deprecated\n  public @Nullable String getStatus()"), job);
  }

  @Test
  void aBaselineWrittenFromAKeptGenerationKeepsWhatItKept(@TempDir Path root) throws Exception {
    Path first = root.resolve("first.json");
    Files.writeString(first, BaselineFile.write(generate(oldDocs(root), NO_BASELINE)
        .surface().get()));
    Generator.Result kept = generate(newDocs(root), baseline(first, Compatibility.Mode.KEEP));
    Path second = root.resolve("second.json");
    Files.writeString(second, BaselineFile.write(kept.surface().get()));
    String text = Files.readString(second);
    String since = BaselineReader.read(first, PACKAGE).baseline().id();
    assertTrue(text.contains("\"keptSince\": \"" + since + "\""), text);
    Generator.Result again = generate(newDocs(root), baseline(second, Compatibility.Mode.KEEP));
    assertEquals(BaselineFile.write(kept.surface().get()),
        BaselineFile.write(again.surface().get()), "stable: the same API, the same baseline");
    assertEquals(List.of(), InMemoryCompiler.compile(again.files(),
        List.of(source("client.Client", CLIENT)), root.resolve("classes")));
  }

  @Test
  void reportModeGeneratesFromTheNewDocsAloneAndReports(@TempDir Path root) throws Exception {
    Path baseline = root.resolve("baseline.json");
    Files.writeString(baseline, BaselineFile.write(generate(oldDocs(root), NO_BASELINE)
        .surface().get()));
    Generator.Result report = generate(newDocs(root), baseline(baseline,
        Compatibility.Mode.REPORT));
    assertEquals(4, report.changes().javaBreaking(), report.changes().toJson());
    assertFalse(report.diagnostics().toString().contains("[KEPT_"));
  }
}

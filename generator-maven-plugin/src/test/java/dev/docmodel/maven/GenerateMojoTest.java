package dev.docmodel.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/** The mojo in-process, configured the way Maven would, on small docs directories. */
class GenerateMojoTest {
  @TempDir
  Path project;
  private Path docs;
  private Path output;
  private final List<String> log = new ArrayList<>();
  private MavenProject lastProject;

  private static String page(String name, String table) {
    return "# " + name + " resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n"
        + "| Property | Type | Description |\n|:--|:--|:--|\n" + table + "\n";
  }

  @BeforeEach
  void docs() throws IOException {
    docs = Files.createDirectories(project.resolve("src/main/docs"));
    output = project.resolve("target/generated-sources/docmodel");
    Files.writeString(docs.resolve("job.md"), page("job", "|id|String|Id.|\n|state|String|S.|"));
    Files.writeString(docs.resolve("run.md"), page("run", "|count|Int64|N.|"));
  }

  private GenerateMojo mojo(Map<String, Object> overrides) throws Exception {
    GenerateMojo mojo = new GenerateMojo();
    lastProject = new MavenProject();
    lastProject.setFile(project.resolve("pom.xml").toFile());
    Map<String, Object> values = new TreeMap<>(Map.of(
        "skip", false, "docsDirectories", List.of(docs.toFile()), "includes", List.of(),
        "excludes", List.of(), "outputDirectory", output.toFile(), "basePackage", "com.example",
        "defaultNamespace", "microsoft.graph", "inferEnums", "conventional",
        "failOnWarning", false, "cacheDirectory", project.resolve("target/docmodel-cache")
            .toFile()));
    values.put("project", lastProject);
    values.put("buildContext", new DefaultBuildContext());
    values.putAll(overrides);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Field field = AbstractDocmodelMojo.class.getDeclaredField(e.getKey());
      field.setAccessible(true);
      field.set(mojo, e.getValue());
    }
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        log.add("INFO " + content);
      }

      @Override
      public void warn(CharSequence content) {
        log.add("WARN " + content);
      }

      @Override
      public void error(CharSequence content) {
        log.add("ERROR " + content);
      }
    });
    return mojo;
  }

  private void run() throws Exception {
    mojo(Map.of()).execute();
  }

  private Map<String, FileTime> outputTimes() throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(output)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        times.put(output.relativize(f).toString(), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }

  private void backdate() throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
      }
    }
  }

  @Test
  void skipDoesNothingAtAll() throws Exception {
    mojo(Map.of("skip", true, "docsDirectories", List.of(new File("/does/not/exist")))).execute();
    assertFalse(Files.exists(project.resolve("target")));
    assertTrue(lastProject.getCompileSourceRoots().isEmpty());
    assertEquals(List.of("INFO docmodel: skipped"), log);
  }

  @Test
  void badConfigurationIsAnExecutionError() {
    assertThrows(MojoExecutionException.class,
        () -> mojo(Map.of("basePackage", "com.example.class")).execute());
    assertThrows(MojoExecutionException.class,
        () -> mojo(Map.of("inferEnums", "sometimes")).execute());
  }

  @Test
  void jackson3GeneratesForToolsJacksonAndARuntimeOfTheOtherJacksonIsNamed() throws Exception {
    mojo(Map.of("jackson", "3")).execute();
    String serializer = Files.readString(output.resolve("com/example/JobJson.java"));
    assertTrue(serializer.contains("import tools.jackson.core.JsonParser;"), serializer);
    assertFalse(serializer.contains("IOException"), serializer);
    GenerateMojo mismatched = mojo(Map.of("jackson", "3"));
    Dependency runtime = new Dependency();
    runtime.setGroupId("dev.docmodel");
    runtime.setArtifactId("model-runtime-jackson2");
    lastProject.getDependencies().add(runtime);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, mismatched::execute);
    assertTrue(e.getMessage().contains("depend on model-runtime-jackson3 instead"), e.getMessage());
    assertThrows(MojoExecutionException.class, () -> mojo(Map.of("jackson", "4")).execute());
  }

  @Test
  void anUnchangedRunWritesNothingButStillRegistersTheSourceRoot() throws Exception {
    run();
    assertTrue(Files.isRegularFile(output.resolve("com/example/Job.java")));
    backdate();
    Map<String, FileTime> before = outputTimes();
    log.clear();
    run();
    assertEquals(before, outputTimes(), "no file rewritten");
    assertTrue(log.get(log.size() - 1).contains("up to date"), log.toString());
    assertEquals(List.of(output.toAbsolutePath().toString()), lastProject.getCompileSourceRoots());
  }

  @Test
  void operationsAreGeneratedByDefaultAndAnApiPageOrTheSwitchRegenerates() throws Exception {
    Path api = Files.createDirectories(docs.resolve("api"));
    Files.writeString(api.resolve("job-start.md"), "# job: start\n\nNamespace: microsoft.graph\n"
        + "\n## HTTP request\n\n```http\nPOST /jobs/{id}/start\n```\n\n## Request body\n\n"
        + "| Parameter | Type | Description |\n|:--|:--|:--|\n|force|Boolean|Optional.|\n\n"
        + "## Response\n\nReturns `204 No Content`.\n");
    run();
    Path body = output.resolve("com/example/operations/JobStartBody.java");
    assertTrue(Files.isRegularFile(body));
    assertTrue(Files.isRegularFile(output.resolve("com/example/operations/JobOperations.java")));

    Files.writeString(api.resolve("job-start.md"), Files.readString(api.resolve("job-start.md"))
        .replace("|force|Boolean|Optional.|", "|force|Boolean|Optional.|\n|reason|String|Why.|"));
    log.clear();
    run();
    assertTrue(Files.readString(body).contains("getReason"), "an API page is an input too");

    log.clear();
    mojo(Map.of("operations", false)).execute();
    assertFalse(Files.exists(body), "switched off: the operations' files are removed");
    assertFalse(Files.exists(output.resolve("com/example/operations/JobOperations.java")));
    assertTrue(Files.isRegularFile(output.resolve("com/example/Job.java")));
  }

  @Test
  void aChangedPageRegeneratesOnlyWhatChangedAndRemovesDroppedTypes() throws Exception {
    Files.writeString(docs.resolve("old.md"), page("old", "|x|String|X.|"));
    Files.createDirectories(output);
    Files.writeString(output.resolve("unrelated.txt"), "mine");
    run();
    Files.createDirectories(output.resolve("com/example"));
    Files.writeString(output.resolve("com/example/HandWritten.java"), "class HandWritten {}");
    assertTrue(Files.isRegularFile(output.resolve("com/example/Old.java")));
    backdate();
    Files.delete(docs.resolve("old.md"));
    Files.writeString(docs.resolve("job.md"), page("job", "|id|String|Id.|\n|state|String|S.|\n"
        + "|owner|String|O.|"));
    log.clear();
    run();
    assertFalse(Files.exists(output.resolve("com/example/Old.java")), "dropped type removed");
    assertFalse(Files.exists(output.resolve("com/example/OldJson.java")));
    assertTrue(Files.readString(output.resolve("com/example/Job.java")).contains("getOwner"));
    assertEquals(FileTime.fromMillis(1_000_000_000_000L),
        Files.getLastModifiedTime(output.resolve("com/example/Run.java")), "untouched");
    assertTrue(Files.exists(output.resolve("com/example/HandWritten.java"))
        && Files.exists(output.resolve("unrelated.txt")), "files we did not write stay");
    assertTrue(log.stream().anyMatch(l -> l.contains("deleted)")), log.toString());
  }

  @Test
  void aDeletedOutputDirectoryForcesRegeneration() throws Exception {
    run();
    try (Stream<Path> files = Files.walk(output)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    run();
    assertTrue(Files.isRegularFile(output.resolve("com/example/Job.java")));
  }

  /** A page with a line no real page has: a warning a user must look at. */
  private void writeAbsurdPage() throws IOException {
    Files.writeString(docs.resolve("c.md"), "# c resource type\n\n" + "x".repeat(70_000) + "\n");
  }

  @Test
  void docsProblemsFailAStrictBuildNamingTheFirstAndCommitNothing() throws Exception {
    run();
    Path cache = project.resolve("target/docmodel-cache/default.json");
    String committed = Files.readString(cache);
    writeAbsurdPage();
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo(Map.of("failOnWarning", true)).execute());
    assertTrue(e.getMessage().contains("1 error(s) or warning(s)"), e.getMessage());
    assertTrue(e.getMessage().contains("c.md:3:1"), e.getMessage());
    assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN " + docs.resolve("c.md") + ":")
        && l.contains(": [LINE_TOO_LONG] ")), log.toString());
    assertEquals(committed, Files.readString(cache), "the cache is committed only on success");
  }

  @Test
  void aContradictionOfTheDocsIsANoteThatFailsNothing() throws Exception {
    Files.writeString(docs.resolve("a.md"), page("a", "|x|String|X.|")
        .replace("## Properties", "Inherits from [b](b.md)\n\n## Properties"));
    Files.writeString(docs.resolve("b.md"), page("b", "|y|String|Y.|")
        .replace("## Properties", "Inherits from [a](a.md)\n\n## Properties"));
    mojo(Map.of("failOnWarning", true)).execute();
    assertTrue(Files.exists(output.resolve("com/example/A.java")));
    assertFalse(log.stream().anyMatch(l -> l.startsWith("WARN")), log.toString());
    assertTrue(log.contains("INFO docmodel: 1 note about the docs' own quality, resolved as "
        + "documented (mvn -X lists them)"), log.toString());
  }

  @Test
  void inAnIdeWarningsBecomeMarkersAndUnchangedPagesCostNothing() throws Exception {
    // A note about the docs (an unresolved type) is no marker; a warning is.
    Files.writeString(docs.resolve("ref.md"), page("ref", "|other|[missingType](missing.md)|M.|"));
    writeAbsurdPage();
    RecordingBuildContext ide = new RecordingBuildContext();
    mojo(Map.of("buildContext", ide)).execute();
    assertEquals(List.of("c.md:3:1:1:[LINE_TOO_LONG] the line has 70000 characters; only the "
        + "first 65536 are read"), ide.messages);
    assertEquals(List.of(output.toFile()), ide.refreshed);
    ide.incremental = true;
    ide.delta = false;
    log.clear();
    mojo(Map.of("buildContext", ide)).execute();
    assertTrue(log.isEmpty(), "no page changed: no work, not even hashing; " + log);
    assertEquals(List.of(output.toAbsolutePath().toString()), lastProject.getCompileSourceRoots());
  }

  @Test
  void failOnWarningFailsOnWarningsNotOnNotes() throws Exception {
    Files.writeString(docs.resolve("ref.md"), page("ref", "|other|[missingType](missing.md)|M.|"));
    mojo(Map.of("failOnWarning", true)).execute();
    writeAbsurdPage();
    assertThrows(MojoFailureException.class, () -> mojo(Map.of("failOnWarning", true)).execute());
  }

  @Test
  void theModuleNameIsPublishedForTheJarManifest() throws Exception {
    mojo(Map.of()).execute();
    assertEquals("com.example", lastProject.getProperties().getProperty("docmodel.moduleName"),
        "the base package by default");
    mojo(Map.of("moduleName", "org.acme.graph.model")).execute();
    assertEquals("org.acme.graph.model",
        lastProject.getProperties().getProperty("docmodel.moduleName"));
    assertThrows(MojoExecutionException.class,
        () -> mojo(Map.of("moduleName", "org.acme.class")).execute(), "a keyword");
  }
}

package dev.docmodel.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static int run(ByteArrayOutputStream err, String... args) {
    return Main.run(args, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void generatesSourcesCsdlAndReportFromTheSeeds(@TempDir Path out) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(err, "--docs", "../seeds", "--exclude", "api/**", "--infer-enums", "always",
        "--out", out.resolve("src").toString(), "--package", "com.example.graph", "--csdl",
        out.resolve("model.json").toString(), "--report", out.resolve("report.json").toString());
    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, log);
    assertTrue(log.contains("docmodel: 37 pages"), log);
    assertTrue(Files.exists(out.resolve("src/com/example/graph/SynchronizationJob.java")));
    JsonNode csdl = new ObjectMapper().readTree(out.resolve("model.json").toFile());
    JsonNode job = csdl.path("microsoft.graph").path("synchronizationJob");
    assertEquals("EntityType", job.path("$Kind").asText());
    assertEquals("microsoft.graph.entity", job.path("$BaseType").asText());
    assertEquals("NavigationProperty", job.path("schema").path("$Kind").asText());
    assertEquals(true, job.path("synchronizationJobSettings").path("$Collection").asBoolean());
    assertEquals("EnumType",
        csdl.path("microsoft.graph").path("synchronizationStatusCode").path("$Kind").asText());
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(0, report.path("errors").asInt());
    assertTrue(report.path("countsByCode").has("TYPE_UNRESOLVED"));

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    run(again, "--docs", "../seeds", "--exclude", "api/**", "--infer-enums", "always", "--out",
        out.resolve("src").toString(), "--package", "com.example.graph");
    assertTrue(again.toString(StandardCharsets.UTF_8).contains("(0 written)"),
        "unchanged files are not rewritten");
  }

  @Test
  void docsContradictionsAreNotesAWarningFailsStrictAndBadUsageExitsTwo(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.md"), "# a resource type\n\nNamespace: microsoft.graph\n\n"
        + "Inherits from [b](b.md)\n\n## Properties\n| Property | Type | Description |\n|--|--|--|\n"
        + "|x|String||\n");
    Files.writeString(dir.resolve("b.md"), "# b resource type\n\nNamespace: microsoft.graph\n\n"
        + "Inherits from [a](a.md)\n\n## Properties\n| Property | Type | Description |\n|--|--|--|\n"
        + "|y|String||\n");
    // The cycle is a note about the docs: counted, not printed, and --strict does not fail on it.
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, run(err, "--docs", dir.toString(), "--out", dir.resolve("out").toString(),
        "--package", "p", "--strict"));
    String log = err.toString(StandardCharsets.UTF_8);
    assertFalse(log.contains("BASE_TYPE_CYCLE"), log);
    assertTrue(log.contains("0 errors, 0 warnings, 1 notes about the docs"), log);
    assertTrue(Files.exists(dir.resolve("out/p/B.java")));

    // A line no real page has is a warning: printed, and --strict fails on it.
    Files.writeString(dir.resolve("c.md"), "# c resource type\n\n" + "x".repeat(70_000) + "\n");
    ByteArrayOutputStream strict = new ByteArrayOutputStream();
    assertEquals(1, run(strict, "--docs", dir.toString(), "--out", dir.resolve("out2").toString(),
        "--package", "p", "--strict"));
    String strictLog = strict.toString(StandardCharsets.UTF_8);
    assertTrue(strictLog.contains("c.md:3:1: warning [LINE_TOO_LONG]"), strictLog);
    assertTrue(strictLog.contains("docmodel: 1 error(s) or warning(s) in the docs; the first: "
        + "c.md:3:1: warning [LINE_TOO_LONG] "), strictLog);
    assertTrue(strictLog.strip().endsWith("; no source written"), strictLog);
    assertFalse(Files.exists(dir.resolve("out2")), "a failed run writes nothing");
    assertEquals(2, run(new ByteArrayOutputStream(), "--docs", dir.toString()));
    assertEquals(2, run(new ByteArrayOutputStream(), "--bogus"));
  }
}

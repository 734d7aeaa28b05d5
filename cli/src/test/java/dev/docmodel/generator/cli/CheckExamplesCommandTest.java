package dev.docmodel.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class CheckExamplesCommandTest {
  private static String run(int expectedExit, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(expectedExit, exit, text);
    return text;
  }

  @Test
  void theSeedExamplesAllRoundTrip(@TempDir Path dir) throws IOException {
    Path resources = dir.resolve("resources");
    Files.createDirectories(resources.resolve("closure"));
    Files.copy(Path.of("../seeds/synchronizationjob.md"), resources.resolve("synchronizationjob.md"));
    try (var pages = Files.list(Path.of("../seeds/closure"))) {
      for (Path page : pages.toList()) {
        Files.copy(page, resources.resolve("closure").resolve(page.getFileName()));
      }
    }
    Path report = dir.resolve("report.json");
    String out = run(0, "check-examples", "--docs", resources.toString(), "--api", "../seeds/api",
        "--infer-enums", "always", "--report", report.toString());
    // Every example block is counted: the typed ones pass, the rest are skipped with a reason.
    // Request bodies are typed by their request lines: the actions' bodies, creates, updates.
    assertTrue(out.strip().endsWith("request bodies: 8 passed, 0 failed, 10 skipped\n"
        + "responses: 10 passed, 0 failed, 9 skipped\n18 passed, 0 failed, 19 skipped"), out);
    assertTrue(out.contains("synchronization-synchronizationjob-get.md:"), out);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals(18, json.path("passed").asInt());
    assertEquals(37, json.path("examples").size());
    assertEquals(new ObjectMapper().readTree("{\"an untyped request: a POST to a segment that is "
        + "no property, key or documented action\": 1, \"no body\": 18}"),
        json.path("skipReasons"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "3"})
  void disagreementsAreReportedWithPageLocations(String jackson, @TempDir Path dir)
      throws IOException {
    Path resources = Files.createDirectories(dir.resolve("resources"));
    Path api = Files.createDirectories(dir.resolve("api"));
    Files.writeString(resources.resolve("job.md"), "# job resource type\n\nNamespace: "
        + "microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n"
        + "|size|Int64|Size.|\n|state|String|Possible values are: `active`, `paused`.|\n"
        + "|started|DateTimeOffset|When.|\n\n## JSON representation\n\n"
        + "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.job\" } -->\n"
        + "```json\n{ \"size\": 1024 }\n```\n");
    Files.writeString(api.resolve("job-get.md"), "# Get job\n\n### Response\n\n"
        + "<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.job\" } -->\n"
        + "```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\n"
        + "  \"size\": \"big\",\n  \"state\": \"stopped\",\n  \"started\": \"\",\n"
        + "  \"colour\": \"red\"\n}\n```\n\n"
        + "<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.job\" } -->\n"
        + "```http\nHTTP/1.1 204 No Content\n```\n\n"
        + "<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.job\" } -->\n"
        + "```json\n{ \"size\": 1, ... }\n```\n");
    String out = run(0, "check-examples", "--docs", resources.toString(), "--api",
        api.toString(), "--jackson", jackson);
    assertTrue(out.contains("job-get.md:10: passed response microsoft.graph.job"), out);
    assertTrue(out.contains("job-get.md:11:3: note [EXAMPLE_VALUE_MISMATCH]"), out);
    assertTrue(out.contains("job-get.md:12:3: note [EXAMPLE_ENUM_VALUE_UNLISTED] \"stopped\""),
        out);
    assertTrue(out.contains("job-get.md:14:3: note [EXAMPLE_PROPERTY_UNDECLARED] colour of "
        + "microsoft.graph.job"), out);
    assertTrue(out.contains("skipped response microsoft.graph.job: no body"), out);
    assertTrue(out.contains("skipped response microsoft.graph.job: not JSON"), out);
    assertTrue(out.strip().endsWith("1 passed, 0 failed, 2 skipped"), out);
  }

  /** Newer pages often leave a response unannotated: the Response section says what it is. */
  @Test
  void untypedResponsesAreTypedFromTheirPagesResponseSentence(@TempDir Path dir)
      throws IOException {
    Path resources = Files.createDirectories(dir.resolve("resources"));
    Path api = Files.createDirectories(dir.resolve("api"));
    Files.writeString(resources.resolve("security-job.md"), "# job resource type\n\nNamespace: "
        + "microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n"
        + "|size|Int64|Size.|\n");
    String response = "<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\n"
        + "Content-type: application/json\n\n";
    Files.writeString(api.resolve("job-get.md"), "# Get job\n\n## Response\n\nIf successful, "
        + "this method returns a `200 OK` response code and a [job](../resources/security-job.md) "
        + "object in the response body.\n\n## Example\n\n### Request\n\n"
        + "<!-- { \"blockType\": \"request\" } -->\n```http\nGET /jobs/1\n```\n\n"
        + "### Response\n\n" + response + "{ \"size\": 1 }\n```\n");
    Files.writeString(api.resolve("job-list.md"), "# List jobs\n\n## Response\n\nIf successful, "
        + "this method returns a `200 OK` response code and a collection of [job][] objects in "
        + "the response body.\n\n" + response + "{ \"value\": [{ \"size\": 1 }] }\n```\n\n"
        + "[job]: ../resources/security-job.md\n");
    Files.writeString(api.resolve("job-create.md"), "# Create job\n\n## Response\n\nIf "
        + "successful, this method returns a `201 Created` response code.\n\n"
        + "<!-- { \"blockType\": \"request\" } -->\n```http\nPOST /jobs\n\n{ \"size\": 1 }\n"
        + "```\n\n" + response + "{ \"size\": 1 }\n```\n");
    String out = run(0, "check-examples", "--docs", resources.toString(), "--api",
        api.toString());
    assertTrue(out.contains("job-get.md:23: passed response microsoft.graph.job"), out);
    assertTrue(out.contains("job-get.md:15: skipped request (untyped): no body"), out);
    assertTrue(out.contains("job-list.md:12: passed response microsoft.graph.job"), out);
    assertTrue(out.contains("job-create.md:11: passed request microsoft.graph.job"), out);
    assertTrue(out.contains("job-create.md:19: skipped response (untyped): an untyped response "
        + "whose page names no result"), out);
    assertTrue(out.strip().endsWith("3 passed, 0 failed, 2 skipped"), out);
  }

  @Test
  void aBaselineInUseBringsItsPackageAndOneSwitchedOffDoesNot(@TempDir Path dir)
      throws IOException {
    Path resources = Files.createDirectories(dir.resolve("resources"));
    Path api = Files.createDirectories(dir.resolve("api"));
    Files.writeString(resources.resolve("job.md"), "# job resource type\n\nNamespace: "
        + "microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n"
        + "|size|Int64|Size.|\n");
    Files.writeString(api.resolve("job-get.md"), "# Get job\n\n"
        + "<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.job\" } -->\n"
        + "```json\n{ \"size\": 1 }\n```\n");
    Path baseline = dir.resolve("baseline.json");
    run(0, "--docs", resources.toString(), "--out", dir.resolve("src").toString(), "--package",
        "com.acme", "--write-baseline", baseline.toString(), "--quiet");
    for (String mode : List.of("keep", "report", "off")) {
      String out = run(0, "check-examples", "--docs", resources.toString(), "--api",
          api.toString(), "--baseline", baseline.toString(), "--compatibility", mode);
      assertTrue(out.strip().endsWith("1 passed, 0 failed, 0 skipped"), mode + ": " + out);
    }
  }

  @Test
  void badUsageExitsTwo() {
    assertTrue(run(2, "check-examples", "--docs", "x").contains("--api"));
    assertTrue(run(2, "check-examples", "--docs", "x", "--api", "y", "--jackson", "4")
        .contains("jackson must be 2 or 3"));
  }
}

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

/** {@code diff}, and generation with {@code --baseline}, as a user runs them. */
class CompatibilityCommandsTest {
  private static final String HEAD = "# job resource type\n\nNamespace: microsoft.graph\n\n"
      + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n";

  private record Run(int code, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, err.toString(StandardCharsets.UTF_8));
  }

  /** Old docs: owner and state; new docs: state only, and a new priority. */
  private static Path[] docs(Path root) throws IOException {
    Path old = Files.createDirectories(root.resolve("old"));
    Path now = Files.createDirectories(root.resolve("new"));
    Files.writeString(old.resolve("job.md"), HEAD + "|owner|String|Who.|\n|state|String|S.|\n");
    Files.writeString(now.resolve("job.md"), HEAD + "|state|String|S.|\n|priority|Int32|P.|\n");
    return new Path[] {old, now};
  }

  @Test
  void diffReportsEachChangeAndFailsOnBreakingWhenAsked(@TempDir Path root) throws IOException {
    Path[] docs = docs(root);
    Path report = root.resolve("changes.json");
    Path changelog = root.resolve("CHANGES.md");
    Run diff = run("diff", "--old", docs[0].toString(), "--new", docs[1].toString(), "--package",
        "com.example", "--report", report.toString(), "--changelog", changelog.toString());
    assertEquals(0, diff.code(), diff.err());
    assertTrue(diff.err().contains("2 changes: 1 breaking (1 wire, 1 java), 1 compatible"),
        diff.err());
    JsonNode changes = new ObjectMapper().readTree(report.toFile()).path("changes");
    JsonNode removed = changes.get(0); // sorted by element
    assertEquals("PROPERTY_REMOVED", removed.path("kind").asText(), changes.toString());
    assertEquals("microsoft.graph.job/owner", removed.path("element").asText());
    assertEquals("breaking", removed.path("wire").asText());
    assertEquals("job.md:9:2", removed.path("old").asText());
    assertTrue(removed.path("new").isNull());
    assertEquals("com.example.Job#getOwner()", removed.path("javaSymbols").get(0).asText());
    assertTrue(Files.readString(changelog).contains("### Removed properties (1)"));

    Run strict = run("diff", "--old", docs[0].toString(), "--new", docs[1].toString(),
        "--package", "com.example", "--fail-on-breaking");
    assertEquals(3, strict.code(), strict.err());
    Run same = run("diff", "--old", docs[0].toString(), "--new", docs[0].toString(),
        "--package", "com.example", "--fail-on-breaking");
    assertEquals(0, same.code(), same.err());
    assertTrue(same.err().contains("0 changes"), same.err());
    assertEquals(2, run("diff", "--old", docs[0].toString(), "--package", "p").code());
  }

  @Test
  void aBaselineKeepsTheApiAndReportModeFailsOnTheBreak(@TempDir Path root) throws IOException {
    Path[] docs = docs(root);
    Path baseline = root.resolve("baseline.json");
    Path out = root.resolve("src");
    Run first = run("--docs", docs[0].toString(), "--out", out.toString(), "--package",
        "com.example", "--write-baseline", baseline.toString(), "--quiet");
    assertEquals(0, first.code(), first.err());
    assertTrue(Files.readString(baseline).contains("\"get\": \"getOwner\""));

    Path changelog = root.resolve("CHANGES.md");
    Run kept = run("--docs", docs[1].toString(), "--out", out.toString(), "--package",
        "com.example", "--baseline", baseline.toString(), "--changelog", changelog.toString(),
        "--fail-on-breaking");
    assertEquals(0, kept.code(), "kept breaks nothing that compiled: " + kept.err());
    assertTrue(kept.err().contains("warning [KEPT_PROPERTY]"), kept.err());
    assertTrue(Files.readString(out.resolve("com/example/Job.java"))
        .contains("@Deprecated\n  public @Nullable String getOwner()"));
    assertTrue(Files.readString(changelog).contains("the old Java API is kept, deprecated"));

    Run reported = run("--docs", docs[1].toString(), "--out", root.resolve("src2").toString(),
        "--package", "com.example", "--baseline", baseline.toString(), "--compatibility",
        "report", "--fail-on-breaking");
    assertEquals(3, reported.code(), reported.err());
    assertTrue(reported.err().contains("docmodel: 1 breaking change(s) against the baseline that "
        + "it cannot keep (failOnBreaking); the first: "), reported.err());
    assertFalse(Files.exists(root.resolve("src2")), "a failed run writes no source");
  }

  @Test
  void aBadBaselineIsRefusedWithItsPlaceAndNothingIsWritten(@TempDir Path root)
      throws IOException {
    Path[] docs = docs(root);
    Path baseline = root.resolve("baseline.json");
    run("--docs", docs[0].toString(), "--out", root.resolve("first").toString(), "--package",
        "com.example", "--write-baseline", baseline.toString(), "--quiet");
    Files.writeString(baseline, Files.readString(baseline).replace("\"com.example.Job\"",
        "\"com.example.../../Job\""));
    Path out = root.resolve("src");
    Run refused = run("--docs", docs[1].toString(), "--out", out.toString(), "--package",
        "com.example", "--baseline", baseline.toString());
    assertEquals(1, refused.code(), refused.err());
    assertTrue(refused.err().contains(baseline + ":"), refused.err());
    assertTrue(refused.err().contains("error [BASELINE_INVALID]"), refused.err());
    assertFalse(refused.err().contains("Exception"), refused.err());
    assertFalse(Files.exists(out), "nothing generated");
    Run foreign = run("--docs", docs[1].toString(), "--out", out.toString(), "--package",
        "org.other", "--baseline", root.resolve("missing.json").toString());
    assertEquals(1, foreign.code(), foreign.err());
    assertTrue(foreign.err().contains("does not exist"), foreign.err());
  }
}

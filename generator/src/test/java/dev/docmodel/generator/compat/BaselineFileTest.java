package dev.docmodel.generator.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.Generator;
import dev.docmodel.generator.InMemoryCompiler;
import dev.docmodel.generator.TestGenerator;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline is a file users commit, merge and sometimes edit by hand: reading one back gives the
 * surface that was written, and anything else is refused with the place, never thrown and never
 * turned into sources that do not compile.
 */
class BaselineFileTest {
  private static final String PACKAGE = "com.example.model";
  private static final String PAGE = "# job resource type\n\nNamespace: microsoft.graph\n\n"
      + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n"
      + "|owner|String|Who.|\n|state|[jobState](state.md)|S.|\n|steps|[step](step.md) collection|"
      + "S.|\n";
  private static final String STEP = "# step resource type\n\nNamespace: microsoft.graph\n\n"
      + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n|name|String|N.|\n";
  private static final String STATE = "# jobState enum type\n\nNamespace: microsoft.graph\n\n"
      + "## Members\n\n| Member | Value | Description |\n|:--|:--|:--|\n| running | 0 | R. |\n"
      + "| done | 1 | D. |\n";

  @TempDir
  static Path shared;
  private static ApiSurface surface;
  private static String text;

  @BeforeAll
  static void generate() throws IOException {
    Path docs = Files.createDirectories(shared.resolve("docs"));
    Files.writeString(docs.resolve("job.md"), PAGE);
    Files.writeString(docs.resolve("step.md"), STEP);
    Files.writeString(docs.resolve("state.md"), STATE);
    surface = TestGenerator.build(List.of(docs), PACKAGE).surface().get();
    text = BaselineFile.write(surface);
  }

  private static BaselineFile.Read read(Path dir, String content) throws IOException {
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, content);
    return BaselineReader.read(file, PACKAGE);
  }

  /** Refused, with one BASELINE_INVALID at {@code line} whose message holds {@code words}. */
  private static void refused(BaselineFile.Read read, int line, String words) {
    assertFalse(read.ok());
    assertNull(read.baseline());
    Diagnostic first = read.problems().get(0);
    assertEquals(DiagnosticCode.BASELINE_INVALID, first.code(), first.toString());
    assertTrue(first.toString().contains(words), first.toString());
    if (line > 0) {
      assertEquals(line, first.location().line(), first.toString());
    }
  }

  private static int lineOf(String needle) {
    int at = text.indexOf(needle);
    assertTrue(at >= 0, needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void whatIsWrittenReadsBackAsTheSameSurface(@TempDir Path dir) throws IOException {
    BaselineFile.Read read = read(dir, text);
    assertTrue(read.ok(), read.problems().toString());
    // A baseline records no docs location (they move with every edit of a page): what it reads
    // back is the surface located in the baseline file itself, which writes the same bytes.
    assertEquals(text, BaselineFile.write(read.baseline().surface()), "stable bytes");
    ApiSurface.Type job = read.baseline().surface().types().stream()
        .filter(t -> t.name().name().equals("job")).findFirst().orElseThrow();
    assertTrue(job.location().page().endsWith("baseline.json"), job.location().toString());
    assertEquals(lineOf("\"name\": \"microsoft.graph.job\"") - 1, job.location().line());
    assertEquals(lineOf("{\"name\": \"owner\""), job.properties().get(0).location().line());
    assertFalse(text.contains("\"at\""), "no locations:\n" + text);
    assertEquals(12, read.baseline().id().length());
    assertTrue(text.contains("{\"name\": \"owner\", \"type\": \"Edm.String\", \"javaType\": "
        + "\"java.lang.String\", \"get\": \"getOwner\""), "one reviewable line per property:\n"
        + text);
  }

  @Test
  void theBaselineOfAnotherPackageOrFormatIsRefused(@TempDir Path dir) throws IOException {
    refused(read(dir, text.replace("\"package\": \"" + PACKAGE, "\"package\": \"org.other")), 3,
        "not com.example.model");
    refused(read(dir, text.replace(BaselineFile.FORMAT, "docmodel-baseline/9")), 2,
        "written by another version");
    refused(read(dir, "[1, 2]"), 1, "not a JSON object");
    refused(read(dir, "{\"format\": \"" + BaselineFile.FORMAT + "\", \"package\": \"" + PACKAGE
        + "\"}"), 1, "no types array");
  }

  @Test
  void malformedJsonIsRefusedWithItsPlace(@TempDir Path dir) throws IOException {
    String broken = text.replaceFirst("\"kind\": \"complex\",", "\"kind\": \"complex\" ");
    // The parser notices at the next token: the line after the missing comma.
    refused(read(dir, broken), lineOf("\"kind\": \"complex\",") + 1, "not valid JSON");
    refused(read(dir, text.substring(0, text.length() / 2)), 0, "not valid JSON");
    refused(read(dir, ""), 0, "");
    BaselineFile.Read missing = BaselineReader.read(dir.resolve("absent.json"), PACKAGE);
    refused(missing, 1, "does not exist");
  }

  @Test
  void namesThatAreNotJavaOrReachOutsideThePackageAreRefused(@TempDir Path dir)
      throws IOException {
    refused(read(dir, text.replace("\"get\": \"getOwner\"", "\"get\": \"class\"")),
        lineOf("\"get\": \"getOwner\""), "not a Java identifier");
    refused(read(dir, text.replace("\"get\": \"getOwner\"", "\"get\": \"get Owner()\"")),
        lineOf("\"get\": \"getOwner\""), "not a Java identifier");
    String jobClass = "\"class\": \"" + PACKAGE + ".Job\"";
    for (String outside : List.of("java.lang.String", "com.example.Job",
        PACKAGE + ".sub/../../../etc/Job", PACKAGE + ".enum.Job")) {
      refused(read(dir, text.replace(jobClass, "\"class\": \"" + outside + "\"")),
          lineOf(jobClass), "not a Java class name in the package");
    }
    refused(read(dir, text.replace("\"class\": \"" + PACKAGE + ".Step\"", "\"class\": \""
        + PACKAGE + ".Job.Step\"")), lineOf(jobClass), "also the name of a package");
    refused(read(dir, text.replace("\"name\": \"microsoft.graph.job\"",
        "\"name\": \"microsoft graph/../job\"")), lineOf("\"name\": \"microsoft.graph.job\""),
        "not a qualified OData name");
    refused(read(dir, text.replace("\"type\": \"Edm.String\"", "\"type\": \"Edm.Nothing\"")),
        lineOf("\"type\": \"Edm.String\""), "not an OData type");
  }

  @Test
  void aBaselineThatCouldNotCompileIsRefused(@TempDir Path dir) throws IOException {
    String stepClass = "\"class\": \"" + PACKAGE + ".Step\"";
    refused(read(dir, text.replace(stepClass, "\"class\": \"" + PACKAGE + ".JOB\"")),
        lineOf(stepClass), "is also the class at /types/0/class");
    refused(read(dir, text.replace("\"get\": \"getOwner\"", "\"get\": \"getClass\"")),
        lineOf("\"get\": \"getOwner\""), "every model class inherits");
    refused(read(dir, text.replace("\"get\": \"getOwner\"", "\"get\": \"getState\"")),
        lineOf("\"get\": \"getState\""), "already an accessor");
    refused(read(dir, text.replace("\"constant\": \"DONE\"", "\"constant\": \"RUNNING\"")),
        lineOf("\"constant\": \"RUNNING\""), "taken by another member");
    refused(read(dir, text.replace(stepClass, "\"class\": \"" + PACKAGE + ".ModelTypes\"")),
        lineOf(stepClass), "registry");
    refused(read(dir, text.replace("\"type\": \"microsoft.graph.step\"",
        "\"type\": \"microsoft.graph.gone\"")), lineOf("\"type\": \"microsoft.graph.step\""),
        "not a type of the baseline");
    String withBase = text.replace("\"kind\": \"complex\",\n      \"class\": \"" + PACKAGE
        + ".Step\"", "\"kind\": \"complex\",\n      \"base\": \"microsoft.graph.job\",\n"
        + "      \"class\": \"" + PACKAGE + ".Step\"").replace("\"kind\": \"complex\",\n"
        + "      \"class\": \"" + PACKAGE + ".Job\"", "\"kind\": \"complex\",\n      \"base\": "
        + "\"microsoft.graph.step\",\n      \"class\": \"" + PACKAGE + ".Job\"");
    assertTrue(withBase.contains("\"base\": \"microsoft.graph.step\""), withBase);
    refused(read(dir, withBase), 0, "derives from itself");
    String twice = text.replace("\"types\": [\n", "\"types\": [\n" + text.substring(
        text.indexOf("    {\n      \"name\": \"microsoft.graph.job\""),
        text.indexOf("    {\n      \"name\": \"microsoft.graph.jobState\"")));
    refused(read(dir, twice), 0, "listed twice");
  }

  @Test
  void hugeInputsAreRefusedWithoutBeingHeld(@TempDir Path dir) throws IOException {
    String longName = "x".repeat(10 * 1024 * 1024);
    refused(read(dir, text.replace("\"get\": \"getOwner\"", "\"get\": \"" + longName + "\"")),
        lineOf("\"get\": \"getOwner\""), "");
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(BaselineReader.MAX_FILE_BYTES + 1); // sparse: no disk, no memory
    }
    refused(BaselineReader.read(huge, PACKAGE), 1, "not a baseline this generator wrote");
    String deep = "[".repeat(100_000);
    refused(read(dir, deep), 0, "");
  }

  @Test
  void noMutationOfAValidBaselineThrows(@TempDir Path dir) throws IOException {
    Random random = new Random(13);
    String alphabet = "{}[]\":,\\ abcXYZ019.-\u00e9\n";
    int accepted = 0;
    for (int i = 0; i < 400; i++) {
      StringBuilder mutated = new StringBuilder(text);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(mutated.length());
        switch (random.nextInt(3)) {
          case 0 -> mutated.deleteCharAt(at);
          case 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      BaselineFile.Read read = read(dir, mutated.toString());
      if (read.ok()) {
        accepted++;
        // Whatever is accepted generates, and (sampled: javac is slow) compiles.
        Generator.Result kept = TestGenerator.build(TestGenerator.options(
            List.of(shared.resolve("docs")), PACKAGE).baseline(dir.resolve("baseline.json"))
            .build());
        assertNotNull(kept.changes());
        if (accepted % 10 == 1) {
          assertEquals(List.of(), InMemoryCompiler.compile(kept.files(), List.of(),
              dir.resolve("classes-" + i)), mutated.toString());
        }
      } else {
        read.problems().forEach(p -> assertEquals(DiagnosticCode.BASELINE_INVALID, p.code()));
      }
    }
    assertTrue(accepted > 0 && accepted < 200, "mutations are noticed: " + accepted + " of 400 accepted");
  }
}

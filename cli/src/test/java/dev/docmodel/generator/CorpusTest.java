package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.check.CheckReport;
import dev.docmodel.generator.check.ExampleCheck;
import dev.docmodel.generator.check.ExampleOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole 2021 v1.0 reference (1,239 resource pages, 2,102 API pages), from
 * {@code -Ddocmodel.shared.dir}: generated once, compiled, every typed example round-tripped through
 * the compiled model, and the model measured with the shared {@code tools/fidelity.py} against the
 * service's metadata of the same month. Skips, saying why, when the corpus is absent.
 */
class CorpusTest {
  /**
   * Floors for the fidelity figures: the issues' targets where we reach them; where the pages
   * themselves disagree with the service (see README, "Fidelity"), the figure we reach, so that any
   * regression fails.
   */
  static final Map<String, Double> FLOORS = new LinkedHashMap<>();

  static {
    FLOORS.put("types_recall", 0.99);
    FLOORS.put("props_recall", 0.977);
    FLOORS.put("props_precision", 0.97);
    FLOORS.put("prop_type_acc", 0.984);
    FLOORS.put("prop_collection_acc", 0.995);
    FLOORS.put("prop_nav_acc", 0.995);
    FLOORS.put("prop_exact", 0.95);
    FLOORS.put("base_acc", 0.955);
    FLOORS.put("enum_members_recall", 0.974);
    FLOORS.put("kind_acc", 0.99);
    FLOORS.put("enum_members_precision", 0.666); // one page lists 826 members
  }

  private static Corpus corpus;
  private static Generator.Result result;

  @BeforeAll
  static void generateOnce() throws IOException {
    corpus = Corpus.require("2021-07");
    result = corpus.generate();
  }

  @Test
  void everyPageIsReadWithoutErrors() {
    assertEquals(1239 + 2102, result.pageCount());
    assertEquals(0, result.errorCount(), () -> result.diagnostics().stream()
        .filter(d -> d.isError()).limit(10).toList().toString());
    assertTrue(result.model().types().size() > 1200);
  }

  @Test
  void everyTypeAndNamespaceNameIsWellFormed() throws IOException {
    assertEquals(List.of(), Corpus.malformedNames(result));
  }

  /** No class name that differs from its type's name reaches users without a NAME_ADJUSTED. */
  @Test
  void everyClassNamedOtherwiseThanItsTypeIsExplained() {
    java.util.Set<String> explained = new java.util.HashSet<>();
    result.diagnostics().stream()
        .filter(d -> d.code() == dev.docmodel.generator.diag.DiagnosticCode.NAME_ADJUSTED)
        .forEach(d -> explained.add(d.message().split(" ")[0]));
    List<String> silent = result.surface().get().types().stream()
        .filter(t -> {
          String simple = t.modelClass().substring(t.modelClass().lastIndexOf('.') + 1);
          String name = t.name().name();
          return !simple.equals(Character.toUpperCase(name.charAt(0)) + name.substring(1))
              && !explained.contains(t.name().toString());
        })
        .map(t -> t.name() + " -> " + t.modelClass()).toList();
    assertEquals(List.of(), silent);
  }

  /** Compiles the corpus model and round-trips every typed example of the API pages through it. */
  @Test
  void theGeneratedCorpusCompilesAndEveryTypedExampleRoundTrips() throws IOException {
    CheckReport report = ExampleCheck.run(result, "x", List.of(corpus.api()), outcome -> {});
    System.out.println("corpus examples: " + report.summary() + "; request bodies: "
        + report.summary("request") + "; responses: " + report.summary("response"));
    assertEquals(List.of(), report.outcomes().stream()
        .filter(o -> o.status() == ExampleOutcome.Status.FAILED).map(Object::toString).toList());
    assertTrue(report.count("request", ExampleOutcome.Status.PASSED) >= 500, report.summary());
    assertTrue(report.count("response", ExampleOutcome.Status.PASSED) >= 1082, report.summary());
  }

  /** The same on Jackson 3: serializers written for tools.jackson, read and written with it. */
  @Test
  void onJackson3EveryTypedExampleRoundTripsToo() throws IOException {
    Generator.Result jackson3 = TestGenerator.build(TestGenerator.options(corpus.docs(), "x")
        .jackson(JacksonVersion.JACKSON_3).build());
    CheckReport report = ExampleCheck.run(jackson3, "x", JacksonVersion.JACKSON_3,
        List.of(corpus.api()), outcome -> {});
    System.out.println("corpus examples on Jackson 3: " + report.summary()
        + "; request bodies: " + report.summary("request") + "; responses: "
        + report.summary("response"));
    assertEquals(List.of(), report.outcomes().stream()
        .filter(o -> o.status() == ExampleOutcome.Status.FAILED).map(Object::toString).toList());
    assertTrue(report.count("request", ExampleOutcome.Status.PASSED) >= 500, report.summary());
    assertTrue(report.count("response", ExampleOutcome.Status.PASSED) >= 1082, report.summary());
  }

  /**
   * Every comment of the v1.0 reference is rendered from the docs' Markdown: no Markdown left
   * ({@code **}, backticks), no numeric entity, every link to a page a reader can open; and the
   * javadoc passes doclint.
   */
  @Test
  void theJavadocIsRenderedMarkdownAndPassesDoclint(@TempDir Path dir) throws IOException {
    java.util.regex.Pattern comment = java.util.regex.Pattern.compile("/\\*\\*(.*?)\\*/",
        java.util.regex.Pattern.DOTALL);
    java.util.regex.Pattern href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"");
    List<String> bad = new java.util.ArrayList<>();
    int links = 0;
    for (com.palantir.javapoet.JavaFile file : result.files()) {
      java.util.regex.Matcher m = comment.matcher(file.toString());
      while (m.find()) {
        String text = m.group(1).replaceAll("(?m)^\\s*\\* ?", "");
        if (text.contains("**") || text.contains("`") || text.contains("&#")) {
          bad.add(file.packageName() + "." + file.typeSpec().name() + ": " + text.strip());
        }
        java.util.regex.Matcher link = href.matcher(text);
        while (link.find()) {
          links++;
          if (!link.group(1).matches("(https?|mailto):.*")) {
            bad.add(file.typeSpec().name() + ": a link that leads nowhere: " + link.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 20)));
    assertTrue(links > 2000, "the docs' links are kept: " + links);

    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    javax.tools.DiagnosticCollector<javax.tools.JavaFileObject> found =
        new javax.tools.DiagnosticCollector<>();
    List<javax.tools.JavaFileObject> sources = result.files().stream()
        .map(com.palantir.javapoet.JavaFile::toJavaFileObject).toList();
    javac.getTask(null, null, found, List.of("-d", dir.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none", "-Xdoclint:all,-missing",
        "-Xmaxwarns", "100000", "-Xmaxerrs", "100000"), null, sources).call();
    List<String> doclint = found.getDiagnostics().stream()
        .filter(d -> d.getKind() != javax.tools.Diagnostic.Kind.NOTE)
        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": "
            + d.getMessage(java.util.Locale.ROOT)).limit(20).toList();
    assertEquals(List.of(), doclint);
  }

  @Test
  void fidelityToTheServiceMetadataMeetsTheFloors(@TempDir Path dir) throws Exception {
    JsonNode figures = corpus.fidelity(result, dir);
    assertEquals(List.of(), Corpus.below(figures, FLOORS), figures.toString());
  }

  /**
   * The operations measured as this run reaches them (issue 22 asks for more; see the README's
   * Operations section for what keeps ops_precision and recall lower): a regression guard.
   */
  static final Map<String, Double> OPERATION_FLOORS = Map.of("ops_recall", 0.97,
      "ops_precision", 0.89, "kind_acc", 0.97, "params_recall", 0.93, "params_precision", 0.98,
      "param_type_acc", 0.96, "return_acc", 0.94);

  @Test
  void operationsMatchTheServiceMetadataAtTheFloors(@TempDir Path dir) throws Exception {
    JsonNode figures = corpus.operations(result, dir);
    assertEquals(List.of(), Corpus.below(figures, OPERATION_FLOORS), figures.toString());
  }
}

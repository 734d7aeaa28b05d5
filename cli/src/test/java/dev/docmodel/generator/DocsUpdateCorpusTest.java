package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.check.CheckReport;
import dev.docmodel.generator.check.ExampleCheck;
import dev.docmodel.generator.check.ExampleOutcome;
import dev.docmodel.generator.compat.BaselineFile;
import dev.docmodel.generator.compat.BaselineReader;
import dev.docmodel.generator.compat.Change;
import dev.docmodel.generator.compat.ChangeReport;
import dev.docmodel.generator.compat.ModelDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real docs update, 2020-10 → 2021-07 (the resource pages of both snapshots), refereed by
 * japicmp on the two generated jars: the change report names every class japicmp finds
 * incompatible as java-breaking and calls nothing compatible that japicmp finds incompatible; with
 * the 2020-10 baseline the 2021-07 jar keeps at most a tenth of those incompatibilities, each named
 * breaking, and the whole 2021-07 reference still round-trips every typed example.
 */
class DocsUpdateCorpusTest {
  @TempDir
  static Path work;
  private static Corpus older;
  private static Corpus newer;
  private static Generator.Result before;
  private static Path beforeJar;
  private static Path baselineFile;
  private static Generator.Result plain;
  /** japicmp on the jars of both snapshots, generated without a baseline. */
  private static Map<String, Set<String>> plainIncompatible;

  @BeforeAll
  static void generateBothJars() throws IOException {
    older = Corpus.require("2020-10");
    newer = Corpus.require("2021-07");
    before = generate(List.of(older.resources()), null);
    beforeJar = jar(before, "old");
    baselineFile = work.resolve("baseline.json");
    Files.writeString(baselineFile, BaselineFile.write(before.surface().get()));
    plain = generate(List.of(newer.resources()), null);
    plainIncompatible = incompatibilities(beforeJar, jar(plain, "plain"));
  }

  /** Generated with the baseline file kept, or (null) without one. */
  private static Generator.Result generate(List<Path> docs, Path baseline) throws IOException {
    return TestGenerator.build(TestGenerator.options(docs, "x").baseline(baseline).build());
  }

  private static Path keep() {
    BaselineFile.Read read = BaselineReader.read(baselineFile, "x");
    assertTrue(read.ok(), read.problems().toString());
    return baselineFile;
  }

  private static Path jar(Generator.Result result, String name) throws IOException {
    return Jars.jar(result, work, name);
  }

  private static Map<String, Set<String>> incompatibilities(Path oldJar, Path newJar) {
    return Jars.incompatibilities(oldJar, newJar);
  }

  private static int memberCount(Map<String, Set<String>> incompatible) {
    return incompatible.values().stream().mapToInt(m -> Math.max(1, m.size())).sum();
  }

  /** The classes the report names as java-breaking, by their model class. */
  private static Set<String> javaBreakingClasses(ChangeReport report) {
    Set<String> classes = new TreeSet<>();
    report.changes().stream().filter(c -> c.java() == Change.Compat.BREAKING)
        .forEach(c -> c.javaSymbols().forEach(s -> classes.add(s.split("#")[0])));
    return classes;
  }

  private static List<String> notNamedBreaking(Map<String, Set<String>> incompatible,
      ChangeReport report) {
    Set<String> named = javaBreakingClasses(report);
    return incompatible.keySet().stream().filter(c -> !named.contains(c)
        && !(c.endsWith("Json") && named.contains(c.substring(0, c.length() - 4)))).toList();
  }

  @Test
  void everyClassJapicmpFindsIncompatibleIsNamedJavaBreaking() {
    ChangeReport report = ModelDiff.report(before.surface().get(), plain.surface().get(),
        plain.surface().get());
    Map<String, Set<String>> incompatible = plainIncompatible;
    System.out.println("docs update 2020-10 -> 2021-07: " + report.summary() + "; japicmp: "
        + incompatible.size() + " incompatible classes, " + memberCount(incompatible)
        + " incompatible members");
    assertTrue(incompatible.size() > 10, "the update breaks the plain jar: " + incompatible);
    assertEquals(List.of(), notNamedBreaking(incompatible, report));
    List<String> calledCompatible = new ArrayList<>();
    for (Change change : report.changes()) {
      if (change.java() == Change.Compat.BREAKING) {
        continue;
      }
      for (String symbol : change.javaSymbols()) {
        int hash = symbol.indexOf('#');
        String owner = hash < 0 ? symbol : symbol.substring(0, hash);
        Set<String> members = incompatible.get(owner);
        if (members != null && (hash < 0 ? members.isEmpty()
            : members.contains(symbol.substring(hash + 1).split("\\(")[0]))) {
          calledCompatible.add(change.kind() + " " + symbol);
        }
      }
    }
    assertEquals(List.of(), calledCompatible, "called java-compatible, incompatible for japicmp");
  }

  @Test
  void withTheBaselineJapicmpFindsAtMostATenthAndTheReportNamesThem() throws IOException {
    Generator.Result kept = generate(List.of(newer.resources()), keep());
    Map<String, Set<String>> incompatible = incompatibilities(beforeJar, jar(kept, "kept"));
    System.out.println("docs update with the baseline: " + kept.changes().summary()
        + "; japicmp: " + incompatible.size() + " incompatible classes, "
        + memberCount(incompatible) + " incompatible members (without: "
        + memberCount(plainIncompatible) + ")");
    assertTrue(memberCount(incompatible) * 10 <= memberCount(plainIncompatible),
        incompatible.toString());
    assertEquals(List.of(), notNamedBreaking(incompatible, kept.changes()));
    assertEquals(0, kept.errorCount());
  }

  @Test
  void checkExamplesWithTheBaselineStillPassesEveryExample() throws IOException {
    Generator.Result kept = generate(newer.docs(), keep());
    CheckReport report = ExampleCheck.run(kept, "x", List.of(newer.api()), outcome -> {});
    System.out.println("corpus examples with the 2020-10 baseline: " + report.summary());
    assertEquals(List.of(), report.outcomes().stream()
        .filter(o -> o.status() == ExampleOutcome.Status.FAILED).map(Object::toString).toList());
    assertTrue(report.count(ExampleOutcome.Status.PASSED) >= 1050, report.summary());
  }
}

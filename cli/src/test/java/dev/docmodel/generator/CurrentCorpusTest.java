package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.check.CheckReport;
import dev.docmodel.generator.check.ExampleCheck;
import dev.docmodel.generator.check.ExampleOutcome;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's pages: 35 resource and 9 API pages in the 2021-2026 format
 * ({@code graph-docs-current-sample}), measured against the service's 2026 metadata. A docs bug
 * in one of them (a type named as its own base, a page copied from another) is a warning, never a
 * failed run; today's enum pages yield their enums.
 */
class CurrentCorpusTest {
  /** The figures reached (see the README's "Today's pages"), so that any regression fails. */
  static final Map<String, Double> FLOORS = new LinkedHashMap<>();

  static {
    FLOORS.put("props_recall", 0.90);
    FLOORS.put("props_precision", 0.925);
    FLOORS.put("prop_type_acc", 0.97);
    FLOORS.put("prop_collection_acc", 0.99);
    FLOORS.put("prop_nav_acc", 1.0);
    FLOORS.put("base_acc", 1.0);
    FLOORS.put("kind_acc", 1.0);
    FLOORS.put("enum_members_recall", 0.97);
    FLOORS.put("enum_members_precision", 1.0);
  }

  private static final String SECURITY = "microsoft.graph.security";

  private static Corpus corpus;
  private static Generator.Result result;

  @BeforeAll
  static void generateOnce() throws IOException {
    corpus = Corpus.require("current-sample");
    result = corpus.generate();
  }

  @Test
  void generationHasNoErrors() {
    assertEquals(35 + 9, result.pageCount());
    assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError).toList());
  }

  @Test
  void aBaseNamedAsTheTypeItselfYieldsToTheProse() {
    StructuredType evidence = (StructuredType) result.model()
        .find(new QualifiedName(SECURITY, "activeDirectoryDomainEvidence")).orElseThrow();
    assertEquals(new QualifiedName(SECURITY, "alertEvidence"), evidence.baseType());
  }

  @Test
  void aPageCopiedFromAnotherIsReportedAndNamedAfterItsFile() {
    List<String> conflicts = result.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.TYPE_NAME_CONFLICT).map(Diagnostic::toString)
        .toList();
    assertEquals(List.of("security-resourceaccessevent.md:33:5: note [TYPE_NAME_CONFLICT] the "
        + "page names its type userAccount (annotation, heading) and resourceAccessEvent (front "
        + "matter title, file name); using microsoft.graph.security.resourceAccessEvent: the file "
        + "name decides a tie"), conflicts);
    StructuredType event = (StructuredType) result.model()
        .find(new QualifiedName(SECURITY, "resourceAccessEvent")).orElseThrow();
    assertEquals(List.of("accessDateTime", "accountId", "ipAddress", "resourceIdentifier"),
        event.properties().stream().map(p -> p.name()).toList());
  }

  @Test
  void todaysEnumPagesYieldTheirEnumsWithEveryMember() {
    assertEquals(List.of("queued", "inProgress", "completed", "completedWithErrors", "canceled",
        "failed", "unknownFutureValue", "canceling"),
        members("microsoft.graph.identityGovernance", "lifecycleWorkflowProcessingStatus"));
    assertEquals(List.of("detected", "blocked", "prevented", "unknownFutureValue"),
        members(SECURITY, "detectionStatus"));
    assertEquals(List.of("none", "low", "medium", "high", "critical", "unknownFutureValue"),
        members(SECURITY, "vulnerabilitySeverity"));
    long securityEnums = result.model().enumTypes().stream()
        .filter(e -> e.name().namespace().equals(SECURITY)).count();
    assertEquals(16, securityEnums, "every '### x values' section of security-enums.md");
  }

  /** Compiles the model; every example block is checked or skipped with a reason, none fails. */
  @Test
  void theModelCompilesAndEveryExampleIsCheckedOrSkippedWithAReason() throws IOException {
    CheckReport report = ExampleCheck.run(result, "x", List.of(corpus.api()), outcome -> {});
    System.out.println("current sample examples: " + report.summary());
    assertEquals(List.of(), report.outcomes().stream()
        .filter(o -> o.status() == ExampleOutcome.Status.FAILED).map(Object::toString).toList());
    assertEquals(14, report.count(ExampleOutcome.Status.PASSED), report.summary());
    assertEquals(Map.of("no body", 14), report.skipReasons(), "the GET requests have no body");
  }

  @Test
  void fidelityToThe2026MetadataMeetsTheFloors(@TempDir Path dir) throws Exception {
    JsonNode figures = corpus.fidelity(result, dir);
    assertEquals(List.of(), Corpus.below(figures, FLOORS), figures.toString());
  }

  private static List<String> members(String namespace, String name) {
    EnumType type = (EnumType) result.model().find(new QualifiedName(namespace, name))
        .orElseThrow();
    assertTrue(type.members().size() > 0);
    return type.members().stream().map(EnumMember::name).toList();
  }
}

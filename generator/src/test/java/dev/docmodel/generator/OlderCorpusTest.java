package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same reference nine months earlier (2020-10, 997 resource pages, no API pages), measured
 * against the service's metadata of its own month: the rules must hold on docs they were not
 * tuned on.
 */
class OlderCorpusTest {
  static final Map<String, Double> FLOORS = new LinkedHashMap<>();

  static {
    FLOORS.put("types_recall", 0.99);
    FLOORS.put("props_recall", 0.97);
    FLOORS.put("props_precision", 0.976);
    FLOORS.put("prop_type_acc", 0.98);
    FLOORS.put("prop_collection_acc", 0.995);
    FLOORS.put("prop_nav_acc", 0.995);
    FLOORS.put("prop_exact", 0.95);
    FLOORS.put("base_acc", 0.96);
    FLOORS.put("enum_members_recall", 0.97);
    FLOORS.put("kind_acc", 0.99);
  }

  private static Corpus corpus;
  private static Generator.Result result;

  @BeforeAll
  static void generateOnce() throws IOException {
    corpus = Corpus.require("2020-10");
    result = corpus.generate();
  }

  @Test
  void everyPageIsReadWithoutErrors() {
    assertEquals(997, result.pageCount());
    assertEquals(0, result.errorCount());
  }

  @Test
  void everyTypeAndNamespaceNameIsWellFormed() throws IOException {
    assertEquals(List.of(), Corpus.malformedNames(result));
  }

  @Test
  void fidelityToTheServiceMetadataMeetsTheFloors(@TempDir Path dir) throws Exception {
    JsonNode figures = corpus.fidelity(result, dir);
    assertEquals(List.of(), Corpus.below(figures, FLOORS), figures.toString());
  }
}

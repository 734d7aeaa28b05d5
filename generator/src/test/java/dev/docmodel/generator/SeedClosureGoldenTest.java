package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for the code emitted from the seed closure. After a deliberate change, regenerate
 * them with {@code mvn -pl generator test -Dtest=SeedClosureGoldenTest -Ddocmodel.updateGolden=true}
 * and review the diff.
 */
class SeedClosureGoldenTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "seeds");

  static final Path GOLDEN_JACKSON3 = Path.of("src", "test", "resources", "golden",
      "seeds-jackson3");

  static Generator.Result generateSeeds() throws IOException {
    return generateSeeds(JacksonVersion.JACKSON_2);
  }

  static Generator.Result generateSeeds(JacksonVersion jackson) throws IOException {
    return TestGenerator.build(TestGenerator.options(List.of(TestPaths.seeds()),
        "com.example.graph")
        .linking(new Linker.Options("microsoft.graph", EnumInference.ALWAYS)).jackson(jackson)
        .build());
  }

  private static Map<String, String> sources(Generator.Result result) {
    assertEquals(0, result.errorCount(), () -> result.diagnostics().toString());
    Map<String, String> files = new TreeMap<>();
    for (JavaFile file : result.files()) {
      files.put(file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java",
          file.toString());
    }
    return files;
  }

  @Test
  void emittedCodeMatchesTheGoldenFiles() throws IOException {
    matchGolden(GOLDEN, sources(generateSeeds()));
  }

  /**
   * On Jackson 3 the model classes and enums are the same bytes as on Jackson 2 (one API for
   * both); the serializers, the registry and the module are written for tools.jackson, and have
   * golden files of their own.
   */
  @Test
  void onJackson3OnlyTheJsonFacingFilesDifferAndMatchTheirGoldenFiles() throws IOException {
    Map<String, String> jackson2 = sources(generateSeeds());
    Map<String, String> jackson3 = sources(generateSeeds(JacksonVersion.JACKSON_3));
    assertEquals(jackson2.keySet(), jackson3.keySet());
    Map<String, String> jsonFacing = new TreeMap<>();
    for (Map.Entry<String, String> e : jackson3.entrySet()) {
      String name = e.getKey();
      if (name.endsWith("Json.java") || name.endsWith("/ModelTypes.java")
          || name.endsWith("/ModelModule.java")) {
        jsonFacing.put(name, e.getValue());
        assertTrue(!e.getValue().contains("com.fasterxml") && !e.getValue().contains("IOException"),
            name);
      } else {
        assertEquals(jackson2.get(name), e.getValue(), name + " is the same on both Jacksons");
        // By construction, not by the two bindings sharing a package name: model classes and
        // enums name only the core runtime.
        assertFalse(e.getValue().contains("dev.docmodel.runtime.jackson"), name);
        assertTrue(e.getValue().contains("@Generated(\"dev.docmodel.generator.Generator\")"),
            name);
      }
    }
    matchGolden(GOLDEN_JACKSON3, jsonFacing);
  }

  private static void matchGolden(Path golden, Map<String, String> actual) throws IOException {
    if (Boolean.getBoolean("docmodel.updateGolden")) {
      if (Files.isDirectory(golden)) {
        try (Stream<Path> old = Files.walk(golden)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Path target = golden.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.walk(golden)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        expected.put(golden.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertEquals(expected.keySet(), actual.keySet(), "the set of generated files changed");
    List<String> differing = new ArrayList<>();
    for (String name : expected.keySet()) {
      if (!expected.get(name).equals(actual.get(name))) {
        differing.add(name);
      }
    }
    assertTrue(differing.isEmpty(), "generated code differs from golden files " + differing
        + "; if intended, rerun with -Ddocmodel.updateGolden=true and review the diff");
  }

  @Test
  void theSeedClosureCompiles(@TempDir Path classes) throws IOException {
    Generator.Result result = generateSeeds();
    List<String> errors = InMemoryCompiler.compile(result.files(), classes);
    assertEquals(List.of(), errors);
    assertTrue(Files.exists(classes.resolve("com/example/graph/SynchronizationJob.class")));
  }

  @Test
  void generationIsDeterministic() throws IOException {
    List<String> first = generateSeeds().files().stream().map(JavaFile::toString).toList();
    List<String> second = generateSeeds().files().stream().map(JavaFile::toString).toList();
    assertEquals(first, second);
  }
}

package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docmodel.generator.csdl.CsdlExporter;
import dev.docmodel.generator.model.QualifiedName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One snapshot of the Graph v1.0 reference in {@code -Ddocmodel.shared.dir}: its resource pages,
 * its API pages when the snapshot has them, and the service's metadata of the same month.
 */
record Corpus(Path shared, String month) {
  /** The corpus of that month, or a skipped test saying loudly where it looked. */
  static Corpus require(String month) {
    Path shared = TestPaths.shared();
    Path resources = shared == null ? null
        : shared.resolve("corpus/graph-docs-" + month + "/v1.0/resources");
    if (resources == null || !Files.isDirectory(resources)) {
      String why = "CORPUS TESTS SKIPPED: no corpus at "
          + (resources != null ? resources : System.getProperty("docmodel.shared.dir"))
          + " (set -Ddocmodel.shared.dir to the directory holding corpus/)";
      System.err.println(why);
      assumeTrue(false, why);
    }
    return new Corpus(shared, month);
  }

  Path resources() {
    return shared.resolve("corpus/graph-docs-" + month + "/v1.0/resources");
  }

  /** The API pages, or null when this snapshot has none. */
  Path api() {
    Path api = shared.resolve("corpus/graph-docs-" + month + "/v1.0/api");
    return Files.isDirectory(api) ? api : null;
  }

  /** The service's metadata of the snapshot's month; today's sample is measured against 2026's. */
  Path metadata() {
    return shared.resolve("corpus/graph-metadata-"
        + (month.equals("current-sample") ? "2026" : month) + "/v1.0.xml");
  }

  /** The docs the generator reads: the resource pages, and the API pages beside them. */
  List<Path> docs() {
    return api() == null ? List.of(resources()) : List.of(resources(), api());
  }

  Generator.Result generate() throws IOException {
    return TestGenerator.build(docs(), "x");
  }

  /** The figures of {@code tools/fidelity.py} for the model; fails when it does not run. */
  JsonNode fidelity(Generator.Result result, Path dir) throws Exception {
    return measure("fidelity", result, dir, "--docs", resources().toString());
  }

  /**
   * The figures of {@code tools/operations.py} for the model's operations, in scope as the API
   * pages' request lines reach them; fails when it does not run.
   */
  JsonNode operations(Generator.Result result, Path dir) throws Exception {
    return measure("operations", result, dir, "--api", api().toString());
  }

  private JsonNode measure(String tool, Generator.Result result, Path dir, String... args)
      throws Exception {
    Path python = findPython();
    assumeTrue(python != null, tool + " check skipped: python3 is not on the PATH");
    Path csdl = dir.resolve(tool + "-model.json");
    Files.writeString(csdl, CsdlExporter.export(result.model()));
    Path figuresFile = dir.resolve(tool + "-figures.json");
    List<String> command = new ArrayList<>(List.of(python.toString(),
        shared.resolve("tools/" + tool + ".py").toString(), csdl.toString(),
        metadata().toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--json", figuresFile.toString(), "--show", "0"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), tool + ".py timed out");
    assertEquals(0, process.exitValue(), output);
    System.out.println("corpus " + month + " " + tool + ": "
        + output.lines().reduce((a, b) -> b).orElse(""));
    return new ObjectMapper().readTree(figuresFile.toFile()).path("figures");
  }

  /** The figures below their floors, as {@code name=value < floor}. */
  static List<String> below(JsonNode figures, Map<String, Double> floors) {
    List<String> below = new ArrayList<>();
    floors.forEach((name, floor) -> {
      double value = figures.path(name).asDouble(-1);
      if (value < floor) {
        below.add(name + "=" + value + " < " + floor);
      }
    });
    return below;
  }

  /** Namespaces and type names of the CSDL export that are not well-formed OData names. */
  static List<String> malformedNames(Generator.Result result) throws IOException {
    JsonNode csdl = new ObjectMapper().readTree(CsdlExporter.export(result.model()));
    List<String> malformed = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = csdl.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> namespace = it.next();
      if (namespace.getKey().startsWith("$")) {
        continue;
      }
      if (!QualifiedName.isNamespace(namespace.getKey())) {
        malformed.add("namespace " + namespace.getKey());
      }
      namespace.getValue().fieldNames().forEachRemaining(type -> {
        if (!QualifiedName.isIdentifier(type)) {
          malformed.add(namespace.getKey() + " type " + type);
        }
      });
    }
    return malformed;
  }

  private static Path findPython() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "python3");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}

package dev.docmodel.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docmodel.generator.write.ReportFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the last successful run of an execution produced: its fingerprint and the files it wrote
 * (relative to the output directory). Versioned; an unreadable or foreign cache counts as none.
 */
record GenerationCache(String fingerprint, List<String> outputs) {
  private static final ObjectMapper JSON = new ObjectMapper();

  GenerationCache {
    outputs = List.copyOf(outputs);
  }

  static GenerationCache read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      JsonNode root = JSON.readTree(file.toFile());
      if (!Fingerprint.FORMAT.equals(root.path("format").asText())) {
        return null;
      }
      List<String> outputs = new ArrayList<>();
      root.path("outputs").forEach(o -> outputs.add(o.asText()));
      return new GenerationCache(root.path("fingerprint").asText(), outputs);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Written last, atomically, and only after the run succeeded. */
  void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", Fingerprint.FORMAT);
    root.put("fingerprint", fingerprint);
    ArrayNode list = root.putArray("outputs");
    outputs.forEach(list::add);
    ReportFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  /** Whether every recorded output still exists (a deleted output forces regeneration). */
  boolean outputsExist(Path outputDirectory) {
    return Files.isDirectory(outputDirectory)
        && outputs.stream().allMatch(o -> Files.isRegularFile(outputDirectory.resolve(o)));
  }

  List<Path> outputPaths(Path outputDirectory) {
    return outputs.stream().map(outputDirectory::resolve).toList();
  }
}

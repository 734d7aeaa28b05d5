package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken pages beside good ones: diagnostics for the broken, the same output for the good. */
class PageIsolationTest {
  private static final Linker.Options OPTIONS =
      new Linker.Options("microsoft.graph", EnumInference.ALWAYS);

  private static Map<String, String> generate(Path... dirs) throws IOException {
    Generator.Result result = TestGenerator.build(TestGenerator.options(List.of(dirs),
        "com.example.graph").excludes(List.of("api/**")).linking(OPTIONS).build());
    return result.files().stream().collect(Collectors.toMap(
        f -> f.packageName() + "." + f.typeSpec().name(), JavaFile::toString, (a, b) -> a,
        TreeMap::new));
  }

  @Test
  void brokenPagesChangeNothingGeneratedFromTheOthers(@TempDir Path broken) throws IOException {
    Files.writeString(broken.resolve("cyclea.md"), "# cycleA resource type\n\nNamespace: "
        + "microsoft.graph\n\nInherits from [cycleB](cycleb.md)\n\n## Properties\n\n"
        + "| Property | Type | Description |\n|--|--|--|\n|a|String||\n");
    Files.writeString(broken.resolve("cycleb.md"), "# cycleB resource type\n\nNamespace: "
        + "microsoft.graph\n\nInherits from [cycleA](cyclea.md)\n\n## Properties\n\n"
        + "| Property | Type | Description |\n|--|--|--|\n|b|String||\n");
    Files.writeString(broken.resolve("json.md"), "# badJson resource type\n\n<!-- { \"blockType\": "
        + "\"resource\", \"@odata.type\": \"microsoft.graph.badJson\" -->\n```json\n{ \"a\": [1,\n```\n"
        + "| Property | Type |\n|--|--|\n|\n");
    Files.write(broken.resolve("bytes.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, '|', '#'});

    Map<String, String> alone = generate(TestPaths.seeds());
    Map<String, String> together = generate(TestPaths.seeds(), broken);

    int compared = 0;
    for (Map.Entry<String, String> file : alone.entrySet()) {
      if (file.getKey().endsWith(".ModelTypes") || file.getKey().endsWith(".ModelModule")) {
        continue; // the registry lists every type, the broken pages' too
      }
      assertEquals(file.getValue(), together.get(file.getKey()), file.getKey());
      compared++;
    }
    assertTrue(compared > 90, "compared " + compared + " files");
    assertTrue(together.containsKey("com.example.graph.CycleA")
        && together.containsKey("com.example.graph.BadJson"), "broken pages still yield types");
  }
}

package dev.docmodel.runtime.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 3 binding is the Jackson 2 binding's code under Jackson 3's names (see this module's
 * pom). The renames are meant for code: no string literal or comment may change, or an error
 * message or a javadoc would say something else on Jackson 3. And the port holds exactly the
 * Jackson 2 files it is made from, no stale one.
 */
class PortTest {
  private static final Path JACKSON2 = Path.of("../model-runtime-jackson2/src/main/java");
  private static final Path PORT = Path.of("target/generated-sources/jackson2-port");
  /** Written for each Jackson, not ported. */
  private static final List<String> OWN = List.of("Jackson.java", "DeclaredTypes.java",
      "ModelReadException.java");

  @Test
  void noRenameTouchedAStringLiteralOrAComment() throws IOException {
    List<Path> ported = javaFiles(PORT);
    assertTrue(ported.size() > 5, "the port is there: " + ported);
    for (Path file : ported) {
      Path original = JACKSON2.resolve(PORT.relativize(file));
      assertEquals(literalsAndComments(read(original)), literalsAndComments(read(file)),
          "literals and comments of " + PORT.relativize(file));
    }
  }

  @Test
  void thePortHoldsExactlyTheJackson2FilesItIsMadeFrom() throws IOException {
    List<Path> expected = new ArrayList<>();
    for (Path file : javaFiles(JACKSON2)) {
      if (!OWN.contains(file.getFileName().toString())) {
        expected.add(JACKSON2.relativize(file));
      }
    }
    List<Path> ported = javaFiles(PORT).stream().map(PORT::relativize).toList();
    assertEquals(expected, ported);
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Every string and char literal and every comment of a Java source, in order. */
  static List<String> literalsAndComments(String source) {
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
        end = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
      } else if (c == '"' || c == '\'') {
        end = i + 1;
        while (end < source.length() && source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, source.length());
      } else {
        i++;
        continue;
      }
      found.add(source.substring(i, end));
      i = end;
    }
    return found;
  }
}

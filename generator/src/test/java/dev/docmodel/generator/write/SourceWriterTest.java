package dev.docmodel.generator.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files we write: only when their bytes change, whole, and with the permissions of the umask. */
class SourceWriterTest {
  @Test
  void aRewrittenFileKeepsThePermissionsANewFileGets(@TempDir Path dir) throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Path fresh = dir.resolve("fresh.json");
    Path report = dir.resolve("report.json");
    assertTrue(SourceWriter.writeIfChanged(fresh, bytes("{}")));
    assertTrue(SourceWriter.writeIfChanged(report, bytes("{\"a\":1}")));
    assertTrue(SourceWriter.writeIfChanged(report, bytes("{\"a\":2}")), "replaced");
    assertArrayEquals(bytes("{\"a\":2}"), Files.readAllBytes(report));
    assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(report),
        "a replaced file is not left private (a temporary file's 0600)");
    assertFalse(SourceWriter.writeIfChanged(report, bytes("{\"a\":2}")), "same bytes: untouched");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("fresh.json", "report.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

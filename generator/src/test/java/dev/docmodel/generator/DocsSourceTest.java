package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSourceTest {
  @TempDir
  Path dir;

  private List<String> pages(List<String> includes, List<String> excludes) throws IOException {
    return new DocsSource(List.of(dir), includes, excludes).pages().stream()
        .map(DocsSource.PageFile::relativePath).toList();
  }

  private void page(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# " + relative);
  }

  @Test
  void everyPageAtAnyDepthSortedByPath() throws IOException {
    page("b.md");
    page("a.md");
    page("api/x-get.md");
    page("notes.txt");
    Files.createDirectories(dir.resolve("dir.md"));
    assertEquals(List.of("a.md", "api/x-get.md", "b.md"), pages(List.of(), List.of()));
  }

  @Test
  void includeAndExcludeGlobsOnTheRelativePath() throws IOException {
    page("a.md");
    page("api/x-get.md");
    page("api/deep/y-list.md");
    assertEquals(List.of("a.md"), pages(List.of(), List.of("api/**")));
    assertEquals(List.of("api/deep/y-list.md", "api/x-get.md"), pages(List.of("api/**"),
        List.of()));
    assertEquals(List.of("api/x-get.md"), pages(List.of("api/**"), List.of("**/deep/**")));
  }

  @Test
  void aLinkToAPageCountsAsThePage() throws IOException {
    page("real/a.md");
    Files.createDirectories(dir.resolve("docs"));
    Files.createSymbolicLink(dir.resolve("docs/linked.md"), dir.resolve("real/a.md"));
    Files.createSymbolicLink(dir.resolve("docs/dangling.md"), dir.resolve("missing.md"));
    assertEquals(List.of("docs/linked.md", "real/a.md"), pages(List.of(), List.of()));
  }

  @Test
  void aMissingDirectoryIsAnError() {
    assertThrows(IOException.class,
        () -> new DocsSource(List.of(dir.resolve("missing")), List.of(), List.of()).pages());
  }
}

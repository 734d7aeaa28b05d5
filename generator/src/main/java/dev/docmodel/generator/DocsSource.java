package dev.docmodel.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages to read: every {@code .md} file under the docs directories that the include patterns
 * select and the exclude patterns do not (globs on the path relative to its directory, with
 * forward slashes). Sorted, so the order never depends on the file system.
 */
public record DocsSource(List<Path> directories, List<String> includes, List<String> excludes) {

  /** One page: its path for diagnostics (relative, forward slashes) and where it is on disk. */
  public record PageFile(String relativePath, Path file) {}

  /** Every page, at any depth. */
  private static final List<String> ALL_PAGES = List.of("**/*.md", "*.md");

  public DocsSource {
    directories = List.copyOf(directories);
    includes = includes == null || includes.isEmpty() ? ALL_PAGES : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
  }

  public List<PageFile> pages() throws IOException {
    // The default includes take every .md file: no need to match each path against them.
    List<PathMatcher> in = includes.equals(ALL_PAGES) ? List.of(path -> true) : matchers(includes);
    List<PathMatcher> out = matchers(excludes);
    List<PageFile> pages = new ArrayList<>();
    for (Path directory : directories) {
      Path root = directory.toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        throw new IOException("docs directory does not exist: " + directory);
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          Path rel = Path.of(relative);
          if (relative.endsWith(".md") && in.stream().anyMatch(m -> m.matches(rel))
              && out.stream().noneMatch(m -> m.matches(rel))) {
            pages.add(new PageFile(relative, file));
          }
        }
      }
    }
    pages.sort(Comparator.comparing(PageFile::relativePath).thenComparing(p -> p.file().toString()));
    return pages;
  }

  /** Reads a page as UTF-8; malformed bytes become U+FFFD instead of failing the page. */
  public static String readText(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  /**
   * UTF-8, with malformed sequences replaced (U+FFFD) rather than failing the page: what the
   * String constructor does, as a REPLACE decoder would, without the decoder's extra copy.
   */
  public static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    return matchers;
  }
}

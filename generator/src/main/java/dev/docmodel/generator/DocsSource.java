package dev.docmodel.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    List<PathMatcher> in = includes.equals(ALL_PAGES) ? List.of() : matchers(includes);
    List<PathMatcher> out = matchers(excludes);
    List<PageFile> pages = new ArrayList<>();
    for (Path directory : directories) {
      Path root = directory.toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        throw new IOException("docs directory does not exist: " + directory);
      }
      // walkFileTree hands over the attributes it has read: no second stat per file.
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          // A link to a page counts as the page (as Files.isRegularFile would have it).
          boolean regular = attributes.isRegularFile()
              || attributes.isSymbolicLink() && Files.isRegularFile(file);
          if (regular && relative.endsWith(".md") && selected(relative, in, out)) {
            pages.add(new PageFile(relative, file));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }
    pages.sort(Comparator.comparing(PageFile::relativePath).thenComparing(p -> p.file().toString()));
    return pages;
  }

  /** Included (by any include pattern, or all when there are none) and excluded by none. */
  private static boolean selected(String path, List<PathMatcher> in, List<PathMatcher> out) {
    if (in.isEmpty() && out.isEmpty()) {
      return true;
    }
    Path relative = Path.of(path);
    boolean included = in.isEmpty();
    for (PathMatcher include : in) {
      included |= include.matches(relative);
    }
    for (PathMatcher exclude : out) {
      included &= !exclude.matches(relative);
    }
    return included;
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

package dev.docmodel.generator.read;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Stage 1: turns one markdown page into {@link Page} elements with locations, using commonmark and
 * its GFM tables extension. Reading never fails: what cannot be read becomes a diagnostic.
 */
public final class PageReader {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  private PageReader() {}

  /**
   * Bounds on what is parsed, far above real pages (the largest of the 2021 reference is 82 KB,
   * its longest line 12 K characters): commonmark spends about a microsecond per bracket, so
   * unbounded hostile input would take seconds.
   */
  static final int MAX_PAGE_CHARS = 512 * 1024;
  static final int MAX_LINE_CHARS = 64 * 1024;

  /** Reads {@code text}, the content of the page at {@code path}. */
  public static Page read(String path, String text, Diagnostics diagnostics) {
    String normalized = bounded(path, text.replace("\r\n", "\n").replace('\r', '\n'),
        diagnostics);
    Map<String, String> frontMatter = new LinkedHashMap<>();
    String body = FrontMatter.blankOut(normalized, frontMatter);
    Document document = (Document) PARSER.parse(body);
    PageWalker walker = new PageWalker(path, diagnostics);
    walker.walk(document);
    return new Page(path, Map.copyOf(frontMatter), List.copyOf(walker.headings),
        walker.namespace, walker.inheritsFrom, List.copyOf(walker.derivedTypes),
        List.copyOf(walker.resources), List.copyOf(walker.tables),
        List.copyOf(walker.responses), List.copyOf(walker.examples), walker.result,
        List.copyOf(walker.requests), walker.responseText, walker.requestBodyText);
  }

  private static String bounded(String path, String text, Diagnostics diagnostics) {
    if (text.length() > MAX_PAGE_CHARS) {
      int line = 1 + (int) text.substring(0, MAX_PAGE_CHARS).chars().filter(c -> c == '\n').count();
      diagnostics.report(DiagnosticCode.PAGE_TOO_LARGE, new Location(path, line, 1),
          "the page has " + text.length() + " characters; only the first " + MAX_PAGE_CHARS
              + " are read");
      text = text.substring(0, MAX_PAGE_CHARS);
    }
    StringBuilder out = null;
    int lineNumber = 1;
    for (int lineStart = 0; lineStart <= text.length(); lineNumber++) {
      int end = text.indexOf('\n', lineStart);
      int lineEnd = end < 0 ? text.length() : end;
      if (lineEnd - lineStart > MAX_LINE_CHARS) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, lineStart);
        }
        out.append(text, lineStart, lineStart + MAX_LINE_CHARS);
        diagnostics.report(DiagnosticCode.LINE_TOO_LONG, new Location(path, lineNumber, 1),
            "the line has " + (lineEnd - lineStart) + " characters; only the first "
                + MAX_LINE_CHARS + " are read");
      } else if (out != null) {
        out.append(text, lineStart, lineEnd);
      }
      if (out != null && end >= 0) {
        out.append('\n');
      }
      if (end < 0) {
        break;
      }
      lineStart = end + 1;
    }
    return out == null ? text : out.toString();
  }
}

package dev.docmodel.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.Page.Cell;
import dev.docmodel.generator.read.Page.Heading;
import dev.docmodel.generator.read.Page.Located;
import dev.docmodel.generator.read.Page.ResourceBlock;
import dev.docmodel.generator.read.Page.Row;
import dev.docmodel.generator.read.Page.Table;
import dev.docmodel.generator.read.Page.TypeLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
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
    Walker walker = new Walker(path, diagnostics);
    walker.walk(document);
    return new Page(path, Map.copyOf(frontMatter), List.copyOf(walker.headings),
        walker.namespace, walker.inheritsFrom, List.copyOf(walker.derivedTypes),
        List.copyOf(walker.resources), List.copyOf(walker.tables),
        List.copyOf(walker.responses));
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

  /** Visits blocks in document order, keeping the current section heading. */
  private static final class Walker {
    private final String path;
    private final Diagnostics diagnostics;
    private final List<Heading> headings = new ArrayList<>();
    private final List<ResourceBlock> resources = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Page.ResponseExample> responses = new ArrayList<>();
    /** A response annotation waiting for its code block. */
    private JsonBlock pendingResponse;
    private Located<String> namespace;
    private TypeLink inheritsFrom;
    private final List<TypeLink> derivedTypes = new ArrayList<>();
    /** The previous block announced a list of derived types ("... derived types:"). */
    private boolean derivedListFollows;
    private Heading section;
    /** Past the Properties heading, sentences describe properties, not the type. */
    private boolean pastProperties;
    private JsonBlock pendingAnnotation;

    Walker(String path, Diagnostics diagnostics) {
      this.path = path;
      this.diagnostics = diagnostics;
    }

    /** Deeper block nesting (quotes in lists in quotes...) carries no type information. */
    private static final int MAX_DEPTH = 64;
    private int depth;

    void walk(Node parent) {
      if (depth > MAX_DEPTH) {
        return;
      }
      depth++;
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        visit(node);
      }
      depth--;
      if (parent instanceof Document) {
        flushAnnotation();
      }
    }

    private void visit(Node node) {
      boolean listAnnounced = derivedListFollows;
      derivedListFollows = false;
      if (node instanceof ListBlock list && (listAnnounced || inDerivedTypesSection())) {
        collectLinks(list, location(list), 0);
      }
      if (node instanceof org.commonmark.node.Heading heading) {
        flushAnnotation();
        section = new Heading(heading.getLevel(), InlineText.of(heading).text(), location(node));
        headings.add(section);
        pastProperties |= section.level() > 1
            && section.text().toLowerCase(Locale.ROOT).strip().startsWith("propert");
      } else if (node instanceof Paragraph paragraph) {
        readParagraph(paragraph);
      } else if (node instanceof HtmlBlock html) {
        readComment(html);
      } else if (node instanceof FencedCodeBlock code) {
        readCode(code);
      } else if (node instanceof TableBlock table) {
        readTable(table);
      } else if (node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem) {
        walk(node);
      }
    }

    private void readParagraph(Paragraph paragraph) {
      InlineText text = InlineText.of(paragraph);
      Location at = location(paragraph);
      if (namespace == null) {
        int lineOffset = 0;
        for (String line : text.text().split("\n")) {
          String trimmed = line.strip();
          Location lineAt = at.plusLines(lineOffset++, 1);
          if (trimmed.toLowerCase(Locale.ROOT).startsWith("namespace:")) {
            String value = trimmed.substring("namespace:".length()).strip();
            int space = value.indexOf(' ');
            value = space < 0 ? value : value.substring(0, space);
            if (!value.isEmpty()) {
              namespace = new Located<>(value, lineAt);
            }
          }
        }
      }
      boolean relates = BaseTypeProse.mayRelateTypes(text);
      if (inheritsFrom == null && relates) {
        inheritsFrom = BaseTypeProse.find(text, at, !pastProperties);
      }
      if (!pastProperties) {
        if (relates) {
          derivedTypes.addAll(BaseTypeProse.derivedTypes(text, at));
        }
        derivedListFollows = relates && BaseTypeProse.announcesDerivedTypes(text);
      }
    }

    private boolean inDerivedTypesSection() {
      return section != null
          && section.text().toLowerCase(Locale.ROOT).strip().startsWith("derived types");
    }

    /** Every link inside a block, as a type reference. */
    private void collectLinks(Node block, Location at, int nesting) {
      if (nesting > MAX_DEPTH) {
        return;
      }
      for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof org.commonmark.node.Link link) {
          String text = InlineText.of(link).text().strip();
          if (!text.isEmpty()) {
            derivedTypes.add(new TypeLink(text, link.getDestination(), location(link)));
          }
        } else {
          collectLinks(node, at, nesting + 1);
        }
      }
    }

    private void readComment(HtmlBlock html) {
      String literal = html.getLiteral();
      int open = literal.indexOf("<!--");
      int close = literal.lastIndexOf("-->");
      if (open < 0 || close < open + 4) {
        return;
      }
      String inside = literal.substring(open + 4, close);
      if (inside.strip().isEmpty() || inside.strip().charAt(0) != '{') {
        return;
      }
      Location at = location(html);
      int prefixLines = (int) literal.substring(0, open + 4).chars().filter(c -> c == '\n').count();
      int column = prefixLines == 0 ? at.column() + open + 4 : 1;
      try {
        JsonBlock block = LenientJson.parse(inside, at.plusLines(prefixLines, column));
        JsonNode type = block.root().get("blockType");
        if (type != null) {
          pendingResponse = null; // an annotation is about the code block right after it
        }
        if (type != null && "resource".equalsIgnoreCase(type.asText())) {
          flushAnnotation();
          pendingAnnotation = block;
        } else if (type != null && "response".equalsIgnoreCase(type.asText())) {
          flushAnnotation();
          pendingResponse = block;
        }
      } catch (LenientJson.Invalid e) {
        if (inside.contains("\"resource\"")) {
          diagnostics.report(DiagnosticCode.ANNOTATION_INVALID, e.location(),
              "resource annotation is not valid JSON: " + e.getMessage());
        }
      }
    }

    private void readCode(FencedCodeBlock code) {
      if (pendingResponse != null) {
        readResponse(code);
        return;
      }
      if (pendingAnnotation == null) {
        return;
      }
      JsonBlock annotation = pendingAnnotation;
      pendingAnnotation = null;
      Location at = location(code);
      // The literal starts on the line after the opening fence.
      Location contentStart = at.plusLines(1, 1);
      JsonBlock sample = null;
      try {
        sample = LenientJson.parse(code.getLiteral(), contentStart);
      } catch (LenientJson.Invalid e) {
        diagnostics.report(DiagnosticCode.JSON_BLOCK_INVALID, e.location(),
            "JSON representation is not valid JSON: " + e.getMessage());
      }
      resources.add(new ResourceBlock(annotation, sample, annotation.location()));
    }

    /** A typed response example; its body is read when it is JSON, silently otherwise. */
    private void readResponse(FencedCodeBlock code) {
      JsonNode annotation = pendingResponse.root();
      pendingResponse = null;
      JsonNode typeNode = annotation.get("@odata.type");
      String type = typeNode == null || !typeNode.isTextual() ? "" : typeNode.asText().strip();
      JsonNode isCollection = annotation.get("isCollection");
      boolean collection = isCollection != null && (isCollection.asBoolean(false)
          || "true".equalsIgnoreCase(isCollection.asText()));
      if (type.regionMatches(true, 0, "Collection(", 0, 11) && type.endsWith(")")) {
        type = type.substring(11, type.length() - 1).strip();
        collection = true;
      }
      if (type.isEmpty()) {
        return;
      }
      HttpMessage message = HttpMessage.of(code.getLiteral());
      JsonBlock body = null;
      if (message.body().stripLeading().startsWith("{")) {
        try {
          body = LenientJson.parse(message.body(),
              location(code).plusLines(1 + message.skippedLines(), 1));
        } catch (LenientJson.Invalid e) {
          body = null; // examples are often abridged ("..."); they are evidence, not input
        }
      }
      responses.add(new Page.ResponseExample(type, collection, body, location(code)));
    }

    private void flushAnnotation() {
      if (pendingAnnotation != null) {
        resources.add(new ResourceBlock(pendingAnnotation, null, pendingAnnotation.location()));
        pendingAnnotation = null;
      }
    }

    private void readTable(TableBlock table) {
      List<String> header = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          if (!(row instanceof TableRow)) {
            continue;
          }
          List<Cell> cells = new ArrayList<>();
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            InlineText text = InlineText.of(cell);
            String plain = text.text().replace('\n', ' ');
            int lead = plain.length() - plain.stripLeading().length();
            cells.add(new Cell(plain.strip(), text.links(),
                text.codeSpans().stream().map(c -> c.shifted(-lead)).toList(), location(cell)));
          }
          if (part instanceof TableHead) {
            cells.forEach(c -> header.add(c.text()));
          } else if (part instanceof TableBody) {
            rows.add(new Row(List.copyOf(cells), location(row)));
          }
        }
      }
      if (inDerivedTypesSection()) {
        for (Row row : rows) {
          Cell first = row.cell(0);
          if (first != null && !first.links().isEmpty()) {
            Page.Link link = first.links().get(0);
            derivedTypes.add(new TypeLink(link.text(), link.destination(), first.location()));
          }
        }
      }
      tables.add(new Table(section == null ? "" : section.text(), List.copyOf(header),
          List.copyOf(rows), location(table)));
    }

    /** The node's first source position; nodes without one (rare) take their parent's. */
    private Location location(Node node) {
      for (Node n = node; n != null; n = n.getParent()) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans != null && !spans.isEmpty()) {
          SourceSpan span = spans.get(0);
          return new Location(path, span.getLineIndex() + 1, span.getColumnIndex() + 1);
        }
      }
      return new Location(path, 1, 1);
    }
  }
}

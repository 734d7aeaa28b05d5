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
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/** Visits blocks in document order, keeping the current section heading. */
final class PageWalker {
  private final String path;
  private final Diagnostics diagnostics;
  final List<Heading> headings = new ArrayList<>();
  final List<ResourceBlock> resources = new ArrayList<>();
  final List<Table> tables = new ArrayList<>();
  final List<Page.ResponseExample> responses = new ArrayList<>();
  final List<Page.ExampleBlock> examples = new ArrayList<>();
  Page.ResultLink result;
  final List<Page.RequestLine> requests = new ArrayList<>();
  Located<String> responseText;
  Located<String> requestBodyText;
  /** A request or response annotation waiting for its code block. */
  private JsonBlock pendingExample;
  /** Under the Response heading, before its first paragraph. */
  private boolean responseSection;
  /** A response annotation waiting for its code block. */
  private JsonBlock pendingResponse;
  Located<String> namespace;
  TypeLink inheritsFrom;
  final List<TypeLink> derivedTypes = new ArrayList<>();
  /** The previous block announced a list of derived types ("... derived types:"). */
  private boolean derivedListFollows;
  private Heading section;
  /** Past the Properties heading, sentences describe properties, not the type. */
  private boolean pastProperties;
  private JsonBlock pendingAnnotation;

  PageWalker(String path, Diagnostics diagnostics) {
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
      responseSection = result == null && section.level() <= 3
          && section.text().strip().equalsIgnoreCase("response");
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
    if (requestBodyText == null && section != null
        && section.text().strip().equalsIgnoreCase("request body")) {
      requestBodyText = new Located<>(text.withCodeMarked().replace('\n', ' ').strip(), at);
    }
    if (responseSection) {
      responseSection = false;
      result = resultLink(text, at);
      responseText = new Located<>(text.withCodeMarked().replace('\n', ' ').strip(), at);
    }
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

  /** The result a Response sentence names: its first link, and whether it is a collection. */
  private static Page.ResultLink resultLink(InlineText text, Location at) {
    if (text.links().isEmpty()) {
      return null;
    }
    Page.Link link = text.links().get(0);
    String before = text.text().substring(0, link.offset()).replace('\n', ' ')
        .toLowerCase(Locale.ROOT);
    return new Page.ResultLink(link.text(), link.destination() == null ? ""
        : link.destination(), before.endsWith("collection of ") || before.endsWith("array of "),
        at);
  }

  private boolean inRequestSection() {
    return section != null && section.text().strip().equalsIgnoreCase("http request");
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
      String kind = type == null ? "" : type.asText();
      // Any other annotation is about another block: the pending example has none.
      pendingExample = block.root().isObject() && (kind.equals("request")
          || kind.equals("response")) ? block : null;
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
    if (inRequestSection()) {
      RequestLines.read(code.getLiteral(), location(code).plusLines(1, 1), requests);
    }
    if (pendingExample != null) {
      examples.add(new Page.ExampleBlock(pendingExample.root().path("blockType").asText(),
          pendingExample, code.getLiteral(), location(code)));
      pendingExample = null;
    }
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

package dev.docmodel.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.HttpMessage;
import dev.docmodel.generator.read.LenientJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the request and response examples of an API page: a {@code blockType} request or response
 * annotation followed by a code block. HTTP start lines and headers are cut off the body. A
 * response whose annotation names no type carries what the page's Response section says it
 * returns, so that it can be typed from the docs' own words.
 */
public final class ExampleReader {
  private static final Parser PARSER = Parser.builder()
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  private ExampleReader() {}

  public static List<Example> read(String path, String text) {
    List<Example> examples = new ArrayList<>();
    Node document = PARSER.parse(text.replace("\r\n", "\n").replace('\r', '\n'));
    JsonNode pending = null;
    Example.ResultSentence result = null;
    boolean inResponseSection = false;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        inResponseSection = heading.getLevel() <= 3 && result == null
            && "response".equalsIgnoreCase(plainText(heading).strip());
      } else if (node instanceof Paragraph paragraph && inResponseSection) {
        result = resultSentence(paragraph);
        inResponseSection = false;
      } else if (node instanceof HtmlBlock html) {
        JsonNode annotation = annotation(html.getLiteral(), path);
        if (annotation != null) {
          String kind = annotation.path("blockType").asText("");
          pending = kind.equals("request") || kind.equals("response") ? annotation : null;
        }
      } else if (node instanceof FencedCodeBlock code && pending != null) {
        int line = code.getSourceSpans().isEmpty() ? 1
            : code.getSourceSpans().get(0).getLineIndex() + 2;
        examples.add(example(path, pending, code.getLiteral(), line, result));
        pending = null;
      }
    }
    return examples;
  }

  /**
   * The first link of the Response section's first paragraph, the result it names ("returns a
   * `200 OK` response code and a [user](../resources/user.md) object"); null without a link.
   */
  private static Example.ResultSentence resultSentence(Paragraph paragraph) {
    Link link = first(paragraph, Link.class);
    if (link == null) {
      return null;
    }
    String text = plainText(paragraph);
    String before = text.substring(0, Math.max(0, text.indexOf(plainText(link))))
        .toLowerCase(Locale.ROOT);
    return new Example.ResultSentence(plainText(link).strip(),
        link.getDestination() == null ? "" : link.getDestination(),
        before.endsWith("collection of ") || before.endsWith("array of "));
  }

  private static <T extends Node> T first(Node parent, Class<T> kind) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (kind.isInstance(node)) {
        return kind.cast(node);
      }
      T inner = first(node, kind);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static String plainText(Node node) {
    StringBuilder sb = new StringBuilder();
    appendText(node, sb);
    return sb.toString();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (child instanceof Code c) {
        sb.append(c.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        sb.append(' ');
      } else {
        appendText(child, sb);
      }
    }
  }

  private static Example example(String path, JsonNode annotation, String literal, int line,
      Example.ResultSentence result) {
    String kind = annotation.path("blockType").asText();
    String type = annotation.path("@odata.type").asText(null);
    boolean collection = annotation.path("isCollection").asBoolean(false)
        || "true".equalsIgnoreCase(annotation.path("isCollection").asText());
    if (type != null) {
      type = type.strip();
      if (type.regionMatches(true, 0, "Collection(", 0, 11) && type.endsWith(")")) {
        type = type.substring("Collection(".length(), type.length() - 1);
        collection = true;
      }
      type = type.startsWith("#") ? type.substring(1) : type;
      type = type.isEmpty() ? null : type;
    }
    HttpMessage message = HttpMessage.of(literal);
    String body = message.body();
    int start = message.skippedLines();
    return new Example(path, kind, annotation.path("name").asText(null), type, collection,
        annotation.path("truncated").asBoolean(false), body, new Location(path, line + start, 1),
        kind.equals("response") && type == null ? result : null);
  }

  private static JsonNode annotation(String literal, String path) {
    int open = literal.indexOf("<!--");
    int close = literal.lastIndexOf("-->");
    if (open < 0 || close < open + 4) {
      return null;
    }
    try {
      JsonNode node = LenientJson.parse(literal.substring(open + 4, close), Location.ofPage(path))
          .root();
      return node.isObject() ? node : null;
    } catch (LenientJson.Invalid e) {
      return null;
    }
  }
}

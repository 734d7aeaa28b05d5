package dev.docmodel.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.HttpMessage;
import dev.docmodel.generator.read.LenientJson;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the request and response examples of an API page: a {@code blockType} request or response
 * annotation followed by a code block. HTTP start lines and headers are cut off the body.
 */
public final class ExampleReader {
  private static final Parser PARSER = Parser.builder()
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  private ExampleReader() {}

  public static List<Example> read(String path, String text) {
    List<Example> examples = new ArrayList<>();
    Node document = PARSER.parse(text.replace("\r\n", "\n").replace('\r', '\n'));
    JsonNode pending = null;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof HtmlBlock html) {
        JsonNode annotation = annotation(html.getLiteral(), path);
        if (annotation != null) {
          String kind = annotation.path("blockType").asText("");
          pending = kind.equals("request") || kind.equals("response") ? annotation : null;
        }
      } else if (node instanceof FencedCodeBlock code && pending != null) {
        int line = code.getSourceSpans().isEmpty() ? 1
            : code.getSourceSpans().get(0).getLineIndex() + 2;
        examples.add(example(path, pending, code.getLiteral(), line));
        pending = null;
      }
    }
    return examples;
  }

  private static Example example(String path, JsonNode annotation, String literal, int line) {
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
        annotation.path("truncated").asBoolean(false), body, new Location(path, line + start, 1));
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

package dev.docmodel.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.HttpMessage;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The request and response examples of an API page as check-examples checks them, from the page
 * as the generator's reader reads it ({@link Page#examples()}): the annotation's type and
 * collection flag, and the body without the HTTP start line and headers. A response whose
 * annotation names no type carries what the page's Response section says it returns, so that it
 * can be typed from the docs' own words.
 */
public final class ExampleReader {
  private ExampleReader() {}

  public static List<Example> read(String path, String text) {
    // The reader's diagnostics are the generator's business; here only the examples matter.
    return read(PageReader.read(path, text, new Diagnostics()));
  }

  public static List<Example> read(Page page) {
    List<Example> examples = new ArrayList<>();
    for (Page.ExampleBlock block : page.examples()) {
      examples.add(example(page.path(), block, page.result()));
    }
    return examples;
  }

  private static Example example(String path, Page.ExampleBlock block, Page.ResultLink result) {
    JsonNode annotation = block.annotation().root();
    String kind = block.kind();
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
    HttpMessage message = HttpMessage.of(block.literal());
    // The literal starts on the line after the opening fence.
    Location body = new Location(path, block.code().line() + 1 + message.skippedLines(), 1);
    Page.ResultLink sentence = kind.equals("response") && type == null ? result : null;
    return new Example(path, kind, annotation.path("name").asText(null), type, collection,
        annotation.path("truncated").asBoolean(false), message.body(), body, sentence,
        kind.equals("request") ? requestLine(block) : null);
  }

  /** The request's start line, {@code METHOD target}, when its first line is one. */
  private static Page.RequestLine requestLine(Page.ExampleBlock block) {
    String first = block.literal().strip().split("\n", 2)[0].strip();
    int space = first.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String target = first.substring(space + 1).strip();
    int version = target.lastIndexOf(" HTTP/");
    target = version > 0 ? target.substring(0, version) : target;
    return new Page.RequestLine(first.substring(0, space).toUpperCase(java.util.Locale.ROOT),
        target, new Location(block.code().page(), block.code().line() + 1, 1));
  }
}

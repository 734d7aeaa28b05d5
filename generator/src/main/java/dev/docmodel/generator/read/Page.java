package dev.docmodel.generator.read;

import dev.docmodel.generator.diag.Location;
import java.util.List;
import java.util.Map;

/**
 * What the reader found on one page, each element with its location. No interpretation yet: the
 * linker decides what the elements mean together.
 *
 * @param path the page's path relative to its docs directory, with forward slashes
 * @param frontMatter the YAML front matter's simple {@code key: value} pairs
 * @param namespace the {@code Namespace:} line's value, or null
 * @param inheritsFrom the "Inherits from" line, or null
 * @param derivedTypes the types the page says derive from its type ("## Derived types", "the base
 *     type for [x] and [y]")
 * @param responses the typed response examples of an API page
 * @param examples every request and response example: its annotation and code block
 * @param result what the page's Response section says the operation returns, or null
 * @param requests the request lines of the page's HTTP request section, in order
 * @param responseText the first paragraph of the Response section, as plain text with its code
 *     spans between backticks, or null
 * @param requestBodyText the first paragraph of the Request body section, likewise, or null
 */
public record Page(
    String path,
    Map<String, String> frontMatter,
    List<Heading> headings,
    Located<String> namespace,
    TypeLink inheritsFrom,
    List<TypeLink> derivedTypes,
    List<ResourceBlock> resources,
    List<Table> tables,
    List<ResponseExample> responses,
    List<ExampleBlock> examples,
    ResultLink result,
    List<RequestLine> requests,
    Located<String> responseText,
    Located<String> requestBodyText) {

  /**
   * An API page: its front matter says so, or it has request lines or typed response examples.
   */
  public boolean apiPage() {
    return !responses.isEmpty() || !requests.isEmpty()
        || frontMatter.getOrDefault("doc_type", "").contains("apiPageType");
  }

  /**
   * A response example of an API page: the type its annotation declares and the JSON body.
   *
   * @param declaredType the annotation's {@code @odata.type}, {@code Collection(x)} unwrapped
   * @param collection the body is a collection page ({@code isCollection} or {@code Collection(x)})
   * @param body the JSON body, or null when it is absent or not JSON
   */
  public record ResponseExample(String declaredType, boolean collection, JsonBlock body,
      Location location) {}

  /**
   * A request or response example of an API page: the annotation whose {@code blockType} says
   * which, and the code block that follows it (an HTTP message: start line, headers, body).
   *
   * @param kind {@code request} or {@code response}
   * @param code where the code block's opening fence is
   */
  public record ExampleBlock(String kind, JsonBlock annotation, String literal, Location code) {}

  /**
   * The first link of the first paragraph of a page's Response section: "returns a `200 OK`
   * response code and a [user](../resources/user.md) object".
   *
   * @param collection the sentence speaks of a collection ("a collection of [x] objects")
   */
  public record ResultLink(String text, String target, boolean collection, Location location) {}

  /**
   * A line of the HTTP request section: {@code POST /users/{id | userPrincipalName}/assignLicense}.
   *
   * @param method the HTTP method, upper case
   * @param target the rest of the line: a path template, perhaps with a host and a query
   */
  public record RequestLine(String method, String target, Location location) {}

  /** A heading: level 1 to 6, plain text. */
  public record Heading(int level, String text, Location location) {}

  /** A value with the location it was read at. */
  public record Located<T>(T value, Location location) {}

  /**
   * "Inherits from [entity](entity.md)" (or "derived from", "a subclass of"...): the link text
   * (or bare word) and the link target.
   */
  public record TypeLink(String typeName, String linkTarget, Location location) {}

  /**
   * A {@code blockType: resource} annotation and the JSON block that follows it.
   *
   * @param sample the JSON block, or null when absent or unparsable
   */
  public record ResourceBlock(JsonBlock annotation, JsonBlock sample, Location location) {}

  /**
   * A table under the nearest preceding heading.
   *
   * @param section the text of the nearest heading above the table
   */
  public record Table(String section, List<String> header, List<Row> rows, Location location) {}

  public record Row(List<Cell> cells, Location location) {
    public Cell cell(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }
  }

  /** A table cell as plain text, with the links it holds and the code spans it holds. */
  public record Cell(String text, List<Link> links, List<CodeSpan> codeSpans, Location location) {
    /** The cell as Markdown: its links and code spans kept, everything else escaped. */
    public String markdown() {
      return CellMarkdown.of(text, links, codeSpans);
    }
  }

  /** A code span: its literal, and where it starts in the enclosing plain text. */
  public record CodeSpan(String literal, int offset) {
    /** The same span in a text {@code shift} characters further on (or back, when negative). */
    public CodeSpan shifted(int shift) {
      return new CodeSpan(literal, offset + shift);
    }
  }

  /** A link: its text, its target, and where its text starts in the enclosing plain text. */
  public record Link(String text, String destination, int offset) {}
}

package dev.docmodel.generator.check;

import dev.docmodel.generator.diag.Location;

/**
 * A request or response example of an API page: its annotation and its body.
 *
 * @param kind {@code request} or {@code response}
 * @param odataType the type the annotation names (without {@code #}), or null
 * @param collection true when the body is a collection page ({@code isCollection}, or
 *     {@code Collection(x)} as the type)
 * @param body the JSON body: the code block without an HTTP request or status line and headers
 * @param bodyLocation where the body starts in the page
 * @param result for a response whose annotation names no type, what the page's response sentence
 *     says it returns ("a [user](../resources/user.md) object"), or null when it names nothing
 */
public record Example(String page, String kind, String name, String odataType, boolean collection,
    boolean truncated, String body, Location bodyLocation, ResultSentence result) {

  /**
   * The result a page's "Response" section names: the first link of its first paragraph.
   *
   * @param linkText the link's text ({@code user})
   * @param linkTarget the link's destination ({@code ../resources/user.md}), may be empty
   * @param collection the sentence speaks of a collection ("a collection of [x] objects")
   */
  public record ResultSentence(String linkText, String linkTarget, boolean collection) {}

  /** The same example, typed as {@code type} (from its page's response sentence). */
  public Example typedAs(String type, boolean asCollection) {
    return new Example(page, kind, name, type, asCollection, truncated, body, bodyLocation, result);
  }
}

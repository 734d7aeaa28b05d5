package dev.docmodel.generator.check;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.Page;

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
 * @param requestLine for a request, its start line ({@code POST https://.../me/assignLicense}), or
 *     null
 */
public record Example(String page, String kind, String name, String odataType, boolean collection,
    boolean truncated, String body, Location bodyLocation, Page.ResultLink result,
    Page.RequestLine requestLine) {

  /** The same example, typed as {@code type} (from its page's response sentence). */
  public Example typedAs(String type, boolean asCollection) {
    return new Example(page, kind, name, type, asCollection, truncated, body, bodyLocation, result,
        requestLine);
  }
}

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
 */
public record Example(String page, String kind, String name, String odataType, boolean collection,
    boolean truncated, String body, Location bodyLocation) {}

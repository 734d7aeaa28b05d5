package dev.docmodel.runtime;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the bytes of a stream property are ({@code driveItem.content}): they are never in
 * the JSON. OData's JSON format says where they are with annotations beside the property
 * ({@code content@odata.mediaReadLink}, {@code @odata.mediaEditLink},
 * {@code @odata.mediaContentType}, {@code @odata.mediaEtag}); this value is those annotations, and
 * the generated accessors of a stream property read and write them in the object's additional
 * data. Fetch the bytes from {@link #readLink()} (or from the property's URL, {@code .../content},
 * when the service gives no link).
 *
 * @param readLink where to GET the stream, or null
 * @param editLink where to PUT it, or null
 * @param contentType its media type, or null
 * @param etag its concurrency token, or null
 */
public record StreamLinks(@Nullable String readLink, @Nullable String editLink,
    @Nullable String contentType, @Nullable String etag) {

  private static final String[] TERMS = {"@odata.mediaReadLink", "@odata.mediaEditLink",
      "@odata.mediaContentType", "@odata.mediaEtag"};

  /** The stream annotations of {@code property} on {@code owner}, or null when it has none. */
  public static @Nullable StreamLinks of(GraphObject owner, String property) {
    if (!has(owner, property)) {
      return null;
    }
    Map<String, JsonValue> data = owner.getAdditionalData();
    return new StreamLinks(text(data, property + TERMS[0]), text(data, property + TERMS[1]),
        text(data, property + TERMS[2]), text(data, property + TERMS[3]));
  }

  /** True when {@code owner} has an annotation of stream {@code property}. */
  public static boolean has(GraphObject owner, String property) {
    if (!owner.hasAdditionalData()) {
      return false;
    }
    for (String term : TERMS) {
      if (owner.getAdditionalData().containsKey(property + term)) {
        return true;
      }
    }
    return false;
  }

  /** Replaces the stream annotations of {@code property}; null removes them. */
  public static void set(GraphObject owner, String property, @Nullable StreamLinks value) {
    clear(owner, property);
    if (value != null) {
      put(owner, property + TERMS[0], value.readLink());
      put(owner, property + TERMS[1], value.editLink());
      put(owner, property + TERMS[2], value.contentType());
      put(owner, property + TERMS[3], value.etag());
    }
  }

  /** Removes the stream annotations of {@code property}. */
  public static void clear(GraphObject owner, String property) {
    if (owner.hasAdditionalData()) {
      for (String term : TERMS) {
        owner.getAdditionalData().remove(property + term);
      }
    }
  }

  private static void put(GraphObject owner, String member, @Nullable String text) {
    if (text != null) {
      owner.getAdditionalData().put(member, JsonValue.of(text));
    }
  }

  private static @Nullable String text(Map<String, JsonValue> data, String member) {
    JsonValue value = data.get(member);
    return value == null ? null : value.textValue();
  }
}

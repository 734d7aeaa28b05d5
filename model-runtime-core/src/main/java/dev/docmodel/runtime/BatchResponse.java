package dev.docmodel.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link BatchRequest}, {@code {"responses": [...]}}: one item per request, in any
 * order. A body stays a {@link JsonValue} until it is read as the type its request expects (the
 * binding's {@code Batches.body}), since only the caller knows which that is.
 *
 * @param responses the items, as the service ordered them
 * @param additionalData other members ({@code @odata.nextLink} of a long batch), in order
 */
@NullMarked
public record BatchResponse(List<Item> responses, Map<String, JsonValue> additionalData) {
  public BatchResponse {
    responses = List.copyOf(responses);
    additionalData = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(additionalData));
  }

  /** The batch response {@code body}, {@code {"responses": [...]}}; unnamed members kept. */
  public static BatchResponse of(JsonValue body) {
    Map<String, JsonValue> rest = Members.of(body);
    List<Item> items = new java.util.ArrayList<>();
    if (rest.get("responses") instanceof JsonValue.Arr responses) {
      rest.remove("responses");
      responses.elements().forEach(response -> items.add(Item.of(response)));
    }
    return new BatchResponse(items, rest);
  }

  /** The response to the request with this id, or null. */
  public @Nullable Item byId(String id) {
    for (Item item : responses) {
      if (item.id().equals(id)) {
        return item;
      }
    }
    return null;
  }

  /**
   * One response of a batch.
   *
   * @param id the id of the request it answers
   * @param status the HTTP status
   * @param headers response headers
   * @param body the body, or null when there is none
   * @param additionalData other members, in order
   */
  public record Item(String id, int status, Map<String, String> headers, @Nullable JsonValue body,
      Map<String, JsonValue> additionalData) {
    public Item {
      headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      additionalData = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(additionalData));
    }

    static Item of(JsonValue response) {
      Map<String, JsonValue> rest = Members.of(response);
      JsonValue id = rest.remove("id");
      JsonValue status = rest.remove("status");
      Map<String, String> headers = new LinkedHashMap<>();
      if (rest.get("headers") instanceof JsonValue.Obj listed) {
        rest.remove("headers");
        listed.members().forEach((name, value) -> headers.put(name, value.asText()));
      }
      JsonValue body = rest.remove("body");
      return new Item(id == null ? "" : id.asText(), status == null ? 0 : status.intValue(),
          headers, body, rest);
    }

    /** True for a 2xx status. */
    public boolean succeeded() {
      return status >= 200 && status < 300;
    }

    /** The error a failed request answered with, or null (success, or a body without one). */
    public @Nullable ODataError error() {
      return succeeded() ? null : ODataError.fromEnvelope(body);
    }
  }
}

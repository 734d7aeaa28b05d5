package dev.docmodel.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A JSON batch, {@code POST /$batch} with {@code {"requests": [...]}}: up to 20 requests in one
 * round trip, each with an id the response refers to. A JSON binding writes it (bodies as the
 * model writes them).
 *
 * @param requests the requests, in order
 */
@NullMarked
public record BatchRequest(List<Item> requests) {
  public BatchRequest {
    requests = List.copyOf(requests);
  }

  public static BatchRequest of(Item... requests) {
    return new BatchRequest(List.of(requests));
  }

  /**
   * One request of a batch.
   *
   * @param id unique in the batch; the response's item carries it
   * @param method GET, POST, PATCH, PUT or DELETE
   * @param url relative to the version root ({@code /me/drive/root/children})
   * @param headers request headers; a body needs {@code Content-Type}, which {@link #post} and
   *     {@link #patch} set
   * @param body a model object, a {@link JsonValue}, or null for none
   * @param dependsOn ids of requests that must succeed before this one runs
   */
  public record Item(String id, String method, String url, Map<String, String> headers,
      @Nullable Object body, List<String> dependsOn) {
    public Item {
      if (body != null && !(body instanceof GraphObject) && !(body instanceof JsonValue)) {
        throw new IllegalArgumentException("a batch body is a model object or a JsonValue, not "
            + body.getClass().getName());
      }
      headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      dependsOn = List.copyOf(dependsOn);
    }

    public static Item get(String id, String url) {
      return new Item(id, "GET", url, Map.of(), null, List.of());
    }

    public static Item delete(String id, String url) {
      return new Item(id, "DELETE", url, Map.of(), null, List.of());
    }

    /** A POST with a JSON body ({@code Content-Type: application/json}). */
    public static Item post(String id, String url, Object body) {
      return new Item(id, "POST", url, Map.of("Content-Type", "application/json"), body,
          List.of());
    }

    /** A PATCH with a JSON body ({@code Content-Type: application/json}). */
    public static Item patch(String id, String url, Object body) {
      return new Item(id, "PATCH", url, Map.of("Content-Type", "application/json"), body,
          List.of());
    }

    /** This request, run only after {@code ids} succeeded. */
    public Item dependingOn(String... ids) {
      List<String> all = new ArrayList<>(dependsOn);
      all.addAll(List.of(ids));
      return new Item(id, method, url, headers, body, all);
    }
  }
}

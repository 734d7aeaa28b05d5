package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.docmodel.runtime.BatchRequest;
import dev.docmodel.runtime.BatchResponse;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ODataError;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Graph's protocol envelopes as JSON: the error body and JSON batching. The values themselves
 * ({@link ODataError}, {@link BatchRequest}, {@link BatchResponse}) belong to no JSON library; the
 * model's module reads and writes them too.
 */
public final class Protocol {
  private Protocol() {}

  /** The error of a response body; null when the body is not an error envelope. */
  public static @Nullable ODataError readError(String json) {
    return ODataError.fromEnvelope(Jackson.parse(json, JsonTrees::read));
  }

  /** The error envelope {@code {"error": {...}}} as JSON text. */
  public static String toJson(ODataError error) {
    return Jackson.render(g -> JsonTrees.write(g, error.toEnvelope()));
  }

  /** Writes a batch: {@code {"requests": [{"id", "method", "url", "headers", "body", "dependsOn"}]}}. */
  public static void write(JsonGenerator g, BatchRequest batch) throws IOException {
    g.writeStartObject();
    g.writeFieldName("requests");
    g.writeStartArray();
    for (BatchRequest.Item item : batch.requests()) {
      g.writeStartObject();
      g.writeStringField("id", item.id());
      g.writeStringField("method", item.method());
      g.writeStringField("url", item.url());
      if (!item.dependsOn().isEmpty()) {
        g.writeFieldName("dependsOn");
        g.writeStartArray();
        for (String id : item.dependsOn()) {
          g.writeString(id);
        }
        g.writeEndArray();
      }
      if (!item.headers().isEmpty()) {
        g.writeFieldName("headers");
        g.writeStartObject();
        for (Map.Entry<String, String> header : item.headers().entrySet()) {
          g.writeStringField(header.getKey(), header.getValue());
        }
        g.writeEndObject();
      }
      if (item.body() instanceof GraphObject object) {
        g.writeFieldName("body");
        GraphJson.writeObject(g, object);
      } else if (item.body() instanceof JsonValue json) {
        g.writeFieldName("body");
        JsonTrees.write(g, json);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The batch as JSON text: the body of {@code POST /$batch}. */
  public static String toJson(BatchRequest batch) {
    return Jackson.render(g -> write(g, batch));
  }

  /** Reads a batch response; members it does not name are kept, in order. */
  public static BatchResponse readBatchResponse(String json) {
    return BatchResponse.of(Jackson.parse(json, JsonTrees::read));
  }

  /**
   * A batch response's body read as {@code type} (the type its request returns); null when there
   * is no body or it is not an object (lenient), with the read's problems in {@code context}.
   */
  public static <T extends GraphObject> @Nullable T body(BatchResponse.Item item,
      TypeDescriptor<T> type, ReadContext context) {
    JsonValue body = item.body();
    if (body == null || body.isNull()) {
      return null;
    }
    return Jackson.parse(body.toString(), p -> GraphJson.readObject(p, context, type));
  }

  /**
   * The entries of a navigation property's {@code @delta} annotation in a delta response
   * ({@code "members@delta": [...]}), read as {@code type}: those added, and those removed, which
   * say so with {@link GraphObject#getDeltaRemoved()}. Empty when there is none.
   */
  public static <T extends GraphObject> List<@Nullable T> deltaOf(GraphObject owner,
      String property, TypeDescriptor<T> type, ReadContext context) {
    JsonValue entries = owner.getPropertyAnnotation(property, "delta");
    if (!(entries instanceof JsonValue.Arr array)) {
      return List.of();
    }
    List<@Nullable T> read = Jackson.parse(array.toString(), p -> GraphJson.readList(p,
        context, (parser, ctx) -> GraphJson.readObject(parser, ctx, type),
        (g, value) -> GraphJson.writeObject(g, value, type)));
    context.takePending(); // the annotation keeps its JSON: no raw value is owed to anything
    return read;
  }
}

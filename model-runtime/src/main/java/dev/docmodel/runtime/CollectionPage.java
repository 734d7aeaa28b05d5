package dev.docmodel.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Graph collection response, {@code {"@odata.context": ..., "value": [...], "@odata.nextLink": ...}}:
 * the typed items plus every other member, kept in order and written back verbatim.
 */
public final class CollectionPage<T extends GraphObject> {
  private final List<T> value;
  private final Map<String, JsonValue> additionalData;
  private final boolean valuePresent;
  /** The items' declared type when known: a derived item then carries its @odata.type. */
  private final @Nullable TypeDescriptor<T> itemType;

  public CollectionPage(List<T> value, Map<String, JsonValue> additionalData) {
    this(value, additionalData, true, null);
  }

  /**
   * A page whose items are declared as {@code itemType}: written, an item of a derived type
   * carries its {@code @odata.type}.
   */
  public CollectionPage(List<T> value, Map<String, JsonValue> additionalData,
      TypeDescriptor<T> itemType) {
    this(value, additionalData, true, itemType);
  }

  private CollectionPage(List<T> value, Map<String, JsonValue> additionalData, boolean valuePresent,
      @Nullable TypeDescriptor<T> itemType) {
    this.value = value;
    this.additionalData = additionalData;
    this.valuePresent = valuePresent;
    this.itemType = itemType;
  }

  /** The items of the page (modifiable). */
  public List<T> getValue() {
    return value;
  }

  /** Members other than {@code value}: {@code @odata.context}, {@code @odata.nextLink}, ... */
  public Map<String, JsonValue> getAdditionalData() {
    return additionalData;
  }

  /** The {@code @odata.nextLink} of the page, or null. */
  public @Nullable String getNextLink() {
    JsonValue link = additionalData.get("@odata.nextLink");
    return link == null || link.isNull() ? null : link.asText();
  }

  /**
   * Reads a collection page whose items are declared as {@code itemType}; null (lenient) when the
   * value is not an object.
   */
  public static <T extends GraphObject> @Nullable CollectionPage<T> read(JsonParser p, ReadContext ctx,
      TypeDescriptor<T> itemType) throws IOException {
    JsonToken token = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (token == null) {
      throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "no collection page");
    }
    if (token != JsonToken.START_OBJECT) {
      return ctx.mismatch(p, "a collection page object"); // strict: throws; lenient: null
    }
    Map<String, JsonValue> other = new LinkedHashMap<>();
    List<T> items = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (name.equals("value") && p.currentToken() == JsonToken.START_ARRAY) {
        items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (p.currentToken() == null) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "unclosed array");
          }
          items.add(GraphJson.readObject(p, ctx, itemType));
        }
      } else {
        other.put(name, JsonTrees.read(p));
      }
    }
    return items == null
        ? new CollectionPage<>(new ArrayList<>(), other, false, itemType)
        : new CollectionPage<>(items, other, true, itemType);
  }

  /** Writes the page: annotations, then {@code value}, then other members. */
  public void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, JsonValue> e : additionalData.entrySet()) {
      if (e.getKey().startsWith("@")) {
        g.writeFieldName(e.getKey());
        JsonTrees.write(g, e.getValue());
      }
    }
    if (valuePresent || !value.isEmpty()) {
      g.writeFieldName("value");
      GraphJson.writeElements(g, value, (generator, item) -> GraphJson.writeObject(generator, item,
          itemType));
    }
    for (Map.Entry<String, JsonValue> e : additionalData.entrySet()) {
      if (!e.getKey().startsWith("@")) {
        g.writeFieldName(e.getKey());
        JsonTrees.write(g, e.getValue());
      }
    }
    g.writeEndObject();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CollectionPage<?> other && value.equals(other.value)
        && additionalData.equals(other.additionalData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, additionalData);
  }

  @Override
  public String toString() {
    return "CollectionPage{value=" + value + ", additionalData=" + additionalData + "}";
  }
}

package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.docmodel.runtime.BindingHooks;
import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ReadProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads and writes {@link CollectionPage}s: {@code value} typed, every other member kept in order. */
public final class Pages {
  private Pages() {}

  /**
   * Reads a collection page whose items are declared as {@code itemType}; null (lenient) when the
   * value is not an object.
   */
  public static <T extends GraphObject> @Nullable CollectionPage<T> read(JsonParser p,
      ReadContext ctx, TypeDescriptor<T> itemType) throws IOException {
    JsonToken token = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (token == null) {
      throw new JsonEOFException(p, null, "no collection page");
    }
    if (token != JsonToken.START_OBJECT) {
      return ctx.mismatch(p, "a collection page object"); // strict: throws; lenient: null
    }
    Map<String, JsonValue> other = new LinkedHashMap<>();
    List<T> items = null;
    List<ReadProblem> problems = new ArrayList<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (name.equals("value") && p.currentToken() == JsonToken.START_ARRAY) {
        items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (p.currentToken() == null) {
            throw new JsonEOFException(p, null, "unclosed array");
          }
          T item = GraphJson.readObject(p, ctx, itemType);
          for (ReadProblem problem : ctx.takePending()) {
            problems.add(problem); // an item that is not an object: the page says why it is null
          }
          items.add(item);
        }
      } else {
        other.put(name, JsonTrees.read(p));
      }
    }
    CollectionPage<T> page = items == null
        ? new CollectionPage<>(new ArrayList<>(), other, false, itemType)
        : new CollectionPage<>(items, other, true, itemType);
    problems.forEach(problem -> BindingHooks.addReadProblem(page, problem));
    return page;
  }

  /** Reads a page from a string; null when the JSON is not an object (lenient). */
  public static <T extends GraphObject> @Nullable CollectionPage<T> fromJson(String json,
      ReadContext ctx, TypeDescriptor<T> itemType) {
    return Jackson.parse(json, p -> read(p, ctx, itemType));
  }

  /** Writes the page: annotations, then {@code value}, then other members. */
  public static void write(JsonGenerator g, CollectionPage<?> page) throws IOException {
    g.writeStartObject();
    writeMembers(g, page.getAdditionalData(), true);
    if (page.hasValueMember()) {
      g.writeFieldName("value");
      writeItems(g, page);
    }
    writeMembers(g, page.getAdditionalData(), false);
    g.writeEndObject();
  }

  /** The page as compact JSON. */
  public static String toJson(CollectionPage<?> page) {
    return Jackson.render(g -> write(g, page));
  }

  private static <T extends GraphObject> void writeItems(JsonGenerator g, CollectionPage<T> page)
      throws IOException {
    if (page.itemType() instanceof TypeDescriptor<T> declared) {
      GraphJson.writeElements(g, page.getValue(),
          (generator, item) -> GraphJson.writeObject(generator, item, declared));
    } else {
      // No declared item type (a page built with two arguments): every item names its type, so
      // items read from JSON (which keep their @odata.type) and new ones come out alike.
      GraphJson.writeElements(g, page.getValue(), GraphJson::writeTypedObject);
    }
  }

  private static void writeMembers(JsonGenerator g, Map<String, JsonValue> members,
      boolean annotations) throws IOException {
    for (Map.Entry<String, JsonValue> e : members.entrySet()) {
      if (e.getKey().startsWith("@") == annotations) {
        g.writeFieldName(e.getKey());
        JsonTrees.write(g, e.getValue());
      }
    }
  }
}

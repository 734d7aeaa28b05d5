package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docmodel.runtime.BindingHooks;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ReadNote;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The generic read and write loops for generated types: objects (with {@code @odata.type}
 * dispatch), lists, and properties. Generated code supplies only per-type descriptors.
 */
public final class GraphJson {
  private static final String ODATA_TYPE = "@odata.type";
  /** A declared type no object has: {@link #writeObject} then always names the object's type. */
  private static final TypeDescriptor<GraphObject> ANY_TYPE = new TypeDescriptor<>("",
      GraphObject.class, () -> {
        throw new UnsupportedOperationException("no object is of no type");
      }, (name, p, ctx, target) -> false, (g, value) -> {}, false);

  private GraphJson() {}

  // ---- objects -----------------------------------------------------------------------------

  /**
   * Reads an object declared as {@code declared}. When its {@code @odata.type} names a known type
   * derived from {@code declared}, the instance is of that type; an unknown name keeps the declared
   * class, with the annotation and all unknown properties preserved.
   */
  public static <T extends GraphObject> @Nullable T readObject(JsonParser p, ReadContext ctx,
      TypeDescriptor<T> declared) throws IOException {
    // One frame per nesting level (no helper call): deep payloads within Jackson's nesting limit
    // must not overflow the stack.
    int problemsBefore = ctx.enterObject();
    try {
      JsonToken token = p.currentToken() == null ? p.nextToken() : p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        return ctx.mismatch(p, "an object");
      }
      // Where the object starts, for problems inside it should it be buffered: only a type with
      // derived types is; a pointer and a location for every object would cost every read.
      String objectPointer = declared.polymorphic() ? ctx.pointer(p) : "";
      JsonLocation start = declared.polymorphic() ? p.currentTokenLocation() : null;
      String first = p.nextFieldName();
      if (ODATA_TYPE.equals(first) && p.nextToken() == JsonToken.VALUE_STRING) {
        String odataType = p.getText();
        T target = instantiate(p, ctx, declared, odataType);
        target.setODataType(odataType);
        readFields(p, ctx, target, p.nextFieldName());
        return ctx.finishObject(target, problemsBefore);
      }
      if (ODATA_TYPE.equals(first)) {
        // A non-string @odata.type: nothing to dispatch on; keep it verbatim.
        T target = declared.factory().get();
        target.getAdditionalData().put(first, JsonTrees.read(p));
        readFields(p, ctx, target, p.nextFieldName());
        return ctx.finishObject(target, problemsBefore);
      }
      if (!declared.polymorphic() || first == null) {
        T target = declared.factory().get();
        readFields(p, ctx, target, first);
        return ctx.finishObject(target, problemsBefore);
      }
      // The type annotation, if any, comes later: buffer the object to know the class first.
      ObjectNode buffered = Jackson.NODES.objectNode();
      for (String name = first; name != null; name = p.nextFieldName()) {
        p.nextToken();
        buffered.set(name, JsonTrees.readNode(p));
      }
      JsonNode annotation = buffered.get(ODATA_TYPE);
      T target = annotation != null && Jackson.isString(annotation)
          ? instantiate(p, ctx, declared, Jackson.text(annotation)) : declared.factory().get();
      return ctx.withinSubtree(objectPointer, start, () -> {
        try (JsonParser sub = Jackson.traverse(buffered)) {
          sub.nextToken();
          readFields(sub, ctx, target, sub.nextFieldName());
        }
        return ctx.finishObject(target, problemsBefore);
      });
    } finally {
      ctx.exitObject();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends GraphObject> T instantiate(JsonParser p, ReadContext ctx,
      TypeDescriptor<T> declared, String odataType) throws IOException {
    TypeDescriptor<?> found = ctx.resolve(odataType);
    if (found != null && declared.type().isAssignableFrom(found.type())) {
      return (T) found.factory().get();
    }
    T target = declared.factory().get();
    if (found != null) {
      ctx.foreignType(p, target, odataType, declared.odataName());
    }
    return target;
  }

  /**
   * Writes an object with its {@code @odata.type} whether or not a type is declared: as read or
   * set, else its own type's name. For collections whose item type is unknown, so that new and
   * read items come out alike.
   */
  static void writeTypedObject(JsonGenerator g, @Nullable GraphObject value) throws IOException {
    writeObject(g, value, value == null || value.getODataType() != null ? null : ANY_TYPE);
  }

  @SuppressWarnings("unchecked")
  private static <T extends GraphObject> void readFields(JsonParser p, ReadContext ctx, T target,
      String first) throws IOException {
    TypeDescriptor<T> actual = (TypeDescriptor<T>) target.jsonType();
    for (String name = first; name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      if (value == null) {
        break;
      }
      // A declared property read twice leaves the count of present properties as it was: the
      // setter marked present what already was (cheaper than a check in every generated case).
      int present = BindingHooks.presentCount(target);
      if (actual.properties().readMember(name, p, ctx, target)) {
        if (BindingHooks.presentCount(target) == present) {
          ctx.duplicate(p, target, name);
        }
        ctx.keepRaw(target, name);
      } else {
        if (ODATA_TYPE.equals(name) && value == JsonToken.VALUE_STRING
            && target.getODataType() == null) {
          if (target.hasAdditionalData() && target.getAdditionalData().containsKey(ODATA_TYPE)) {
            ctx.duplicate(p, target, name);
            target.getAdditionalData().remove(ODATA_TYPE); // the last value wins
          }
          target.setODataType(p.getText());
        } else {
          if (name.indexOf('@') < 0) {
            ctx.note(p, ReadNote.Kind.UNDECLARED_PROPERTY, name + " of " + actual.odataName());
          }
          if (target.hasAdditionalData() && target.getAdditionalData().containsKey(name)) {
            ctx.duplicate(p, target, name);
          }
          target.getAdditionalData().put(name, JsonTrees.read(p));
        }
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new com.fasterxml.jackson.core.io.JsonEOFException(p, p.currentToken(),
          "unexpected end of object");
    }
  }

  // ---- conveniences: JSON text in and out, unchecked (see Jackson.parse) -----------------------

  /** Reads one object from JSON text; convenience over {@link #readObject}. */
  public static <T extends GraphObject> @Nullable T fromJson(String json, ReadContext ctx,
      TypeDescriptor<T> type) {
    return Jackson.parse(json, p -> readObject(p, ctx, type));
  }

  /** Writes one object as JSON text; convenience over {@link #writeObject}. */
  public static String toJson(GraphObject value) {
    return Jackson.render(g -> writeObject(g, value));
  }

  /**
   * Writes a list of objects declared as {@code declared} as JSON text: each element of a derived
   * type carries its {@code @odata.type} ({@code List<DirectoryObject>} holding a user and a
   * group reads back as a user and a group).
   */
  public static <T extends GraphObject> String toJson(List<? extends T> values,
      TypeDescriptor<T> declared) {
    return Jackson.render(g -> writeElements(g, values,
        (generator, value) -> writeObject(generator, value, declared)));
  }

  /** Reads a JSON array of objects declared as {@code declared}; convenience over {@link #readList}. */
  public static <T extends GraphObject> @Nullable List<@Nullable T> listFromJson(String json,
      ReadContext ctx, TypeDescriptor<T> declared) {
    return Jackson.parse(json, p -> readList(p, ctx,
        (parser, context) -> readObject(parser, context, declared),
        (generator, value) -> writeObject(generator, value, declared)));
  }

  /**
   * Writes an object as its runtime type, where no type is declared (a request or response body):
   * its {@code @odata.type} only when it was read or set. Annotations first, then properties, then
   * unknowns.
   */
  public static void writeObject(JsonGenerator g, @Nullable GraphObject value) throws IOException {
    writeObject(g, value, null);
  }

  /**
   * Writes an object where {@code declared} is the declared type (a property, a list's elements):
   * an instance of a derived type says so with {@code @odata.type}, as OData's JSON format asks, so
   * that it reads back as what it is; an instance of the declared type does not (unless it was
   * read or set).
   *
   * @param declared the declared type, or null where none is (a body: nothing is added)
   */
  public static void writeObject(JsonGenerator g, @Nullable GraphObject value,
      @Nullable TypeDescriptor<?> declared)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    @SuppressWarnings("unchecked")
    TypeDescriptor<GraphObject> type = (TypeDescriptor<GraphObject>) value.jsonType();
    g.writeStartObject();
    if (value.getODataType() != null) {
      g.writeStringField(ODATA_TYPE, value.getODataType());
    } else if (declared != null && declared != type) {
      g.writeStringField(ODATA_TYPE, "#" + type.odataName());
    }
    boolean unknowns = value.hasAdditionalData();
    if (unknowns) {
      writeAdditional(g, value.getAdditionalData(), true);
    }
    type.writer().writeMembers(g, value);
    if (unknowns) {
      writeAdditional(g, value.getAdditionalData(), false);
    }
    g.writeEndObject();
  }

  private static void writeAdditional(JsonGenerator g, Map<String, JsonValue> data,
      boolean annotations) throws IOException {
    for (Map.Entry<String, JsonValue> entry : data.entrySet()) {
      if (entry.getKey().startsWith("@") == annotations) {
        g.writeFieldName(entry.getKey());
        JsonTrees.write(g, entry.getValue());
      }
    }
  }

  // ---- lists -------------------------------------------------------------------------------

  /**
   * Reads a JSON array. When an element does not fit (or would not be written back identically),
   * the whole array is kept as the property's raw value, so nothing is lost; the typed list then
   * holds null at that element.
   */
  public static <T> @Nullable List<@Nullable T> readList(JsonParser p, ReadContext ctx,
      Values.Reader<T> element,
      Values.Writer<? super T> writer) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      return ctx.mismatch(p, "an array");
    }
    List<T> list = new ArrayList<>();
    List<JsonValue> raw = null;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "unclosed array");
      }
      T value = element.read(p, ctx);
      JsonValue elementRaw = ctx.takeRaw();
      if (elementRaw != null && raw == null) {
        raw = new ArrayList<>();
        for (T earlier : list) {
          raw.add(toTree(earlier, writer));
        }
      }
      if (raw != null) {
        raw.add(elementRaw != null ? elementRaw : toTree(value, writer));
      }
      list.add(value);
    }
    if (raw != null) {
      ctx.keepNode(JsonValue.array(raw));
    }
    return list;
  }

  /** Reads a JSON array of objects declared as {@code declared}; see the general form above. */
  public static <T extends GraphObject> @Nullable List<@Nullable T> readList(JsonParser p,
      ReadContext ctx, TypeDescriptor<T> declared) throws IOException {
    return readList(p, ctx, declared, declared);
  }

  private static <T> JsonValue toTree(@Nullable T value, Values.Writer<? super T> writer)
      throws IOException {
    if (value == null) {
      return JsonValue.NULL;
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Jackson.generator(out)) {
      writer.write(g, value);
    }
    try (JsonParser p = Jackson.parser(out.toString())) {
      p.nextToken();
      return JsonTrees.read(p);
    }
  }

  // ---- properties --------------------------------------------------------------------------

  /**
   * Writes the name of a present property and, when it has a raw value or is null, its value;
   * returns true when the caller must write the typed value ({@link JsonProperties} does, with
   * the writer of the value's type, so that the call is monomorphic). The name comes pre-encoded.
   */
  public static boolean property(JsonGenerator g, GraphObject owner, SerializableString name,
      @Nullable Object value) throws IOException {
    g.writeFieldName(name);
    JsonValue raw = owner.rawValue(name.getValue());
    if (raw != null) {
      JsonTrees.write(g, raw);
      return false;
    }
    if (value == null) {
      g.writeNull();
      return false;
    }
    return true;
  }

  public static <T> void writeElements(JsonGenerator g, List<? extends @Nullable T> values,
      Values.Writer<? super T> writer) throws IOException {
    g.writeStartArray();
    for (T element : values) {
      if (element == null) {
        g.writeNull();
      } else {
        writer.write(g, element);
      }
    }
    g.writeEndArray();
  }
}

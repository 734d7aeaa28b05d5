package dev.docmodel.runtime;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value the model keeps as it was read: unknown properties and annotations
 * ({@link GraphObject#getAdditionalData()}), raw values that did not fit their type
 * ({@link GraphObject#getRawValues()}), properties the docs type as {@code Json}. It belongs to no
 * JSON library, so users of Jackson 2, of Jackson 3 or of neither work with it alike (the runtime
 * converts to and from Jackson's trees: {@link JsonTrees}).
 *
 * <p>What it gives that Jackson's trees do not: it is immutable (a model's kept JSON cannot change
 * behind it) and numbers are kept as written ({@code 1.50} stays {@code 1.50}, a 30-digit integer
 * stays exact), with equality by value. What it gives that Kiota's {@code UntypedNode} does not:
 * navigation ({@link #get(String)}, {@link #at(String)} by JSON pointer), typed accessors that do
 * not throw, and {@link #toString()} as compact JSON text.
 */
public sealed interface JsonValue {
  /** JSON {@code null}. */
  JsonValue NULL = new Null();

  // ---- factories --------------------------------------------------------------------------

  static JsonValue of(@Nullable String text) {
    return text == null ? NULL : new Str(text);
  }

  static JsonValue of(boolean value) {
    return new Bool(value);
  }

  static JsonValue of(long value) {
    return new Num(Long.toString(value));
  }

  static JsonValue of(@Nullable BigDecimal value) {
    return value == null ? NULL : new Num(value.toString());
  }

  /** A number exactly as written in JSON ({@code 1.50}, {@code -2e10}). */
  static JsonValue number(String literal) {
    return new Num(literal);
  }

  /** An object with these members, in this order (copied). */
  static JsonValue object(Map<String, JsonValue> members) {
    return new Obj(Collections.unmodifiableMap(new LinkedHashMap<>(members)));
  }

  /** An array of these elements (copied). */
  static JsonValue array(List<JsonValue> elements) {
    return new Arr(List.copyOf(elements));
  }

  // ---- navigation and values (never throwing: null, or a default, where the value is not so) --

  /** The member {@code name} of an object, or null. */
  default @Nullable JsonValue get(String name) {
    return this instanceof Obj o ? o.members().get(name) : null;
  }

  /** The element {@code index} of an array, or null. */
  default @Nullable JsonValue get(int index) {
    return this instanceof Arr a && index >= 0 && index < a.elements().size()
        ? a.elements().get(index) : null;
  }

  /** The value at a JSON pointer ({@code /a/0/b}; {@code ~0} and {@code ~1} escaped), or null. */
  default @Nullable JsonValue at(String pointer) {
    JsonValue current = this;
    if (pointer.isEmpty()) {
      return current;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      JsonValue next = current.get(token);
      if (next == null && current instanceof Arr) {
        try {
          next = current.get(Integer.parseInt(token));
        } catch (NumberFormatException e) {
          next = null;
        }
      }
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current;
  }

  /** The number of members or elements; 0 for a scalar. */
  default int size() {
    return this instanceof Obj o ? o.members().size() : this instanceof Arr a ? a.elements().size()
        : 0;
  }

  default boolean isNull() {
    return this instanceof Null;
  }

  /** A string's value, or null when this is not a string. */
  default @Nullable String textValue() {
    return this instanceof Str s ? s.value() : null;
  }

  /** A string's value, a number's or a boolean's text, {@code "null"}, or the JSON of the rest. */
  default String asText() {
    return this instanceof Str s ? s.value() : toString();
  }

  /** A number's exact value, or null when this is not a number. */
  default @Nullable BigDecimal decimalValue() {
    return this instanceof Num n ? new BigDecimal(n.literal()) : null;
  }

  /** A number as an int (truncated as {@link BigDecimal#intValue()} does), or 0. */
  default int intValue() {
    BigDecimal value = decimalValue();
    return value == null ? 0 : value.intValue();
  }

  /** A number as a long (truncated as {@link BigDecimal#longValue()} does), or 0. */
  default long longValue() {
    BigDecimal value = decimalValue();
    return value == null ? 0 : value.longValue();
  }

  /** A boolean's value, or false. */
  default boolean booleanValue() {
    return this instanceof Bool b && b.value();
  }

  // ---- the kinds ----------------------------------------------------------------------------

  /** An object: members in the order read. */
  record Obj(Map<String, JsonValue> members) implements JsonValue {
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder("{");
      members.forEach((name, value) -> {
        if (out.length() > 1) {
          out.append(',');
        }
        Str.quote(out, name).append(':').append(value);
      });
      return out.append('}').toString();
    }
  }

  record Arr(List<JsonValue> elements) implements JsonValue {
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder("[");
      for (JsonValue element : elements) {
        out.append(out.length() > 1 ? "," : "").append(element);
      }
      return out.append(']').toString();
    }
  }

  record Str(String value) implements JsonValue {
    @Override
    public String toString() {
      return quote(new StringBuilder(), value).toString();
    }

    /** Appends {@code text} as a JSON string literal. */
    static StringBuilder quote(StringBuilder out, String text) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"');
    }
  }

  /** A number, kept exactly as written. */
  record Num(String literal) implements JsonValue {
    @Override
    public String toString() {
      return literal;
    }
  }

  record Bool(boolean value) implements JsonValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  record Null() implements JsonValue {
    @Override
    public String toString() {
      return "null";
    }
  }
}

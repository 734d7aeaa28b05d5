package dev.docmodel.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Taking the named members out of a JSON object, so that the rest is kept as written. */
final class Members {
  private Members() {}

  /** A modifiable copy of an object's members; empty for anything else. */
  static Map<String, JsonValue> of(JsonValue value) {
    return value instanceof JsonValue.Obj o ? new LinkedHashMap<>(o.members())
        : new LinkedHashMap<>();
  }

  /**
   * Removes and returns a string member; a member that is not a string stays among the rest, so
   * that writing back keeps it.
   */
  static @Nullable String text(Map<String, JsonValue> members, String name) {
    JsonValue value = members.get(name);
    if (value == null || value.textValue() == null) {
      return null;
    }
    members.remove(name);
    return value.textValue();
  }

  /** Removes and returns the first member present of these spellings. */
  static @Nullable JsonValue take(Map<String, JsonValue> members, String... spellings) {
    for (String name : spellings) {
      JsonValue value = members.get(name);
      if (value instanceof JsonValue.Obj) {
        members.remove(name);
        return value;
      }
    }
    return null;
  }

  /** A link member of a page ({@code @odata.nextLink}) as text, or null. */
  static @Nullable String link(Map<String, JsonValue> members, String name) {
    JsonValue link = members.get(name);
    return link == null || link.isNull() ? null : link.asText();
  }

  /** The page's {@code @odata.count}, or null. */
  static @Nullable Long count(Map<String, JsonValue> members) {
    JsonValue count = members.get("@odata.count");
    return count == null || count.decimalValue() == null ? null : count.longValue();
  }

  static void put(Map<String, JsonValue> members, String name, @Nullable String text) {
    if (text != null) {
      members.put(name, JsonValue.of(text));
    }
  }
}

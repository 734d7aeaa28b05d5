package com.example.graph;

import dev.docmodel.runtime.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON tree as a canonical string, for comparing what was read with what was written: members in
 * name order, numbers by exact value (1e3 equals 1E+3 and -0 equals 0, but 1.0 differs from 1 and
 * 1.10 from 1.1), strings as JSON. One small frame per level, so the deepest trees Jackson admits
 * compare without overflowing the stack.
 */
final class ExactTree {
  private ExactTree() {}

  static String of(JsonValue value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, JsonValue value) {
    if (value instanceof JsonValue.Obj o) {
      out.append('{');
      Map<String, JsonValue> sorted = new TreeMap<>(o.members());
      sorted.forEach((name, member) -> {
        out.append(new JsonValue.Str(name)).append(':');
        append(out, member);
        out.append(',');
      });
      out.append('}');
    } else if (value instanceof JsonValue.Arr a) {
      out.append('[');
      for (JsonValue element : a.elements()) {
        append(out, element);
        out.append(',');
      }
      out.append(']');
    } else if (value instanceof JsonValue.Num n) {
      out.append(new BigDecimal(n.literal()));
    } else {
      out.append(value);
    }
  }
}

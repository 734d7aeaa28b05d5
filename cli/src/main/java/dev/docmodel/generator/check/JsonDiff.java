package dev.docmodel.generator.check;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Where two JSON trees first differ: objects compared as maps (member order ignored), arrays in
 * order, scalars exactly (number nodes must be built with exact decimals, so {@code 1.0} and
 * {@code 1.00} differ).
 */
public final class JsonDiff {
  private JsonDiff() {}

  /** The JSON pointer of the first difference, or null when the trees are equal. */
  public static String firstDifference(JsonNode expected, JsonNode actual) {
    JsonPointer at = difference(expected, actual, JsonPointer.empty());
    return at == null ? null : at.toString();
  }

  private static JsonPointer difference(JsonNode expected, JsonNode actual, JsonPointer at) {
    if (expected == null || actual == null) {
      return expected == actual ? null : at;
    }
    if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        JsonPointer child = difference(member.getValue(), actual.get(member.getKey()),
            at.appendProperty(member.getKey()));
        if (child != null) {
          return child;
        }
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!expected.has(name)) {
          return at.appendProperty(name);
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
        JsonPointer child = difference(expected.get(i), actual.get(i), at.appendIndex(i));
        if (child != null) {
          return child;
        }
      }
      return null;
    }
    return sameScalar(expected, actual) ? null : at;
  }

  /** Numbers by their exact value and form: {@code 1024 != 1024.0}, {@code 1.10 != 1.1}. */
  private static boolean sameScalar(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.isIntegralNumber() != actual.isIntegralNumber()) {
        return false;
      }
      return expected.isIntegralNumber()
          ? expected.bigIntegerValue().equals(actual.bigIntegerValue())
          : expected.isBigDecimal() && actual.isBigDecimal()
              ? expected.decimalValue().equals(actual.decimalValue())
              : expected.asText().equals(actual.asText());
    }
    return expected.equals(actual);
  }
}

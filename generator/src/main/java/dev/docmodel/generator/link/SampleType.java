package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.model.Primitive;
import java.util.Locale;

/**
 * What a JSON representation's placeholder value says about a property's type:
 * {@code "String (timestamp)"} is a DateTimeOffset, {@code 1024} a number, {@code true} a Boolean,
 * {@code {"@odata.type": "x"}} the type x, {@code ["String"]} a collection of strings.
 *
 * @param strong true when the placeholder names its type explicitly (a timestamp, a duration, an
 *     {@code @odata.type}); only strong evidence is reported when it contradicts the table
 */
record SampleType(Primitive primitive, String typeName, boolean collection, boolean strong) {

  /** Infers the type shown by {@code value}, or null when it shows none. */
  static SampleType infer(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      for (JsonNode element : value) {
        SampleType inner = infer(element);
        if (inner != null) {
          return new SampleType(inner.primitive, inner.typeName, true, inner.strong);
        }
      }
      return null;
    }
    if (value.isObject()) {
      JsonNode type = value.get("@odata.type");
      if (type != null && type.isTextual() && !type.asText().isBlank()) {
        String name = type.asText().replace("#", "").strip();
        String element = collectionElement(name);
        return element == null ? new SampleType(null, name, false, true)
            : new SampleType(null, element, true, true);
      }
      return null;
    }
    if (value.isBoolean()) {
      return new SampleType(Primitive.BOOLEAN, null, false, true);
    }
    if (value.isIntegralNumber()) {
      return new SampleType(Primitive.INT32, null, false, false);
    }
    if (value.isNumber()) {
      return new SampleType(Primitive.DOUBLE, null, false, false);
    }
    if (value.isTextual()) {
      return fromPlaceholder(value.asText());
    }
    return null;
  }

  /** {@code x} for {@code Collection(x)} (any case), else null. */
  static String collectionElement(String typeName) {
    return typeName.regionMatches(true, 0, "collection(", 0, 11) && typeName.endsWith(")")
        ? typeName.substring(11, typeName.length() - 1).strip() : null;
  }

  private static SampleType fromPlaceholder(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.contains("timestamp") || t.contains("datetimeoffset") || t.contains("date-time")
        || t.contains("datetime")) {
      return strong(Primitive.DATE_TIME_OFFSET);
    }
    if (t.contains("duration")) {
      return strong(Primitive.DURATION);
    }
    if (t.contains("time of day") || t.contains("timeofday")) {
      return strong(Primitive.TIME_OF_DAY);
    }
    if (t.startsWith("string (date)") || t.equals("date")) {
      return strong(Primitive.DATE);
    }
    if (t.contains("guid") || t.contains("uuid")) {
      return strong(Primitive.GUID);
    }
    if (t.contains("binary") || t.contains("base64")) {
      return strong(Primitive.BINARY);
    }
    return new SampleType(Primitive.STRING, null, false, false);
  }

  private static SampleType strong(Primitive primitive) {
    return new SampleType(primitive, null, false, true);
  }
}

package dev.docmodel.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How instance annotations sit among an object's additional data (OData JSON format, §18-20). */
final class Annotations {
  private Annotations() {}

  /** The member name of {@code term} on {@code property} ("" for the instance itself). */
  static String member(String property, String term) {
    return property + (term.startsWith("@") ? term : "@" + term);
  }

  static @Nullable JsonValue get(GraphObject owner, String member) {
    return owner.hasAdditionalData() ? owner.getAdditionalData().get(member) : null;
  }

  static @Nullable String text(GraphObject owner, String member) {
    JsonValue value = get(owner, member);
    return value == null ? null : value.textValue();
  }

  /** One URL as a string, several (or none) as an array. */
  static JsonValue urls(List<String> urls) {
    if (urls.size() == 1) {
      return JsonValue.of(urls.get(0));
    }
    List<JsonValue> elements = new ArrayList<>(urls.size());
    urls.forEach(url -> elements.add(JsonValue.of(url)));
    return JsonValue.array(elements);
  }
}

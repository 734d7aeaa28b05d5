package dev.docmodel.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Graph collection response (a JSON binding reads and writes it), {@code {"@odata.context": ..., "value": [...], "@odata.nextLink": ...}}:
 * the typed items plus every other member, kept in order and written back verbatim.
 */
public final class CollectionPage<T extends GraphObject> {
  private final List<T> value;
  private final Map<String, JsonValue> additionalData;
  private final boolean valuePresent;
  /** The items' declared type when known: a derived item then carries its @odata.type. */
  private final @Nullable ModelType<T> itemType;
  private @Nullable List<ReadProblem> readProblems;

  public CollectionPage(List<T> value, Map<String, JsonValue> additionalData) {
    this(value, additionalData, true, null);
  }

  /**
   * A page whose items are declared as {@code itemType}: written, an item of a derived type
   * carries its {@code @odata.type}.
   */
  public CollectionPage(List<T> value, Map<String, JsonValue> additionalData,
      ModelType<T> itemType) {
    this(value, additionalData, true, itemType);
  }

  /**
   * A page as read: {@code valuePresent} false when the JSON had no {@code value} member.
   */
  public CollectionPage(List<T> value, Map<String, JsonValue> additionalData, boolean valuePresent,
      @Nullable ModelType<T> itemType) {
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
    return Members.link(additionalData, "@odata.nextLink");
  }

  /** The {@code @odata.deltaLink} the last page of a delta query carries, or null. */
  public @Nullable String getDeltaLink() {
    return Members.link(additionalData, "@odata.deltaLink");
  }

  /** The {@code @odata.count} asked for with {@code $count=true}, or null. */
  public @Nullable Long getCount() {
    return Members.count(additionalData);
  }

  /**
   * Problems of items that were not objects (a lenient read leaves them null in {@link #getValue()};
   * a strict read throws). Problems inside an item are on the item.
   */
  public List<ReadProblem> getReadProblems() {
    return readProblems == null ? List.of() : Collections.unmodifiableList(readProblems);
  }

  void addReadProblem(ReadProblem problem) {
    if (readProblems == null) {
      readProblems = new ArrayList<>(2);
    }
    readProblems.add(problem);
  }

  /** False for a page read without a {@code value} member (written back without one when empty). */
  public boolean hasValueMember() {
    return valuePresent || !value.isEmpty();
  }

  /** The items' declared type, when known. */
  public @Nullable ModelType<T> itemType() {
    return itemType;
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

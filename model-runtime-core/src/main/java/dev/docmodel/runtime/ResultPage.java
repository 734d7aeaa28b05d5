package dev.docmodel.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A collection result of an operation, {@code {"value": [...], "@odata.nextLink": ...}}, whose
 * items may be of any type: model objects, enums, or primitives ({@code getMemberGroups} answers
 * with strings). Every member besides {@code value} is kept, in order.
 *
 * @param <T> the items' class
 */
@NullMarked
public final class ResultPage<T> {
  private final List<@Nullable T> value;
  private final Map<String, JsonValue> additionalData;
  private final List<ReadProblem> readProblems;

  public ResultPage(List<@Nullable T> value, Map<String, JsonValue> additionalData) {
    this(value, additionalData, List.of());
  }

  /** A page as read, with the problems of items that were not of the declared type. */
  public ResultPage(List<@Nullable T> value, Map<String, JsonValue> additionalData,
      List<ReadProblem> readProblems) {
    this.value = value;
    this.additionalData = additionalData;
    this.readProblems = List.copyOf(readProblems);
  }

  /** The items (modifiable); an item that is not readable as the declared type is null. */
  public List<@Nullable T> getValue() {
    return value;
  }

  /** Members other than {@code value}, in order: {@code @odata.context}, links, counts. */
  public Map<String, JsonValue> getAdditionalData() {
    return additionalData;
  }

  /** The {@code @odata.nextLink}: where the next page is, or null on the last page. */
  public @Nullable String getNextLink() {
    return Members.link(additionalData, "@odata.nextLink");
  }

  /** The {@code @odata.deltaLink} a delta function's last page carries, or null. */
  public @Nullable String getDeltaLink() {
    return Members.link(additionalData, "@odata.deltaLink");
  }

  /** The {@code @odata.count} asked for with {@code $count=true}, or null. */
  public @Nullable Long getCount() {
    return Members.count(additionalData);
  }

  /**
   * Why items are null: one problem per value that was not of the declared type (lenient reads;
   * a strict read throws instead). Empty when every item was read.
   */
  public List<ReadProblem> getReadProblems() {
    return readProblems;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResultPage<?> other && value.equals(other.value)
        && additionalData.equals(other.additionalData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, additionalData);
  }

  @Override
  public String toString() {
    return "ResultPage" + value + additionalData;
  }
}

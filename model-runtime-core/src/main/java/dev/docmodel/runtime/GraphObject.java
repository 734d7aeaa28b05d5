package dev.docmodel.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of every generated model class. It holds what the typed fields cannot: which properties are
 * present (so absent, explicit {@code null} and a value stay three states), raw JSON values that did
 * not fit their declared type, unknown properties and instance annotations in the order read, and
 * the problems met while reading leniently.
 *
 * <p>Presence is a bit per property; the index space is shared along the inheritance chain (a class's
 * own properties follow its base class's), so one object needs no allocation for it up to 64
 * properties.
 */
public abstract class GraphObject {
  private @Nullable String odataType;
  private long present0;
  private long @Nullable [] presentMore;
  private @Nullable Map<String, JsonValue> additionalData;
  /** What few objects have (raw values, read problems, a snapshot): one field for all three. */
  private @Nullable Rare rare;

  private static final class Rare {
    @Nullable Map<String, JsonValue> rawValues;
    @Nullable List<ReadProblem> readProblems;
    @Nullable Map<String, JsonValue> snapshot;
  }

  private Rare rare() {
    if (rare == null) {
      rare = new Rare();
    }
    return rare;
  }

  /**
   * The generated type of this instance, which the JSON binding's readers and writers dispatch on;
   * generated classes narrow it to the binding's descriptor.
   */
  public abstract ModelType<? extends GraphObject> jsonType();

  /** The {@code @odata.type} annotation exactly as read or set (often with a leading {@code #}). */
  public final @Nullable String getODataType() {
    return odataType;
  }

  public final void setODataType(@Nullable String odataType) {
    this.odataType = odataType;
  }

  /**
   * Unknown properties and annotations ({@code @odata.context}, {@code x@odata.type}, ...) in the order
   * they were read; written back verbatim. Modifiable.
   */
  public final Map<String, JsonValue> getAdditionalData() {
    if (additionalData == null) {
      additionalData = new LinkedHashMap<>();
    }
    return additionalData;
  }

  /** True when there is at least one unknown property or annotation, without allocating. */
  public final boolean hasAdditionalData() {
    return additionalData != null && !additionalData.isEmpty();
  }

  /**
   * Raw JSON values of declared properties whose value did not fit the declared type (an empty
   * string for a timestamp, an unknown enum member, a timestamp with a form that would not be
   * written back byte-identical). Setting the property drops its raw value.
   */
  public final Map<String, JsonValue> getRawValues() {
    Map<String, JsonValue> raw = rawValues();
    return raw == null ? Collections.emptyMap() : Collections.unmodifiableMap(raw);
  }

  /** The raw value kept for property {@code wireName}, or null. */
  public final @Nullable JsonValue rawValue(String wireName) {
    Map<String, JsonValue> raw = rawValues();
    return raw == null ? null : raw.get(wireName);
  }

  private @Nullable Map<String, JsonValue> rawValues() {
    return rare == null ? null : rare.rawValues;
  }

  /**
   * Problems recorded while this object was read leniently, each with its JSON pointer; empty when
   * it was read cleanly. The object a read returned has every problem of that read, those of the
   * objects nested in it included; a nested object has those of its own properties.
   */
  public final List<ReadProblem> getReadProblems() {
    return rare == null || rare.readProblems == null ? List.of()
        : Collections.unmodifiableList(rare.readProblems);
  }

  // ---- instance annotations: typed access to what OData keeps beside the properties -----------

  /** The {@code @odata.etag} annotation (a concurrency token for {@code If-Match}), or null. */
  public final @Nullable String getODataETag() {
    return Annotations.text(this, "@odata.etag");
  }

  /** The {@code @odata.id} annotation (the entity's canonical URL), or null. */
  public final @Nullable String getODataId() {
    return Annotations.text(this, "@odata.id");
  }

  /**
   * An instance annotation of this object by its term, with or without the leading {@code @}
   * ({@code microsoft.graph.downloadUrl}, {@code odata.etag}), or null.
   */
  public final @Nullable JsonValue getInstanceAnnotation(String term) {
    return Annotations.get(this, Annotations.member("", term));
  }

  /**
   * An annotation of one property ({@code manager@delta}, {@code members@odata.bind},
   * {@code photo@odata.mediaReadLink}), or null.
   */
  public final @Nullable JsonValue getPropertyAnnotation(String property, String term) {
    return Annotations.get(this, Annotations.member(property, term));
  }

  /**
   * The {@code @removed} annotation an entry of a delta response carries when the entity left the
   * set or was deleted; null for an entry that was added or changed.
   */
  public final @Nullable DeltaRemoval getDeltaRemoved() {
    JsonValue removed = Annotations.get(this, "@removed");
    return removed == null ? null : DeltaRemoval.of(removed);
  }

  /**
   * Binds a navigation property to existing entities by their URLs, as OData's
   * {@code property@odata.bind} asks (a group created with its members, a manager set): one URL
   * for a single-valued property is written as a string, otherwise as an array. Replaces an
   * earlier binding of the same property.
   */
  public final void bindNavigation(String property, List<String> urls) {
    getAdditionalData().put(property + "@odata.bind", Annotations.urls(urls));
  }

  /** Binds a single-valued navigation property to the entity at {@code url}. */
  public final void bindNavigation(String property, String url) {
    getAdditionalData().put(property + "@odata.bind", JsonValue.of(url));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o != null && o.getClass() == getClass() && baseStateEquals((GraphObject) o);
  }

  @Override
  public int hashCode() {
    return baseStateHashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
    appendBaseState(sb);
    appendFields(sb);
    if (sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 2);
    }
    return sb.append('}').toString();
  }

  /** Generated classes append their present properties as {@code name=value, }. */
  protected void appendFields(StringBuilder sb) {}

  /**
   * Appends {@code name=value, } when the property of presence index {@code index} (the index its
   * setter marks) is present. One plain call per property: the compiler resolves it at once,
   * where three {@code StringBuilder.append} calls each weigh a dozen overloads.
   */
  protected final void appendField(StringBuilder sb, int index, String name,
      @Nullable Object value) {
    if (isPresent(index)) {
      sb.append(name).append('=')
          .append(value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : value)
          .append(", ");
    }
  }

  // ---- for generated code -------------------------------------------------------------------

  protected final boolean isPresent(int index) {
    if (index < 64) {
      return (present0 & (1L << index)) != 0;
    }
    int word = (index >> 6) - 1;
    return presentMore != null && word < presentMore.length
        && (presentMore[word] & (1L << (index & 63))) != 0;
  }

  final int presentCount() {
    int count = Long.bitCount(present0);
    if (presentMore != null) {
      for (long word : presentMore) {
        count += Long.bitCount(word);
      }
    }
    return count;
  }

  /** Marks a property present and drops a raw value a reader may have kept for it. */
  protected final void markPresent(int index, String wireName) {
    Map<String, JsonValue> rawValues = rawValues();
    if (index < 64) {
      present0 |= 1L << index;
    } else {
      int word = (index >> 6) - 1;
      if (presentMore == null || word >= presentMore.length) {
        long[] grown = new long[word + 1];
        if (presentMore != null) {
          System.arraycopy(presentMore, 0, grown, 0, presentMore.length);
        }
        presentMore = grown;
      }
      presentMore[word] |= 1L << (index & 63);
    }
    if (rawValues != null) {
      rawValues.remove(wireName);
    }
  }

  protected final void markAbsent(int index, String wireName) {
    Map<String, JsonValue> rawValues = rawValues();
    if (index < 64) {
      present0 &= ~(1L << index);
    } else {
      int word = (index >> 6) - 1;
      if (presentMore != null && word < presentMore.length) {
        presentMore[word] &= ~(1L << (index & 63));
      }
    }
    if (rawValues != null) {
      rawValues.remove(wireName);
    }
  }

  final void removeRawValue(String wireName) {
    Map<String, JsonValue> rawValues = rawValues();
    if (rawValues != null) {
      rawValues.remove(wireName);
    }
  }

  final void putRawValue(String wireName, JsonValue raw) {
    Rare r = rare();
    if (r.rawValues == null) {
      r.rawValues = new LinkedHashMap<>(4);
    }
    r.rawValues.put(wireName, raw);
  }

  final void replaceReadProblems(List<ReadProblem> problems) {
    rare().readProblems = new ArrayList<>(problems);
  }

  final void addReadProblem(ReadProblem problem) {
    Rare r = rare();
    if (r.readProblems == null) {
      r.readProblems = new ArrayList<>(2);
    }
    r.readProblems.add(problem);
  }

  final @Nullable Map<String, JsonValue> snapshot() {
    return rare == null ? null : rare.snapshot;
  }

  final void snapshot(@Nullable Map<String, JsonValue> members) {
    if (members != null || rare != null) {
      rare().snapshot = members;
    }
  }

  /** Equality of the state this base class holds; generated {@code equals} adds the fields. */
  protected final boolean baseStateEquals(GraphObject other) {
    return Objects.equals(odataType, other.odataType)
        && present0 == other.present0
        && java.util.Arrays.equals(trimmed(presentMore), trimmed(other.presentMore))
        && Objects.equals(nullIfEmpty(additionalData), nullIfEmpty(other.additionalData))
        && Objects.equals(nullIfEmpty(rawValues()), nullIfEmpty(other.rawValues()));
  }

  protected final int baseStateHashCode() {
    return Objects.hash(odataType, present0, nullIfEmpty(additionalData),
        nullIfEmpty(rawValues()));
  }

  /** Appends the base state to a generated {@code toString}. */
  protected final void appendBaseState(StringBuilder sb) {
    if (odataType != null) {
      sb.append("@odata.type=").append(odataType).append(", ");
    }
    if (hasAdditionalData()) {
      sb.append("additionalData=").append(additionalData).append(", ");
    }
    Map<String, JsonValue> rawValues = rawValues();
    if (rawValues != null && !rawValues.isEmpty()) {
      sb.append("rawValues=").append(rawValues).append(", ");
    }
  }

  private static long[] trimmed(long @Nullable [] words) {
    if (words == null) {
      return new long[0];
    }
    int n = words.length;
    while (n > 0 && words[n - 1] == 0) {
      n--;
    }
    return java.util.Arrays.copyOf(words, n);
  }

  private static <K, V> @Nullable Map<K, V> nullIfEmpty(@Nullable Map<K, V> map) {
    return map == null || map.isEmpty() ? null : map;
  }
}

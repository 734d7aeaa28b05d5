package dev.docmodel.generator.check;

import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadNote;
import dev.docmodel.runtime.ReadProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One docs example read into a compiled model and written back. Implemented by a harness compiled
 * with the model ({@link RoundTripHarness}), so it runs on that model's JSON binding, Jackson 2 or
 * 3; only this interface and the runtime core cross the class loaders.
 */
public interface RoundTrip {
  /**
   * The result of one round trip.
   *
   * @param value the object read (null for a collection page, or when the JSON was null)
   */
  record Result(String written, boolean ofDeclaredType, List<ReadProblem> problems,
      List<ReadNote> notes, @Nullable GraphObject value) {}

  /** True when the model has a generated type of this OData name ({@code #} and case ignored). */
  boolean knows(String odataType);

  /**
   * Reads {@code json} (strict JSON) leniently as {@code odataType}, or as a collection page of it,
   * and writes it back.
   *
   * @throws RuntimeException what the binding throws on JSON it cannot read
   */
  Result run(String odataType, String json, boolean collection);

  /**
   * Reads {@code json} as an operation's primitive result, {@code {"value": x}} or, for a
   * collection, {@code {"value": [...]}}, each value of {@code type}, and writes it back.
   */
  Result runValues(Class<?> type, String json, boolean collection);
}

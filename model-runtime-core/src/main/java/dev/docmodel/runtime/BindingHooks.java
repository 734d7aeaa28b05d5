package dev.docmodel.runtime;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a JSON binding records on a model object while reading it, and nobody else should: raw
 * values, read problems and snapshots. Kept off {@link GraphObject}'s public surface so that the generated
 * classes do not offer it; not part of the API for users.
 */
public final class BindingHooks {
  private BindingHooks() {}

  public static void putRawValue(GraphObject target, String wireName, JsonValue raw) {
    target.putRawValue(wireName, raw);
  }

  public static void removeRawValue(GraphObject target, String wireName) {
    target.removeRawValue(wireName);
  }

  public static void addReadProblem(GraphObject target, ReadProblem problem) {
    target.addReadProblem(problem);
  }

  public static void replaceReadProblems(GraphObject target, List<ReadProblem> problems) {
    target.replaceReadProblems(problems);
  }

  /** The members as written when the snapshot was taken, or null when none was. */
  public static @Nullable Map<String, JsonValue> snapshot(GraphObject target) {
    return target.snapshot();
  }

  /** Takes (or, with null, drops) a snapshot of the members as written now. */
  public static void snapshot(GraphObject target, @Nullable Map<String, JsonValue> members) {
    target.snapshot(members);
  }

  /** Whether the property of presence index {@code index} is present: a writer's check. */
  public static boolean isPresent(GraphObject target, int index) {
    return target.isPresent(index);
  }

  /** How many declared properties are present: a reader's duplicate check, after a setter. */
  public static int presentCount(GraphObject target) {
    return target.presentCount();
  }

  public static void addReadProblem(CollectionPage<?> page, ReadProblem problem) {
    page.addReadProblem(problem);
  }
}

package dev.docmodel.runtime;

import java.util.List;

/**
 * What a JSON binding records on a model object while reading it, and nobody else should: raw
 * values and read problems. Kept off {@link GraphObject}'s public surface so that the generated
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
}

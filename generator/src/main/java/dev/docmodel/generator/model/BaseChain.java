package dev.docmodel.generator.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one walk up a chain of base types. It stops at a type seen before, so it ends even on a
 * cycle (the linker breaks cycles, but it walks partial hierarchies while deciding them).
 */
public final class BaseChain {
  private BaseChain() {}

  /** {@code start}'s bases, nearest first, without {@code start}; empty for null. */
  public static List<QualifiedName> above(QualifiedName start,
      Function<QualifiedName, QualifiedName> baseOf) {
    List<QualifiedName> chain = new ArrayList<>();
    if (start == null) {
      return chain;
    }
    Set<QualifiedName> seen = new HashSet<>();
    seen.add(start);
    for (QualifiedName at = baseOf.apply(start); at != null && seen.add(at); at = baseOf.apply(at)) {
      chain.add(at);
    }
    return chain;
  }

  /** {@code start} and its bases, as a set; empty for null. */
  public static Set<QualifiedName> selfAndAbove(QualifiedName start,
      Function<QualifiedName, QualifiedName> baseOf) {
    Set<QualifiedName> chain = new HashSet<>();
    if (start != null) {
      chain.add(start);
      chain.addAll(above(start, baseOf));
    }
    return chain;
  }
}

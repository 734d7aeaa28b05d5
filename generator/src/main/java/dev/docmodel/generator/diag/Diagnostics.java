package dev.docmodel.generator.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects diagnostics from every stage; nothing is thrown one by one. Not thread-safe. */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public void report(DiagnosticCode code, Location location, String message) {
    all.add(Diagnostic.of(code, location, message));
  }

  public void addAll(Collection<Diagnostic> diagnostics) {
    all.addAll(diagnostics);
  }

  /** All diagnostics, sorted by location (deterministic whatever the order pages were read in). */
  public List<Diagnostic> sorted() {
    return all.stream().sorted().distinct().toList();
  }

  public long errorCount() {
    return all.stream().filter(Diagnostic::isError).count();
  }

  public static Map<DiagnosticCode, Integer> countByCode(List<Diagnostic> diagnostics) {
    Map<DiagnosticCode, Integer> counts = new EnumMap<>(DiagnosticCode.class);
    for (Diagnostic d : diagnostics) {
      counts.merge(d.code(), 1, Integer::sum);
    }
    return counts;
  }
}

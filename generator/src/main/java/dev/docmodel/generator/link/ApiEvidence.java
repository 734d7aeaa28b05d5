package dev.docmodel.generator.link;

import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pass 7, {@link Resolution} → candidate bases from the API operations: where a response
 * example or a Methods table shows an object of type y standing for a declared type x (see
 * {@link ApiClaims}), y derives from x, provided y shows every property x declares and more.
 * Without that check the examples mislead (an update example declared as one outcome type
 * answering with a sibling); with it, every base it gives on the 2021 and 2020 references matches
 * the service.
 */
final class ApiEvidence {
  private ApiEvidence() {}

  /** Candidate bases by derived type, in the order the examples were read. */
  static Map<QualifiedName, List<Resolution.Located>> run(Resolution resolution) {
    Map<QualifiedName, List<Resolution.Located>> bases = new LinkedHashMap<>();
    for (Resolution.Claim claim : resolution.apiClaims()) {
      Resolution.ResolvedType derived = resolution.types().get(claim.derived());
      Resolution.ResolvedType base = resolution.types().get(claim.base());
      if (derived == null || base == null || derived == base || base.properties().isEmpty()) {
        continue;
      }
      Set<String> shown = names(derived);
      Set<String> declared = names(base);
      if (shown.size() <= declared.size() || !shown.containsAll(declared)) {
        continue;
      }
      List<Resolution.Located> candidates = bases.computeIfAbsent(derived.name(),
          k -> new ArrayList<>());
      if (candidates.stream().noneMatch(c -> c.name().equals(base.name()))) {
        candidates.add(new Resolution.Located(base.name(), claim.location()));
      }
    }
    return bases;
  }

  private static Set<String> names(Resolution.ResolvedType type) {
    Set<String> names = new HashSet<>();
    type.properties().forEach(p -> names.add(p.draft().name().toLowerCase(Locale.ROOT)));
    return names;
  }
}

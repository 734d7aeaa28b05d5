package dev.docmodel.generator.emit;

import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The Java package of each namespace: the root namespace is the base package. */
final class PackageNames {
  private final String basePackage;
  private final String rootNamespace;

  PackageNames(TypeModel model, String basePackage) {
    this.basePackage = basePackage;
    this.rootNamespace = rootNamespace(model);
  }

  /** {@code microsoft.graph} → the base package; {@code microsoft.graph.callRecords} → base.callrecords. */
  String packageFor(String namespace) {
    String relative;
    if (namespace.equals(rootNamespace)) {
      relative = "";
    } else if (!rootNamespace.isEmpty() && namespace.startsWith(rootNamespace + ".")) {
      relative = namespace.substring(rootNamespace.length() + 1);
    } else {
      relative = namespace;
    }
    StringBuilder pkg = new StringBuilder(basePackage);
    for (String segment : relative.split("\\.")) {
      if (!segment.isEmpty()) {
        pkg.append('.').append(
            NameAllocator.toJavaIdentifier(segment.toLowerCase(Locale.ROOT)).replace("$", "_"));
      }
    }
    return pkg.toString();
  }

  /**
   * The root namespace: the one holding the most types (ties: the shortest, then alphabetical).
   * Namespaces under it become subpackages; any other namespace becomes a package of its own below
   * the base package, so one stray namespace cannot move every other type.
   */
  private static String rootNamespace(TypeModel model) {
    Map<String, Integer> counts = new TreeMap<>();
    model.types().stream()
        .filter(t -> !(t instanceof StructuredType s && s.origin() == Origin.OPERATION_BODY))
        .forEach(t -> counts.merge(t.name().namespace(), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse("");
  }
}

package dev.docmodel.generator.link;

import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves the names pages use (bare, qualified, differently cased, or only a link to a page) to
 * the types the pages define.
 */
final class NameIndex {
  private final Map<String, QualifiedName> byKey = new TreeMap<>();
  private final Map<String, List<QualifiedName>> bySimpleName = new TreeMap<>();
  private final Map<String, QualifiedName> byPage;
  private final String defaultNamespace;

  NameIndex(Iterable<QualifiedName> defined, Map<String, QualifiedName> byPage,
      String defaultNamespace) {
    for (QualifiedName name : defined) {
      byKey.putIfAbsent(name.key(), name);
      bySimpleName.computeIfAbsent(name.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(name);
    }
    this.byPage = byPage;
    this.defaultNamespace = defaultNamespace;
  }

  /**
   * Resolves {@code raw} as seen on a page of namespace {@code context}; returns null when no page
   * defines it.
   */
  QualifiedName resolve(String raw, String context, String linkDestination) {
    String name = raw.startsWith("#") ? raw.substring(1) : raw;
    if (name.contains(".")) {
      QualifiedName exact = byKey.get(name.toLowerCase(Locale.ROOT));
      if (exact != null) {
        return exact;
      }
      // "graph.x" and other partial qualifications: fall back on the simple name.
      name = name.substring(name.lastIndexOf('.') + 1);
    }
    QualifiedName local = byKey.get(new QualifiedName(context, name).key());
    if (local != null) {
      return local;
    }
    List<QualifiedName> candidates = bySimpleName.getOrDefault(name.toLowerCase(Locale.ROOT),
        List.of());
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    for (QualifiedName candidate : candidates) {
      if (candidate.namespace().equals(defaultNamespace)) {
        return candidate;
      }
    }
    if (linkDestination != null) {
      String file = linkDestination;
      int hash = file.indexOf('#');
      file = hash < 0 ? file : file.substring(0, hash);
      QualifiedName fromPage = byPage.get(DefinitionCollector.fileName(file));
      // The linked page's type: the same name, or, when no page defines the name at all, the
      // type the link leads to (a page whose annotation spells its type another way).
      if (fromPage != null && (fromPage.name().equalsIgnoreCase(name) || candidates.isEmpty())) {
        return fromPage;
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  /** The name an unresolved reference gets as a placeholder type. */
  QualifiedName placeholder(String raw, String context) {
    return QualifiedName.parse(raw, context);
  }
}

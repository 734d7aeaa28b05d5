package dev.docmodel.generator.link;

import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the names pages use (bare, qualified, differently cased, or only a link to a page) to
 * the types the pages define. The text the docs write is not always a well-formed name, so lookups
 * go by lower-cased text here, and only defined names come out.
 */
final class NameIndex {
  /** Defined names by their lower-cased text ("microsoft.graph.user"). */
  private final Map<String, QualifiedName> byText = new HashMap<>();
  /** Defined names by their lower-cased simple name ("user"), in definition order. */
  private final Map<String, List<QualifiedName>> bySimpleName = new HashMap<>();
  private final Map<String, QualifiedName> byPage;
  private final String defaultNamespace;

  /**
   * @param defined every name a page defines, structured types first: the first of two spellings
   *     wins
   * @param exactOnly names known only from JSON samples: found by their qualified name alone, as
   *     samples write them, never by a simple name a table wrote ("error" is not odata.error)
   * @param byPage the lower-cased file name of each defining page, to its main type
   */
  NameIndex(List<QualifiedName> defined, List<QualifiedName> exactOnly,
      Map<String, QualifiedName> byPage, String defaultNamespace) {
    for (QualifiedName name : defined) {
      byText.putIfAbsent(lower(name.toString()), name);
      bySimpleName.computeIfAbsent(lower(name.name()), k -> new ArrayList<>()).add(name);
    }
    for (QualifiedName name : exactOnly) {
      byText.putIfAbsent(lower(name.toString()), name);
    }
    this.byPage = byPage;
    this.defaultNamespace = defaultNamespace;
  }

  /**
   * Resolves {@code raw} as seen on a page of namespace {@code context}: an exact qualified name,
   * then the simple name in the page's namespace, then the only type of that simple name (or the
   * one in the default namespace), then the type of the page a link leads to. Null when no page
   * defines it.
   */
  QualifiedName resolve(String raw, String context, String linkDestination) {
    String name = raw.startsWith("#") ? raw.substring(1) : raw;
    if (name.contains(".")) {
      QualifiedName exact = byText.get(lower(name));
      if (exact != null) {
        return exact;
      }
      // "graph.x" and other partial qualifications: fall back on the simple name.
      name = name.substring(name.lastIndexOf('.') + 1);
    }
    QualifiedName local = byText.get(lower(context + "." + name));
    if (local != null) {
      return local;
    }
    List<QualifiedName> candidates = bySimpleName.getOrDefault(lower(name), List.of());
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
      QualifiedName fromPage = byPage.get(CollectDefinitions.fileName(file));
      // The linked page's type: the same name, or, when no page defines the name at all, the
      // type the link leads to (a page whose annotation spells its type another way).
      if (fromPage != null && (fromPage.name().equalsIgnoreCase(name) || candidates.isEmpty())) {
        return fromPage;
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}

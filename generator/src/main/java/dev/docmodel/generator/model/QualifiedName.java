package dev.docmodel.generator.model;

import java.util.Locale;

/** A namespace-qualified OData name, e.g. {@code microsoft.graph.synchronizationJob}. */
public record QualifiedName(String namespace, String name) implements Comparable<QualifiedName> {
  /** Splits at the last dot; a name without a dot gets {@code defaultNamespace}. */
  public static QualifiedName parse(String text, String defaultNamespace) {
    String t = text.startsWith("#") ? text.substring(1) : text;
    int dot = t.lastIndexOf('.');
    return dot < 0 ? new QualifiedName(defaultNamespace, t)
        : new QualifiedName(t.substring(0, dot), t.substring(dot + 1));
  }

  /** The key names are compared by: the docs are inconsistent about case. */
  public String key() {
    return toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public int compareTo(QualifiedName o) {
    int c = key().compareTo(o.key());
    return c != 0 ? c : toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return namespace + "." + name;
  }
}

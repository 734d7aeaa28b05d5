package dev.docmodel.generator.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A namespace-qualified OData name, e.g. {@code microsoft.graph.synchronizationJob}. A value type
 * like a record (equal when namespace and name are), but it keeps its text and its key: the linker
 * and the emitters look names up by key hundreds of thousands of times.
 */
public final class QualifiedName implements Comparable<QualifiedName> {
  private final String namespace;
  private final String name;
  private final String text;
  private final String key;

  public QualifiedName(String namespace, String name) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.name = Objects.requireNonNull(name, "name");
    this.text = namespace + "." + name;
    this.key = text.toLowerCase(Locale.ROOT);
  }

  /** Splits at the last dot; a name without a dot gets {@code defaultNamespace}. */
  public static QualifiedName parse(String text, String defaultNamespace) {
    String t = text.startsWith("#") ? text.substring(1) : text;
    int dot = t.lastIndexOf('.');
    return dot < 0 ? new QualifiedName(defaultNamespace, t)
        : new QualifiedName(t.substring(0, dot), t.substring(dot + 1));
  }

  public String namespace() {
    return namespace;
  }

  public String name() {
    return name;
  }

  /** The key names are compared by: the docs are inconsistent about case. */
  public String key() {
    return key;
  }

  @Override
  public int compareTo(QualifiedName o) {
    int c = key.compareTo(o.key);
    return c != 0 ? c : text.compareTo(o.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QualifiedName other && namespace.equals(other.namespace)
        && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return 31 * namespace.hashCode() + name.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}

package dev.docmodel.generator.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A namespace-qualified OData name, e.g. {@code microsoft.graph.synchronizationJob}: the one
 * identity of a type everywhere in the generator. Two names are equal when they differ at most in
 * case (the docs are inconsistent about case: {@code orgcontact} and {@code orgContact} are one
 * type), so maps keyed by names look them up as the docs mean them; {@link #toString()} keeps the
 * spelling the name was made with.
 *
 * <p>Only well-formed names exist: each namespace segment and the name are OData simple
 * identifiers (a letter or underscore, then letters, digits or underscores). Text from the docs
 * becomes a name through {@link #parse}, which says when it cannot be one.
 */
public final class QualifiedName implements Comparable<QualifiedName> {
  private final String namespace;
  private final String name;
  private final String text;
  /** The identity: the text lower-cased, computed once (names are hashed hundreds of thousands of times). */
  private final String identity;

  /** @throws IllegalArgumentException when the namespace or the name is not well-formed */
  public QualifiedName(String namespace, String name) {
    if (!isNamespace(namespace) || !isIdentifier(name)) {
      throw new IllegalArgumentException("not a qualified name: " + namespace + "." + name);
    }
    this.namespace = namespace;
    this.name = name;
    this.text = namespace + "." + name;
    this.identity = text.toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a name as the docs write it: a leading {@code #} is dropped, the text splits at its last
   * dot, and a name without a dot gets {@code defaultNamespace}. Empty when the text cannot be a
   * qualified name ({@code collection(microsoft.graph.x)}, {@code String (timestamp)}).
   */
  public static Optional<QualifiedName> parse(String text, String defaultNamespace) {
    String t = text.strip();
    t = t.startsWith("#") ? t.substring(1) : t;
    int dot = t.lastIndexOf('.');
    String namespace = dot < 0 ? defaultNamespace : t.substring(0, dot);
    String simple = dot < 0 ? t : t.substring(dot + 1);
    return isNamespace(namespace) && isIdentifier(simple)
        ? Optional.of(new QualifiedName(namespace, simple)) : Optional.empty();
  }

  /** An OData simple identifier: a letter or underscore, then letters, digits or underscores. */
  public static boolean isIdentifier(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (!Character.isLetter(first) && first != '_') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** Dot-separated simple identifiers. */
  public static boolean isNamespace(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    int start = 0;
    for (int dot = text.indexOf('.'); ; dot = text.indexOf('.', start)) {
      if (!isIdentifier(dot < 0 ? text.substring(start) : text.substring(start, dot))) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }

  public String namespace() {
    return namespace;
  }

  public String name() {
    return name;
  }

  /** True when both are spelled exactly alike (equality ignores case). */
  public boolean sameSpelling(QualifiedName other) {
    return text.equals(other.text);
  }

  /** By identity: consistent with {@link #equals}; names that differ only in case are one type. */
  @Override
  public int compareTo(QualifiedName o) {
    return identity.compareTo(o.identity);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QualifiedName other && identity.equals(other.identity);
  }

  @Override
  public int hashCode() {
    return identity.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}

package dev.docmodel.generator.diag;

/**
 * How much a diagnostic asks of the user. Only errors and warnings are theirs to act on; a note
 * says something about the docs' own quality (a contradiction, a duplicate, a malformed row) that
 * the generator resolved by a documented rule: the docs' authors act on notes, users need not, and
 * {@code failOnWarning} ignores them.
 */
public enum Severity {
  ERROR, WARNING, NOTE, INFO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

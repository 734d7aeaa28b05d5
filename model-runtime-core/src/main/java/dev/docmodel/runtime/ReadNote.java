package dev.docmodel.runtime;

/**
 * Something a payload holds that the model does not describe but that was kept anyway.
 *
 * @param kind what was met
 * @param pointer JSON pointer of the value
 * @param line 1-based line of the value in the input, or -1
 * @param column 1-based column, or -1
 * @param detail the property or value, and the type it was met in
 */
public record ReadNote(Kind kind, String pointer, int line, int column, String detail) {
  public enum Kind {
    /** A property the type does not declare (kept in {@code getAdditionalData()}). */
    UNDECLARED_PROPERTY,
    /** An enum value the enum does not list (kept as the property's raw value). */
    UNLISTED_ENUM_MEMBER
  }
}

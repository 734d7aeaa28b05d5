package dev.docmodel.runtime;

/**
 * A value that did not fit its declared type while reading leniently; the raw value is kept.
 *
 * @param pointer JSON pointer of the value within the document read
 * @param line 1-based line in the input, or -1 when unknown
 * @param column 1-based column in the input, or -1 when unknown
 * @param message what was expected and what was found
 */
public record ReadProblem(String pointer, int line, int column, String message) {
  @Override
  public String toString() {
    return pointer + " (" + line + ":" + column + "): " + message;
  }
}

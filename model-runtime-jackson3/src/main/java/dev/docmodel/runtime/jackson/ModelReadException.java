package dev.docmodel.runtime.jackson;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * The one exception strict reading throws: where (JSON pointer, line, column) and what went wrong.
 * Unchecked, as every Jackson 3 exception.
 */
public final class ModelReadException extends StreamReadException {
  private static final long serialVersionUID = 1L;
  private final String pointer;

  public ModelReadException(String message, String pointer, @Nullable TokenStreamLocation location) {
    super(null, message + " at " + pointer, location);
    this.pointer = pointer;
  }

  /** JSON pointer of the offending value. */
  public String pointer() {
    return pointer;
  }

  /** 1-based line of the offending value, or -1 when unknown. */
  public int line() {
    return getLocation() == null ? -1 : getLocation().getLineNr();
  }

  /** 1-based column of the offending value, or -1 when unknown. */
  public int column() {
    return getLocation() == null ? -1 : getLocation().getColumnNr();
  }
}

package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.jspecify.annotations.Nullable;

/** The one exception strict reading throws: where (JSON pointer, line, column) and what went wrong. */
public final class ModelReadException extends JsonProcessingException {
  private static final long serialVersionUID = 1L;
  private final String pointer;

  public ModelReadException(String message, String pointer, @Nullable JsonLocation location) {
    super(message + " at " + pointer, location);
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

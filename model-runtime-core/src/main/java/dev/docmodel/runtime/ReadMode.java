package dev.docmodel.runtime;

/** How generated readers treat a value that does not fit its declared type. */
public enum ReadMode {
  /** Keep the raw JSON value, record a {@link ReadProblem}, and go on (the default). */
  LENIENT,
  /** Throw {@link ModelReadException} at the first such value. */
  STRICT
}

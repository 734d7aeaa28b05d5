package dev.docmodel.generator.compat;

import java.util.Locale;

/**
 * What a generation does with a baseline.
 *
 * @param baseline the baseline read, or null (then the mode does nothing)
 */
public record Compatibility(Mode mode, BaselineFile.Baseline baseline) {
  /** No baseline. */
  public static final Compatibility NONE = new Compatibility(Mode.OFF, null);

  public enum Mode {
    /** Keep the baseline's API: what the docs dropped or retyped stays, deprecated. The default. */
    KEEP,
    /** Generate from the new docs alone, and report the changes against the baseline. */
    REPORT,
    /** Ignore the baseline. */
    OFF;

    /** {@code keep}, {@code report} or {@code off}, any case. */
    public static Mode parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  public boolean keeps() {
    return mode == Mode.KEEP && baseline != null;
  }

  public boolean compares() {
    return mode != Mode.OFF && baseline != null;
  }
}

package dev.docmodel.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for the durations Graph payloads carry ({@code PT40M}, {@code PT1H30M}):
 * {@link Duration#parse} runs a regular expression for each value. Reads exactly the text
 * {@link Duration#toString} writes for a whole, non-negative number of seconds, and says by
 * returning null that the text is anything else (then the general parser decides, and the text is
 * kept if it would not be written back as is).
 */
public final class IsoDuration {
  private IsoDuration() {}

  /** The duration in {@code c[from, from + length)} when canonical and whole, else null. */
  public static @Nullable Duration parseCanonical(char[] c, int from, int length) {
    int n = from + length;
    if (length < 4 || c[from] != 'P' || c[from + 1] != 'T') {
      return null;
    }
    if (length == 4 && c[from + 2] == '0' && c[from + 3] == 'S') {
      return Duration.ZERO;
    }
    long seconds = 0;
    int unit = 0; // the units read so far: H, then M, then S, each at most once and in order
    int i = from + 2;
    while (i < n) {
      int start = i;
      long value = 0;
      while (i < n && i - start < 12 && c[i] >= '0' && c[i] <= '9') {
        value = value * 10 + (c[i] - '0');
        i++;
      }
      if (i == start || i == n || c[start] == '0') {
        return null; // no digits, no unit, or a leading zero (a zero part is not written)
      }
      int next = switch (c[i]) {
        case 'H' -> 1;
        case 'M' -> value < 60 ? 2 : 0;
        case 'S' -> value < 60 ? 3 : 0;
        default -> 0;
      };
      if (next <= unit) {
        return null;
      }
      unit = next;
      seconds += value * (next == 1 ? 3600 : next == 2 ? 60 : 1);
      i++;
    }
    return unit == 0 ? null : Duration.ofSeconds(seconds);
  }
}

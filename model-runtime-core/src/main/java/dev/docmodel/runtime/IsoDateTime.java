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
  private IsoDateTime() {}

  /** The value of text in canonical form, or null when the text is not canonical (or invalid). */
  public static @Nullable OffsetDateTime parseCanonical(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nano = nano * 10 + (s.charAt(i) - '0');
        i++;
      }
      int count = i - start;
      if (count == 0 || s.charAt(i - 1) == '0' || (i < n && isDigit(s.charAt(i)))) {
        return null; // no digits, a trailing zero (not canonical), or more than nine digits
      }
      for (int k = count; k < 9; k++) {
        nano *= 10;
      }
    }
    ZoneOffset offset = offset(s, i);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The canonical offset that ends {@code s} at {@code i} ({@code Z} or {@code +hh:mm}), or null. */
  private static @Nullable ZoneOffset offset(String s, int i) {
    int n = s.length();
    if (i == n - 1 && s.charAt(i) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (i != n - 6 || (s.charAt(i) != '+' && s.charAt(i) != '-') || s.charAt(i + 3) != ':') {
      return null;
    }
    int oh = digits(s, i + 1, 2);
    int om = digits(s, i + 4, 2);
    if ((oh | om) < 0 || (oh == 0 && om == 0)) {
      return null; // +00:00 is written Z
    }
    try {
      return ZoneOffset.ofHoursMinutes(s.charAt(i) == '-' ? -oh : oh,
          s.charAt(i) == '-' ? -om : om);
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
    int i = 0;
    i = put(buf, i, year, 4);
    buf[i++] = '-';
    i = put(buf, i, v.getMonthValue(), 2);
    buf[i++] = '-';
    i = put(buf, i, v.getDayOfMonth(), 2);
    buf[i++] = 'T';
    i = put(buf, i, v.getHour(), 2);
    buf[i++] = ':';
    i = put(buf, i, v.getMinute(), 2);
    buf[i++] = ':';
    i = put(buf, i, v.getSecond(), 2);
    int nano = v.getNano();
    if (nano != 0) {
      buf[i++] = '.';
      int digits = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        digits--;
      }
      i = put(buf, i, nano, digits);
    }
    if (offsetSeconds == 0) {
      buf[i++] = 'Z';
    } else {
      buf[i++] = offsetSeconds < 0 ? '-' : '+';
      int abs = Math.abs(offsetSeconds);
      i = put(buf, i, abs / 3600, 2);
      buf[i++] = ':';
      i = put(buf, i, (abs / 60) % 60, 2);
    }
    return i;
  }

  private static int put(char[] buf, int at, int value, int width) {
    for (int k = width - 1; k >= 0; k--) {
      buf[at + k] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number in s[from, from + count), or -1 if a character is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int k = from; k < from + count; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}

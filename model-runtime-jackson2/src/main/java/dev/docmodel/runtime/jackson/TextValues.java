package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.docmodel.runtime.IsoDateTime;
import dev.docmodel.runtime.IsoDuration;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values written as text (timestamps, durations, dates, GUIDs, binary): the general parse, the
 * text kept as the raw value when the typed value would be written differently; and fast paths
 * for the canonical timestamps and durations that fill Graph payloads, read from the parser's
 * characters and written from this thread's, with no string or array made per value.
 */
final class TextValues {
  private static final ThreadLocal<char[]> TIMESTAMP =
      ThreadLocal.withInitial(() -> new char[IsoDateTime.MAX_LENGTH]);

  private TextValues() {}

  static @Nullable OffsetDateTime readTimestamp(JsonParser p, ReadContext ctx) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // Canonical text, read from the parser's characters (no string): written back identically.
      OffsetDateTime fast = IsoDateTime.parseCanonical(p.getTextCharacters(), p.getTextOffset(),
          p.getTextLength());
      if (fast != null) {
        return fast;
      }
    }
    return read(p, ctx, "a timestamp (ISO 8601)", OffsetDateTime::parse, IsoDateTime::format);
  }

  static @Nullable Duration readDuration(JsonParser p, ReadContext ctx) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      Duration fast = IsoDuration.parseCanonical(p.getTextCharacters(), p.getTextOffset(),
          p.getTextLength());
      if (fast != null) {
        return fast;
      }
    }
    return read(p, ctx, "a duration (ISO 8601)", Duration::parse, Duration::toString);
  }

  static <T> @Nullable T read(JsonParser p, ReadContext ctx, String what,
      Function<String, T> parse, Function<T, String> format) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getText();
      T value;
      try {
        value = parse.apply(text);
      } catch (RuntimeException e) {
        return ctx.mismatch(p, what);
      }
      if (!format.apply(value).equals(text)) {
        ctx.keepText(text);
      }
      return value;
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, what);
  }

  static void writeTimestamp(JsonGenerator g, OffsetDateTime v) throws IOException {
    // Formatted into this thread's characters, which the generator copies: a timestamp costs no
    // string and no array (they were most of what writing a Graph object allocated).
    char[] text = TIMESTAMP.get();
    int length = IsoDateTime.formatTo(v, text);
    if (length < 0) {
      g.writeString(IsoDateTime.format(v));
    } else {
      g.writeString(text, 0, length);
    }
  }
}

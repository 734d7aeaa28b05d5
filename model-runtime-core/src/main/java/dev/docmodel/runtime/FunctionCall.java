package dev.docmodel.runtime;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The call segment of a function with parameters, {@code reminderView(StartDateTime='2017-06-05
 * T10:00:00Z',EndDateTime='…')}: the generated {@code XxxCall} classes set the arguments by typed
 * setters; this renders the ones set, in the docs' order, as OData URL literals (OData 4.01 URL
 * conventions, 5.1.1.6.1), percent-encoded for a path segment.
 */
@NullMarked
public abstract class FunctionCall {
  private final String name;
  private final String[] parameters;
  private final @Nullable Object[] arguments;
  private final boolean[] set;

  protected FunctionCall(String name, String... parameters) {
    this.name = name;
    this.parameters = parameters.clone();
    this.arguments = new Object[parameters.length];
    this.set = new boolean[parameters.length];
  }

  /** Sets the argument of the parameter at {@code index}; null passes the literal {@code null}. */
  protected final void argument(int index, @Nullable Object value) {
    arguments[index] = value;
    set[index] = true;
  }

  /**
   * Sets the argument at {@code index} as an OData literal written as given: a JSON array or
   * object, or a parameter alias ({@code @p}) whose value the query string carries.
   */
  protected final void literalArgument(int index, String literal) {
    arguments[index] = new Literal(literal);
    set[index] = true;
  }

  private record Literal(String text) {}

  /** Leaves the parameter at {@code index} out of the call. */
  protected final void clear(int index) {
    arguments[index] = null;
    set[index] = false;
  }

  /** The function's name and the arguments set, percent-encoded: ready to append to a path. */
  public final String segment() {
    StringBuilder sb = new StringBuilder(encode(name)).append('(');
    boolean first = true;
    for (int i = 0; i < parameters.length; i++) {
      if (set[i]) {
        sb.append(first ? "" : ",").append(encode(parameters[i])).append('=')
            .append(encode(literal(arguments[i])));
        first = false;
      }
    }
    return sb.append(')').toString();
  }

  @Override
  public String toString() {
    return segment();
  }

  /** A value as an OData URL literal, not yet percent-encoded. */
  public static String literal(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Literal l) {
      return l.text();
    }
    if (value instanceof String s) {
      return "'" + s.replace("'", "''") + "'";
    }
    if (value instanceof WireEnum e) {
      return "'" + e.wireName().replace("'", "''") + "'";
    }
    if (value instanceof Double d) {
      return d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "INF" : "-INF") : d.toString();
    }
    if (value instanceof Float f) {
      return f.isNaN() ? "NaN" : f.isInfinite() ? (f > 0 ? "INF" : "-INF") : f.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof OffsetDateTime t) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    if (value instanceof Duration d) {
      return "duration'" + d + "'";
    }
    if (value instanceof byte[] bytes) {
      return "binary'" + Base64.getUrlEncoder().encodeToString(bytes) + "'";
    }
    if (value instanceof Boolean || value instanceof Number || value instanceof UUID
        || value instanceof LocalDate || value instanceof LocalTime) {
      return value.toString();
    }
    throw new IllegalArgumentException("no OData URL literal for a " + value.getClass().getName()
        + ": pass it as a parameter alias");
  }

  /** Percent-encodes what a path segment may not hold (RFC 3986 pchar), as UTF-8. */
  static String encode(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}

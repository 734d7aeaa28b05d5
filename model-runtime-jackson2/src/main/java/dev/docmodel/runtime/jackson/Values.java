package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ReadNote;
import dev.docmodel.runtime.WireEnum;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Readers and writers of scalar values for generated code. A reader is called with the parser on
 * the value token; it returns the typed value, or null for JSON {@code null} or a value that does
 * not fit (left in the context as the raw value, see {@link ReadContext#keepRaw}). When a value
 * parses but its typed form would be written differently (a timestamp with seven fraction digits,
 * an upper-case GUID, {@code 1} for a Double), the text is kept as the raw value as well, so a
 * read/write cycle changes nothing.
 */
public final class Values {
  private Values() {}

  /** Reads one value of a type. */
  @FunctionalInterface
  public interface Reader<T> {
    @Nullable T read(JsonParser parser, ReadContext context) throws IOException;
  }

  /** Writes one non-null value of a type. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(JsonGenerator generator, T value) throws IOException;
  }

  // ---- readers -----------------------------------------------------------------------------

  public static @Nullable String readString(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, "a string");
  }

  public static @Nullable Boolean readBoolean(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, "a boolean");
  }

  public static @Nullable Integer readInt32(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, "a 32-bit integer");
  }

  public static @Nullable Long readInt64(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, "a 64-bit integer");
  }

  public static @Nullable Short readInt16(JsonParser p, ReadContext ctx) throws IOException {
    return readBounded(p, ctx, Short.MIN_VALUE, Short.MAX_VALUE, "a 16-bit integer");
  }

  /** Edm.Byte is unsigned (0..255), so it is held in a Short. */
  public static @Nullable Short readUnsignedByte(JsonParser p, ReadContext ctx) throws IOException {
    return readBounded(p, ctx, 0, 255, "an unsigned byte");
  }

  public static @Nullable Byte readSignedByte(JsonParser p, ReadContext ctx) throws IOException {
    Short value = readBounded(p, ctx, Byte.MIN_VALUE, Byte.MAX_VALUE, "a signed byte");
    return value == null ? null : value.byteValue();
  }

  private static @Nullable Short readBounded(JsonParser p, ReadContext ctx, int min, int max, String what)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int v = p.getIntValue();
      if (v >= min && v <= max) {
        return (short) v;
      }
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, what);
  }

  public static @Nullable Double readDouble(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      String text = p.getText();
      double v = p.getDoubleValue();
      if (!Double.toString(v).equals(text)) {
        ctx.keepNode(JsonValue.number(text));
      }
      return v;
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, "a number");
  }

  public static @Nullable Float readSingle(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      String text = p.getText();
      float v = p.getFloatValue();
      if (!Float.toString(v).equals(text)) {
        ctx.keepNode(JsonValue.number(text));
      }
      return v;
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, "a number");
  }

  public static @Nullable BigDecimal readDecimal(JsonParser p, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal v = p.getDecimalValue();
      if (!v.toString().equals(p.getText())) {
        ctx.keepNode(JsonValue.number(p.getText()));
      }
      return v;
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, "a decimal number");
  }

  public static @Nullable OffsetDateTime readDateTimeOffset(JsonParser p, ReadContext ctx) throws IOException {
    return TextValues.readTimestamp(p, ctx);
  }

  public static @Nullable LocalDate readDate(JsonParser p, ReadContext ctx) throws IOException {
    return TextValues.read(p, ctx, "a date (yyyy-MM-dd)", LocalDate::parse, LocalDate::toString);
  }

  public static @Nullable LocalTime readTimeOfDay(JsonParser p, ReadContext ctx) throws IOException {
    return TextValues.read(p, ctx, "a time of day (HH:mm:ss)", LocalTime::parse, LocalTime::toString);
  }

  public static @Nullable Duration readDuration(JsonParser p, ReadContext ctx) throws IOException {
    return TextValues.readDuration(p, ctx);
  }

  public static @Nullable UUID readGuid(JsonParser p, ReadContext ctx) throws IOException {
    return TextValues.read(p, ctx, "a GUID", UUID::fromString, UUID::toString);
  }

  public static byte @Nullable [] readBinary(JsonParser p, ReadContext ctx) throws IOException {
    return TextValues.read(p, ctx, "base64 binary", Base64.getDecoder()::decode,
        Base64.getEncoder()::encodeToString);
  }

  /** Untyped JSON: kept as an exact tree. */
  public static @Nullable JsonValue readJson(JsonParser p, ReadContext ctx) throws IOException {
    return JsonTrees.read(p);
  }

  /**
   * Reads an enum member by its wire name. An unknown member is no error: the getter returns null
   * and the text is kept as the raw value, so it is written back verbatim.
   */
  public static <E extends Enum<E>> E readEnum(JsonParser p, ReadContext ctx,
      Function<String, E> byWireName) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getText();
      E member = byWireName.apply(text);
      if (member == null) {
        ctx.note(p, ReadNote.Kind.UNLISTED_ENUM_MEMBER, "\"" + text + "\"");
        ctx.keepNode(JsonValue.of(text));
      }
      return member;
    }
    return t == JsonToken.VALUE_NULL ? null : ctx.mismatch(p, "an enum member name");
  }

  /**
   * Reads a flags enum value, {@code "a,b"}, into a set of members (in the order written). Spaces
   * around members are tolerated; a member the enum does not list is noted, and whenever the set
   * would not be written back as the same text (spaces, unknown members) the text is kept as the
   * raw value.
   */
  public static <E extends Enum<E> & WireEnum> Set<E> readFlags(JsonParser p, ReadContext ctx,
      Function<String, E> byWireName) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      return t == JsonToken.VALUE_NULL ? null
          : ctx.mismatch(p, "a comma-separated list of enum members");
    }
    String text = p.getText();
    Set<E> members = new LinkedHashSet<>();
    boolean exact = true;
    if (!text.isEmpty()) {
      for (String part : text.split(",", -1)) {
        String name = part.strip();
        E member = name.isEmpty() ? null : byWireName.apply(name);
        if (member == null) {
          ctx.note(p, ReadNote.Kind.UNLISTED_ENUM_MEMBER, "\"" + name + "\"");
          exact = false;
        } else if (!members.add(member)) {
          exact = false;
        }
      }
    }
    if (!exact || !formatFlags(members).equals(text)) {
      ctx.keepNode(JsonValue.of(text));
    }
    return members;
  }

  public static <E extends Enum<E> & WireEnum> void writeFlags(JsonGenerator g, Set<E> members)
      throws IOException {
    g.writeString(formatFlags(members));
  }

  private static <E extends WireEnum> String formatFlags(Set<E> members) {
    StringBuilder sb = new StringBuilder();
    for (E member : members) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(member.wireName());
    }
    return sb.toString();
  }

  // ---- writers (value is never null; generated code writes null itself) ---------------------


  public static void writeString(JsonGenerator g, String v) throws IOException {
    g.writeString(v);
  }

  public static void writeBoolean(JsonGenerator g, Boolean v) throws IOException {
    g.writeBoolean(v);
  }

  public static void writeInt32(JsonGenerator g, Integer v) throws IOException {
    g.writeNumber(v.intValue());
  }

  public static void writeInt64(JsonGenerator g, Long v) throws IOException {
    g.writeNumber(v.longValue());
  }

  public static void writeInt16(JsonGenerator g, Short v) throws IOException {
    g.writeNumber(v.shortValue());
  }

  public static void writeUnsignedByte(JsonGenerator g, Short v) throws IOException {
    g.writeNumber(v.shortValue());
  }

  public static void writeSignedByte(JsonGenerator g, Byte v) throws IOException {
    g.writeNumber(v.byteValue());
  }

  public static void writeDouble(JsonGenerator g, Double v) throws IOException {
    g.writeNumber(v.doubleValue());
  }

  public static void writeSingle(JsonGenerator g, Float v) throws IOException {
    g.writeNumber(v.floatValue());
  }

  public static void writeDecimal(JsonGenerator g, BigDecimal v) throws IOException {
    g.writeNumber(v);
  }

  public static void writeDateTimeOffset(JsonGenerator g, OffsetDateTime v) throws IOException {
    TextValues.writeTimestamp(g, v);
  }

  public static void writeDate(JsonGenerator g, LocalDate v) throws IOException {
    g.writeString(v.toString());
  }

  public static void writeTimeOfDay(JsonGenerator g, LocalTime v) throws IOException {
    g.writeString(v.toString());
  }

  public static void writeDuration(JsonGenerator g, Duration v) throws IOException {
    g.writeString(v.toString());
  }

  public static void writeGuid(JsonGenerator g, UUID v) throws IOException {
    g.writeString(v.toString());
  }

  public static void writeBinary(JsonGenerator g, byte[] v) throws IOException {
    g.writeString(Base64.getEncoder().encodeToString(v));
  }

  public static void writeJson(JsonGenerator g, JsonValue v) throws IOException {
    JsonTrees.write(g, v);
  }

  public static <E extends Enum<E> & WireEnum> void writeEnum(JsonGenerator g, E v)
      throws IOException {
    g.writeString(v.wireName());
  }
}

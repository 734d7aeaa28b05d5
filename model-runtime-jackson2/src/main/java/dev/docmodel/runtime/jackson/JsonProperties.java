package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import dev.docmodel.runtime.BindingHooks;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.WireEnum;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes one property of a model object when it is present: its pre-encoded name, then its raw
 * value when a reader kept one, null, or the typed value. A generated writer makes one call per
 * property, passing the owner, the property's presence index (the one its setter marks), its name
 * and its value; one method per value type keeps every call monomorphic and trivial for the
 * compiler to resolve.
 */
public final class JsonProperties {
  private JsonProperties() {}

  private static boolean start(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Object value) throws IOException {
    return BindingHooks.isPresent(owner, index) && GraphJson.property(g, owner, name, value);
  }

  public static void writeString(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable String value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeString(g, value);
    }
  }

  public static void writeBoolean(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Boolean value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeBoolean(g, value);
    }
  }

  public static void writeInt32(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Integer value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeInt32(g, value);
    }
  }

  public static void writeInt64(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Long value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeInt64(g, value);
    }
  }

  public static void writeInt16(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Short value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeInt16(g, value);
    }
  }

  public static void writeUnsignedByte(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Short value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeUnsignedByte(g, value);
    }
  }

  public static void writeSignedByte(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Byte value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeSignedByte(g, value);
    }
  }

  public static void writeDouble(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Double value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeDouble(g, value);
    }
  }

  public static void writeSingle(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Float value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeSingle(g, value);
    }
  }

  public static void writeDecimal(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable BigDecimal value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeDecimal(g, value);
    }
  }

  public static void writeDateTimeOffset(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable OffsetDateTime value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeDateTimeOffset(g, value);
    }
  }

  public static void writeDate(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable LocalDate value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeDate(g, value);
    }
  }

  public static void writeTimeOfDay(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable LocalTime value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeTimeOfDay(g, value);
    }
  }

  public static void writeDuration(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable Duration value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeDuration(g, value);
    }
  }

  public static void writeGuid(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable UUID value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeGuid(g, value);
    }
  }

  public static void writeBinary(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, byte @Nullable [] value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeBinary(g, value);
    }
  }

  public static void writeJson(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable JsonValue value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeJson(g, value);
    }
  }

  public static <E extends Enum<E> & WireEnum> void writeEnum(JsonGenerator g, GraphObject owner,
      int index, SerializableString name, @Nullable E value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeEnum(g, value);
    }
  }

  public static <E extends Enum<E> & WireEnum> void writeFlags(JsonGenerator g, GraphObject owner,
      int index, SerializableString name, @Nullable Set<E> value) throws IOException {
    if (start(g, owner, index, name, value)) {
      Values.writeFlags(g, value);
    }
  }

  /** An object property: a value of a type derived from {@code declared} names its type. */
  public static void writeObject(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable GraphObject value, TypeDescriptor<?> declared)
      throws IOException {
    if (start(g, owner, index, name, value)) {
      GraphJson.writeObject(g, value, declared);
    }
  }

  /** A collection property; {@code elements} is a descriptor for objects, else a value writer. */
  public static <T> void writeList(JsonGenerator g, GraphObject owner, int index,
      SerializableString name, @Nullable List<T> value, Values.Writer<? super T> elements)
      throws IOException {
    if (start(g, owner, index, name, value)) {
      GraphJson.writeElements(g, value, elements);
    }
  }
}

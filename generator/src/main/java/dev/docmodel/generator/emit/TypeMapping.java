package dev.docmodel.generator.emit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.docmodel.generator.emit.MethodRefs.Ref2;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.runtime.jackson.ReadContext;
import dev.docmodel.runtime.jackson.Values;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** OData primitives to Java types, and the runtime's reader and writer of each. */
final class TypeMapping {
  private TypeMapping() {}

  /** The names of a primitive's {@code Values} reader and writer. */
  record Codec(String reader, String writer) {}

  /** JavaPoet's type names are immutable: each is made once, not once per property. */
  private static final Map<Primitive, TypeName> JAVA_TYPES = new EnumMap<>(Primitive.class);
  private static final Map<Primitive, Codec> CODECS = new EnumMap<>(Primitive.class);

  static {
    for (Primitive primitive : Primitive.values()) {
      JAVA_TYPES.put(primitive, newJavaType(primitive));
    }
    codec(Primitive.STRING, Values::readString, Values::writeString);
    codec(Primitive.STREAM, Values::readString, Values::writeString);
    codec(Primitive.BOOLEAN, Values::readBoolean, Values::writeBoolean);
    codec(Primitive.BYTE, Values::readUnsignedByte, Values::writeUnsignedByte);
    codec(Primitive.SBYTE, Values::readSignedByte, Values::writeSignedByte);
    codec(Primitive.INT16, Values::readInt16, Values::writeInt16);
    codec(Primitive.INT32, Values::readInt32, Values::writeInt32);
    codec(Primitive.INT64, Values::readInt64, Values::writeInt64);
    codec(Primitive.SINGLE, Values::readSingle, Values::writeSingle);
    codec(Primitive.DOUBLE, Values::readDouble, Values::writeDouble);
    codec(Primitive.DECIMAL, Values::readDecimal, Values::writeDecimal);
    codec(Primitive.DATE_TIME_OFFSET, Values::readDateTimeOffset, Values::writeDateTimeOffset);
    codec(Primitive.DATE, Values::readDate, Values::writeDate);
    codec(Primitive.TIME_OF_DAY, Values::readTimeOfDay, Values::writeTimeOfDay);
    codec(Primitive.DURATION, Values::readDuration, Values::writeDuration);
    codec(Primitive.GUID, Values::readGuid, Values::writeGuid);
    codec(Primitive.BINARY, Values::readBinary, Values::writeBinary);
    codec(Primitive.UNTYPED, Values::readJson, Values::writeJson);
    codec(Primitive.JSON, Values::readJson, Values::writeJson);
  }

  private static <T> void codec(Primitive primitive, Ref2<JsonParser, ReadContext> reader,
      Ref2<JsonGenerator, T> writer) {
    CODECS.put(primitive, new Codec(MethodRefs.name(reader), MethodRefs.name(writer)));
  }

  static TypeName javaType(Primitive primitive) {
    return JAVA_TYPES.get(primitive);
  }

  static Codec codec(Primitive primitive) {
    return CODECS.get(primitive);
  }

  private static TypeName newJavaType(Primitive primitive) {
    return switch (primitive) {
      case STRING, STREAM -> ClassName.get(String.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case BYTE, INT16 -> ClassName.get(Short.class);
      case SBYTE -> ClassName.get(Byte.class);
      case INT32 -> ClassName.get(Integer.class);
      case INT64 -> ClassName.get(Long.class);
      case SINGLE -> ClassName.get(Float.class);
      case DOUBLE -> ClassName.get(Double.class);
      case DECIMAL -> ClassName.get(BigDecimal.class);
      case DATE_TIME_OFFSET -> ClassName.get(OffsetDateTime.class);
      case DATE -> ClassName.get(LocalDate.class);
      case TIME_OF_DAY -> ClassName.get(LocalTime.class);
      case DURATION -> ClassName.get(Duration.class);
      case GUID -> ClassName.get(UUID.class);
      case BINARY -> ArrayTypeName.of(TypeName.BYTE);
      case UNTYPED, JSON -> RuntimeApi.JSON_VALUE;
    };
  }
}

package dev.docmodel.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.docmodel.generator.model.Primitive;

/** OData primitives to Java types, and the runtime's reader/writer for each. */
final class TypeMapping {
  static final String RUNTIME = "dev.docmodel.runtime";
  static final ClassName GRAPH_OBJECT = ClassName.get(RUNTIME, "GraphObject");
  static final ClassName TYPE_DESCRIPTOR = ClassName.get(RUNTIME, "TypeDescriptor");
  static final ClassName READ_CONTEXT = ClassName.get(RUNTIME, "ReadContext");
  static final ClassName READ_MODE = ClassName.get(RUNTIME, "ReadMode");
  static final ClassName GRAPH_JSON = ClassName.get(RUNTIME, "GraphJson");
  static final ClassName VALUES = ClassName.get(RUNTIME, "Values");
  static final ClassName WIRE_ENUM = ClassName.get(RUNTIME, "WireEnum");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");

  private TypeMapping() {}

  /** JavaPoet's type names are immutable: each is made once, not once per property. */
  private static final java.util.Map<Primitive, TypeName> JAVA_TYPES = new java.util.EnumMap<>(
      Primitive.class);

  static {
    for (Primitive primitive : Primitive.values()) {
      JAVA_TYPES.put(primitive, newJavaType(primitive));
    }
  }

  static TypeName javaType(Primitive primitive) {
    return JAVA_TYPES.get(primitive);
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
      case DECIMAL -> ClassName.get("java.math", "BigDecimal");
      case DATE_TIME_OFFSET -> ClassName.get("java.time", "OffsetDateTime");
      case DATE -> ClassName.get("java.time", "LocalDate");
      case TIME_OF_DAY -> ClassName.get("java.time", "LocalTime");
      case DURATION -> ClassName.get("java.time", "Duration");
      case GUID -> ClassName.get("java.util", "UUID");
      case BINARY -> ArrayTypeName.of(TypeName.BYTE);
      case UNTYPED, JSON -> JSON_NODE;
    };
  }

  /** The suffix of the runtime's {@code Values.readX} / {@code Values.writeX} pair. */
  static String codecSuffix(Primitive primitive) {
    return switch (primitive) {
      case STRING, STREAM -> "String";
      case BOOLEAN -> "Boolean";
      case BYTE -> "UnsignedByte";
      case SBYTE -> "SignedByte";
      case INT16 -> "Int16";
      case INT32 -> "Int32";
      case INT64 -> "Int64";
      case SINGLE -> "Single";
      case DOUBLE -> "Double";
      case DECIMAL -> "Decimal";
      case DATE_TIME_OFFSET -> "DateTimeOffset";
      case DATE -> "Date";
      case TIME_OF_DAY -> "TimeOfDay";
      case DURATION -> "Duration";
      case GUID -> "Guid";
      case BINARY -> "Binary";
      case UNTYPED, JSON -> "Json";
    };
  }
}

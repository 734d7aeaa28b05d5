package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.OperationDescriptor;
import dev.docmodel.runtime.ReadProblem;
import dev.docmodel.runtime.ResultPage;
import dev.docmodel.runtime.WireEnum;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes what an operation returns, as its {@link OperationDescriptor} says: a model
 * object as itself; a primitive or enum in OData's {@code {"value": x}} envelope; a collection of
 * anything as a {@link ResultPage} of the {@code {"value": [...]}} envelope, its links and counts
 * kept.
 */
@NullMarked
public final class OperationResults {
  private OperationResults() {}

  /** Reads a single result; null when the JSON holds no value of the result's type (lenient). */
  public static <R> @Nullable R read(String json, ReadContext ctx,
      OperationDescriptor<?, R> operation) {
    Values.Reader<R> reader = reader(operation);
    if (operation.resultModel() != null) {
      return Jackson.parse(json, p -> reader.read(p, ctx));
    }
    return Jackson.parse(json, p -> {
      ResultPage<R> envelope = readEnvelope(p, ctx, reader, false);
      return envelope == null || envelope.getValue().isEmpty() ? null
          : envelope.getValue().get(0);
    });
  }

  /** Reads a collection result; null when the JSON is not an object (lenient). */
  public static <R> @Nullable ResultPage<R> readPage(String json, ReadContext ctx,
      OperationDescriptor<?, R> operation) {
    Values.Reader<R> reader = reader(operation);
    return Jackson.parse(json, p -> readEnvelope(p, ctx, reader, true));
  }

  /** Writes a collection result: annotations as read, then {@code value}, then other members. */
  public static String toJson(ResultPage<?> page) {
    return Jackson.render(g -> {
      g.writeStartObject();
      for (Map.Entry<String, JsonValue> member : page.getAdditionalData().entrySet()) {
        g.writeFieldName(member.getKey());
        Values.writeJson(g, member.getValue());
      }
      g.writeFieldName("value");
      g.writeStartArray();
      for (Object item : page.getValue()) {
        writeItem(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** Writes a single primitive or enum result in its {@code {"value": x}} envelope. */
  public static String toJson(@Nullable Object result) {
    if (result instanceof GraphObject object) {
      return GraphJson.toJson(object);
    }
    return Jackson.render(g -> {
      g.writeStartObject();
      g.writeFieldName("value");
      writeItem(g, result);
      g.writeEndObject();
    });
  }

  private static <R> @Nullable ResultPage<R> readEnvelope(JsonParser p, ReadContext ctx,
      Values.Reader<R> reader, boolean collection) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return ctx.mismatch(p, "an object with a value member");
    }
    Map<String, JsonValue> other = new LinkedHashMap<>();
    List<@Nullable R> items = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (!name.equals("value")) {
        other.put(name, JsonTrees.read(p));
      } else if (collection && p.currentToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(reader.read(p, ctx));
          problems.addAll(ctx.takePending());
        }
      } else {
        items.add(reader.read(p, ctx));
        problems.addAll(ctx.takePending());
      }
    }
    return new ResultPage<>(items, other, problems);
  }

  private static void writeItem(JsonGenerator g, @Nullable Object item) throws IOException {
    if (item == null) {
      g.writeNull();
    } else if (item instanceof GraphObject object) {
      GraphJson.writeObject(g, object);
    } else if (item instanceof WireEnum e) {
      g.writeString(e.wireName());
    } else if (item instanceof JsonValue json) {
      Values.writeJson(g, json);
    } else if (item instanceof String s) {
      g.writeString(s);
    } else if (item instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (item instanceof Integer || item instanceof Long || item instanceof Short
        || item instanceof Byte) {
      g.writeNumber(((Number) item).longValue());
    } else if (item instanceof Double d) {
      Values.writeDouble(g, d);
    } else if (item instanceof Float f) {
      Values.writeSingle(g, f);
    } else if (item instanceof BigDecimal d) {
      Values.writeDecimal(g, d);
    } else if (item instanceof byte[] bytes) {
      Values.writeBinary(g, bytes);
    } else {
      g.writeString(item.toString()); // dates, times, durations, GUIDs: ISO text
    }
  }

  @SuppressWarnings("unchecked")
  private static <R> Values.Reader<R> reader(OperationDescriptor<?, R> operation) {
    if (operation.resultModel() instanceof TypeDescriptor<?> descriptor) {
      return (p, ctx) -> (R) GraphJson.readObject(p, ctx, descriptor);
    }
    Class<R> type = operation.result();
    if (type == null) {
      throw new IllegalArgumentException(operation.name() + " returns nothing");
    }
    return (Values.Reader<R>) primitive(type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Values.Reader<?> primitive(Class<?> type) {
    if (type.isEnum() && WireEnum.class.isAssignableFrom(type)) {
      Object[] members = type.getEnumConstants();
      return (p, ctx) -> Values.readEnum(p, ctx, wire -> byWireName((Enum[]) members, wire));
    }
    return type == Boolean.class ? Values::readBoolean
        : type == Integer.class ? Values::readInt32
        : type == Long.class ? Values::readInt64
        : type == Short.class ? Values::readInt16
        : type == Byte.class ? Values::readSignedByte
        : type == Double.class ? Values::readDouble
        : type == Float.class ? Values::readSingle
        : type == BigDecimal.class ? Values::readDecimal
        : type == OffsetDateTime.class ? Values::readDateTimeOffset
        : type == LocalDate.class ? Values::readDate
        : type == LocalTime.class ? Values::readTimeOfDay
        : type == Duration.class ? Values::readDuration
        : type == UUID.class ? Values::readGuid
        : type == byte[].class ? Values::readBinary
        : type == JsonValue.class ? Values::readJson
        : Values::readString;
  }

  private static <E extends Enum<E>> @Nullable E byWireName(E[] members, String wire) {
    for (E member : members) {
      if (((WireEnum) member).wireName().equals(wire)) {
        return member;
      }
    }
    return null;
  }
}

package dev.docmodel.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 (tools.jackson) on the same bytes: databind on the same jsonschema2pojo POJOs (their
 * annotations are Jackson's annotation package, which Jackson 3 reads too; java.time is built in)
 * and the bare tokenizer. The figures a Jackson 3 variant of our serializers must beat (issue 14).
 */
final class Jackson3Contenders {
  /** Configured as {@link Contenders#DATABIND}: ISO timestamps and durations, offsets kept. */
  static final JsonMapper DATABIND = JsonMapper.builder()
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();

  private Jackson3Contenders() {}

  static dev.docmodel.bench.peer.SynchronizationJob readJob(byte[] bytes) {
    return DATABIND.readValue(bytes, dev.docmodel.bench.peer.SynchronizationJob.class);
  }

  static Contenders.PeerJobPage readPage(byte[] bytes) {
    return DATABIND.readValue(bytes, Contenders.PeerJobPage.class);
  }

  static int write(Object value, ByteArrayOutputStream out) {
    out.reset();
    DATABIND.writeValue(out, value);
    return out.size();
  }

  /**
   * As {@link Contenders#limitRead}, on Jackson 3's parser from the factory our Jackson 3
   * serializers use ({@link Jackson3Ours#JSON}: names interned, as Jackson 2 does), not the
   * databind mapper's.
   */
  static long limitRead(byte[] bytes, Consumer<Object> sink) {
    try (JsonParser p = Jackson3Ours.JSON.createParser(bytes)) {
      p.nextToken();
      return limitValue(p, sink);
    }
  }

  private static long limitValue(JsonParser p, Consumer<Object> sink) {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        long tokens = 2;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
          sink.accept(name);
          p.nextToken();
          tokens += 1 + limitValue(p, sink);
        }
        return tokens;
      }
      case START_ARRAY -> {
        long tokens = 2;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          tokens += limitValue(p, sink);
        }
        return tokens;
      }
      case VALUE_STRING -> sink.accept(p.getString());
      case VALUE_NUMBER_INT -> sink.accept(p.getNumberType() == JsonParser.NumberType.INT
          ? (Object) p.getIntValue() : (Object) p.getLongValue());
      case VALUE_NUMBER_FLOAT -> sink.accept(p.getDoubleValue());
      case VALUE_TRUE, VALUE_FALSE -> sink.accept(p.getBooleanValue());
      default -> { }
    }
    return 1;
  }

  /** As {@link Contenders.Tokens#of}, with Jackson 3's pre-encoded names. */
  static Contenders.Tokens tokens(byte[] bytes) {
    try (JsonParser p = Jackson3Ours.JSON.createParser(bytes)) {
      Contenders.Tokens.Builder program = new Contenders.Tokens.Builder();
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT -> program.add(Contenders.Tokens.START_OBJECT);
          case END_OBJECT -> program.add(Contenders.Tokens.END_OBJECT);
          case START_ARRAY -> program.add(Contenders.Tokens.START_ARRAY);
          case END_ARRAY -> program.add(Contenders.Tokens.END_ARRAY);
          case PROPERTY_NAME -> program.add(Contenders.Tokens.NAME).refs[program.size - 1] =
              new SerializedString(p.currentName());
          case VALUE_STRING -> program.add(Contenders.Tokens.STRING).refs[program.size - 1] =
              p.getString();
          case VALUE_NUMBER_INT -> program.add(p.getNumberType() == JsonParser.NumberType.INT
              ? Contenders.Tokens.INT : Contenders.Tokens.LONG).longs[program.size - 1] =
              p.getLongValue();
          case VALUE_NUMBER_FLOAT -> program.add(Contenders.Tokens.DOUBLE)
              .doubles[program.size - 1] = p.getDoubleValue();
          case VALUE_TRUE -> program.add(Contenders.Tokens.TRUE);
          case VALUE_FALSE -> program.add(Contenders.Tokens.FALSE);
          default -> program.add(Contenders.Tokens.NULL);
        }
      }
      return program.build();
    }
  }

  /** As {@link Contenders#limitWrite}, on the generator our Jackson 3 serializers use. */
  static int limitWrite(Contenders.Tokens tokens, ByteArrayOutputStream out) {
    out.reset();
    byte[] ops = tokens.ops();
    Object[] refs = tokens.refs();
    long[] longs = tokens.longs();
    double[] doubles = tokens.doubles();
    try (JsonGenerator g = Jackson3Ours.JSON.createGenerator(out)) {
      for (int i = 0; i < ops.length; i++) {
        switch (ops[i]) {
          case Contenders.Tokens.START_OBJECT -> g.writeStartObject();
          case Contenders.Tokens.END_OBJECT -> g.writeEndObject();
          case Contenders.Tokens.START_ARRAY -> g.writeStartArray();
          case Contenders.Tokens.END_ARRAY -> g.writeEndArray();
          case Contenders.Tokens.NAME -> g.writeName((SerializedString) refs[i]);
          case Contenders.Tokens.STRING -> g.writeString((String) refs[i]);
          case Contenders.Tokens.INT -> g.writeNumber((int) longs[i]);
          case Contenders.Tokens.LONG -> g.writeNumber(longs[i]);
          case Contenders.Tokens.DOUBLE -> g.writeNumber(doubles[i]);
          case Contenders.Tokens.TRUE -> g.writeBoolean(true);
          case Contenders.Tokens.FALSE -> g.writeBoolean(false);
          default -> g.writeNull();
        }
      }
    }
    return out.size();
  }
}

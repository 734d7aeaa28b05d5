package dev.docmodel.bench;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

  /** As {@link Contenders#limitRead}, on Jackson 3's parser. */
  static long limitRead(byte[] bytes, Consumer<Object> sink) {
    long tokens = 0;
    try (JsonParser p = DATABIND.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
        switch (t) {
          case PROPERTY_NAME -> sink.accept(p.currentName());
          case VALUE_STRING -> sink.accept(p.getString());
          case VALUE_NUMBER_INT -> sink.accept(p.getNumberValue());
          case VALUE_NUMBER_FLOAT -> sink.accept(p.getDecimalValue());
          case VALUE_TRUE, VALUE_FALSE -> sink.accept(p.getBooleanValue());
          default -> { }
        }
      }
    }
    return tokens;
  }
}

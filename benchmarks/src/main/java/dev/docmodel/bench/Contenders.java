package dev.docmodel.bench;

import com.example.graph.ModelModule;
import com.example.graph.ModelTypes;
import com.example.graph.SynchronizationJob;
import com.example.graph.SynchronizationJobJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.microsoft.graph.models.SynchronizationJobCollectionResponse;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import com.microsoft.kiota.serialization.JsonSerializationWriter;
import com.microsoft.kiota.serialization.Parsable;
import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.Pages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The four ways to read and write the same bytes, each as its users would write it. Shared by the
 * JMH benchmarks and by the test that checks they all read the payloads completely.
 */
final class Contenders {
  static final JsonFactory JSON = new JsonFactory();
  /** Our generated serializers behind Jackson's ObjectMapper. */
  static final ObjectMapper OURS_MAPPER = JsonMapper.builder().addModule(new ModelModule()).build();
  /** A plain databind mapper for jsonschema2pojo's POJOs (java.time through the JSR-310 module). */
  static final ObjectMapper DATABIND = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();
  static final JsonParseNodeFactory KIOTA = new JsonParseNodeFactory();

  private Contenders() {}

  // ---- ours ---------------------------------------------------------------------------------

  static SynchronizationJob oursReadJob(byte[] bytes) throws IOException {
    try (JsonParser p = JSON.createParser(bytes)) {
      p.nextToken();
      return GraphJson.readObject(p, ModelTypes.newReadContext(ReadMode.LENIENT),
          SynchronizationJobJson.TYPE);
    }
  }

  static CollectionPage<SynchronizationJob> oursReadPage(byte[] bytes) throws IOException {
    try (JsonParser p = JSON.createParser(bytes)) {
      p.nextToken();
      return Pages.read(p, ModelTypes.newReadContext(ReadMode.LENIENT),
          SynchronizationJobJson.TYPE);
    }
  }

  static int oursWriteJob(SynchronizationJob job, ByteArrayOutputStream out) throws IOException {
    out.reset();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      GraphJson.writeObject(g, job);
    }
    return out.size();
  }

  static int oursWritePage(CollectionPage<SynchronizationJob> page, ByteArrayOutputStream out)
      throws IOException {
    out.reset();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      Pages.write(g, page);
    }
    return out.size();
  }

  static SynchronizationJob moduleReadJob(byte[] bytes) throws IOException {
    return OURS_MAPPER.readValue(bytes, SynchronizationJob.class);
  }

  static int moduleWriteJob(SynchronizationJob job, ByteArrayOutputStream out) throws IOException {
    out.reset();
    OURS_MAPPER.writeValue(out, job);
    return out.size();
  }

  // ---- the official SDK: Graph models with Kiota's JSON serialization ------------------------

  static com.microsoft.graph.models.SynchronizationJob sdkReadJob(byte[] bytes) {
    return KIOTA.getParseNode("application/json", new ByteArrayInputStream(bytes))
        .getObjectValue(com.microsoft.graph.models.SynchronizationJob::createFromDiscriminatorValue);
  }

  static SynchronizationJobCollectionResponse sdkReadPage(byte[] bytes) {
    return KIOTA.getParseNode("application/json", new ByteArrayInputStream(bytes))
        .getObjectValue(SynchronizationJobCollectionResponse::createFromDiscriminatorValue);
  }

  static int sdkWrite(Parsable value) throws IOException {
    try (JsonSerializationWriter writer = new JsonSerializationWriter()) {
      writer.writeObjectValue(null, value);
      try (InputStream in = writer.getSerializedContent()) {
        return in.readAllBytes().length;
      }
    }
  }

  // ---- a peer generator on databind: jsonschema2pojo POJOs -----------------------------------

  static dev.docmodel.bench.peer.SynchronizationJob databindReadJob(byte[] bytes)
      throws IOException {
    return DATABIND.readValue(bytes, dev.docmodel.bench.peer.SynchronizationJob.class);
  }

  static PeerJobPage databindReadPage(byte[] bytes) throws IOException {
    return DATABIND.readValue(bytes, PeerJobPage.class);
  }

  static int databindWrite(Object value, ByteArrayOutputStream out) throws IOException {
    out.reset();
    DATABIND.writeValue(out, value);
    return out.size();
  }

  // ---- the limits: what no reader or writer on this factory can beat -------------------------

  /**
   * The read limit: the fastest walk that visits every token and materialises every scalar as our
   * reader must (names as strings, strings, numbers as their boxed int, long or double, booleans),
   * on the factory ours uses, with the calls ours makes ({@code nextFieldName} in objects).
   * Returns the number of tokens.
   */
  static long limitRead(byte[] bytes, Consumer<Object> sink) throws IOException {
    try (JsonParser p = JSON.createParser(bytes)) {
      p.nextToken();
      return limitValue(p, sink);
    }
  }

  private static long limitValue(JsonParser p, Consumer<Object> sink) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        long tokens = 2;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
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
      case VALUE_STRING -> sink.accept(p.getText());
      case VALUE_NUMBER_INT -> sink.accept(p.getNumberType() == JsonParser.NumberType.INT
          ? (Object) p.getIntValue() : (Object) p.getLongValue());
      case VALUE_NUMBER_FLOAT -> sink.accept(p.getDoubleValue());
      case VALUE_TRUE, VALUE_FALSE -> sink.accept(p.getBooleanValue());
      default -> { }
    }
    return 1;
  }

  /**
   * The tokens of a payload, ready to write: names pre-encoded as ours are, strings and numbers
   * as the model holds them (a date already formatted).
   */
  record Tokens(JsonToken[] kinds, Object[] values) {
    static Tokens of(byte[] bytes) throws IOException {
      List<JsonToken> kinds = new java.util.ArrayList<>();
      List<Object> values = new java.util.ArrayList<>();
      try (JsonParser p = JSON.createParser(bytes)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          kinds.add(t);
          values.add(switch (t) {
            case FIELD_NAME -> new SerializedString(p.currentName());
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            default -> "";
          });
        }
      }
      return new Tokens(kinds.toArray(JsonToken[]::new), values.toArray());
    }
  }

  /** The write limit: the same tokens written from a list, nothing to look up or format. */
  static int limitWrite(Tokens tokens, ByteArrayOutputStream out) throws IOException {
    out.reset();
    JsonToken[] kinds = tokens.kinds();
    Object[] values = tokens.values();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      for (int i = 0; i < kinds.length; i++) {
        switch (kinds[i]) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case FIELD_NAME -> g.writeFieldName((SerializedString) values[i]);
          case VALUE_STRING -> g.writeString((String) values[i]);
          case VALUE_NUMBER_INT -> {
            if (values[i] instanceof Integer v) {
              g.writeNumber(v.intValue());
            } else {
              g.writeNumber(((Number) values[i]).longValue());
            }
          }
          case VALUE_NUMBER_FLOAT -> g.writeNumber((Double) values[i]);
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          default -> g.writeNull();
        }
      }
    }
    return out.size();
  }

  /** A Graph collection page of peer jobs: jsonschema2pojo has no schema for the envelope. */
  public static final class PeerJobPage {
    @com.fasterxml.jackson.annotation.JsonProperty("@odata.context")
    public String context;
    @com.fasterxml.jackson.annotation.JsonProperty("@odata.nextLink")
    @com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public String nextLink;
    public List<dev.docmodel.bench.peer.SynchronizationJob> value;
  }
}

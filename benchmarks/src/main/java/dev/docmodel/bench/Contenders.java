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
   * The tokens of a payload as a program for the write limit: one opcode per token, its operand
   * ready in a typed array (names pre-encoded as ours are, strings as the model holds them, numbers
   * unboxed), so that writing them costs a table switch and the generator's call, nothing else.
   */
  record Tokens(byte[] ops, Object[] refs, long[] longs, double[] doubles) {
    static final byte START_OBJECT = 0;
    static final byte END_OBJECT = 1;
    static final byte START_ARRAY = 2;
    static final byte END_ARRAY = 3;
    static final byte NAME = 4;
    static final byte STRING = 5;
    static final byte INT = 6;
    static final byte LONG = 7;
    static final byte DOUBLE = 8;
    static final byte TRUE = 9;
    static final byte FALSE = 10;
    static final byte NULL = 11;

    static Tokens of(byte[] bytes) throws IOException {
      try (JsonParser p = JSON.createParser(bytes)) {
        Builder program = new Builder();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          switch (t) {
            case START_OBJECT -> program.add(START_OBJECT);
            case END_OBJECT -> program.add(END_OBJECT);
            case START_ARRAY -> program.add(START_ARRAY);
            case END_ARRAY -> program.add(END_ARRAY);
            case FIELD_NAME -> program.add(NAME).refs[program.size - 1] =
                new SerializedString(p.currentName());
            case VALUE_STRING -> program.add(STRING).refs[program.size - 1] = p.getText();
            case VALUE_NUMBER_INT -> program.add(p.getNumberType() == JsonParser.NumberType.INT
                ? INT : LONG).longs[program.size - 1] = p.getLongValue();
            case VALUE_NUMBER_FLOAT -> program.add(DOUBLE).doubles[program.size - 1] =
                p.getDoubleValue();
            case VALUE_TRUE -> program.add(TRUE);
            case VALUE_FALSE -> program.add(FALSE);
            default -> program.add(NULL);
          }
        }
        return program.build();
      }
    }

    /** Grows the four arrays together; shared with the Jackson 3 limit. */
    static final class Builder {
      byte[] ops = new byte[64];
      Object[] refs = new Object[64];
      long[] longs = new long[64];
      double[] doubles = new double[64];
      int size;

      Builder add(byte op) {
        if (size == ops.length) {
          int n = size * 2;
          ops = java.util.Arrays.copyOf(ops, n);
          refs = java.util.Arrays.copyOf(refs, n);
          longs = java.util.Arrays.copyOf(longs, n);
          doubles = java.util.Arrays.copyOf(doubles, n);
        }
        ops[size++] = op;
        return this;
      }

      Tokens build() {
        return new Tokens(java.util.Arrays.copyOf(ops, size), java.util.Arrays.copyOf(refs, size),
            java.util.Arrays.copyOf(longs, size), java.util.Arrays.copyOf(doubles, size));
      }
    }
  }

  /** The write limit: the same tokens written from their program, nothing to look up or format. */
  static int limitWrite(Tokens tokens, ByteArrayOutputStream out) throws IOException {
    out.reset();
    byte[] ops = tokens.ops();
    Object[] refs = tokens.refs();
    long[] longs = tokens.longs();
    double[] doubles = tokens.doubles();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      for (int i = 0; i < ops.length; i++) {
        switch (ops[i]) {
          case Tokens.START_OBJECT -> g.writeStartObject();
          case Tokens.END_OBJECT -> g.writeEndObject();
          case Tokens.START_ARRAY -> g.writeStartArray();
          case Tokens.END_ARRAY -> g.writeEndArray();
          case Tokens.NAME -> g.writeFieldName((SerializedString) refs[i]);
          case Tokens.STRING -> g.writeString((String) refs[i]);
          case Tokens.INT -> g.writeNumber((int) longs[i]);
          case Tokens.LONG -> g.writeNumber(longs[i]);
          case Tokens.DOUBLE -> g.writeNumber(doubles[i]);
          case Tokens.TRUE -> g.writeBoolean(true);
          case Tokens.FALSE -> g.writeBoolean(false);
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

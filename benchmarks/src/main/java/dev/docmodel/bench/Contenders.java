package dev.docmodel.bench;

import com.example.graph.ModelModule;
import com.example.graph.ModelTypes;
import com.example.graph.SynchronizationJob;
import com.example.graph.SynchronizationJobJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

  // ---- the limit: a tokenizer that visits every token and materialises every scalar ----------

  static long limitRead(byte[] bytes, Consumer<Object> sink) throws IOException {
    long tokens = 0;
    try (JsonParser p = JSON.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
        switch (t) {
          case FIELD_NAME -> sink.accept(p.currentName());
          case VALUE_STRING -> sink.accept(p.getText());
          case VALUE_NUMBER_INT -> sink.accept(p.getNumberValue());
          case VALUE_NUMBER_FLOAT -> sink.accept(p.getDecimalValue());
          case VALUE_TRUE, VALUE_FALSE -> sink.accept(p.getBooleanValue());
          default -> { }
        }
      }
    }
    return tokens;
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

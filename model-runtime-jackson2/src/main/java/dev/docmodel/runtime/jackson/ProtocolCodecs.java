package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.docmodel.runtime.BatchRequest;
import dev.docmodel.runtime.BatchResponse;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ODataError;
import dev.docmodel.runtime.PatchBody;
import java.io.IOException;

/**
 * The runtime's own values an ObjectMapper with the model's module reads and writes: JSON kept as
 * read ({@link JsonValue}), Graph's error body, JSON batches, and PATCH bodies of changes only.
 */
final class ProtocolCodecs {
  private ProtocolCodecs() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  static void addTo(SimpleModule module) {
    module.addSerializer(JsonValue.class, new Writer<>(JsonValue.class, JsonTrees::write));
    module.addDeserializer(JsonValue.class, new Reader<>(JsonValue.class, JsonTrees::read));
    module.addSerializer(ODataError.class,
        new Writer<>(ODataError.class, (g, error) -> JsonTrees.write(g, error.toEnvelope())));
    module.addDeserializer(ODataError.class, new Reader<>(ODataError.class,
        p -> ODataError.fromEnvelope(JsonTrees.read(p))));
    module.addSerializer(BatchRequest.class, new Writer<>(BatchRequest.class, Protocol::write));
    module.addDeserializer(BatchResponse.class, new Reader<>(BatchResponse.class,
        p -> BatchResponse.of(JsonTrees.read(p))));
    module.addSerializer(PatchBody.class, new Writer<PatchBody>(PatchBody.class,
        (g, body) -> Changes.write(g, body.value())));
  }

  @FunctionalInterface
  interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  @FunctionalInterface
  interface Read<T> {
    T read(JsonParser p) throws IOException;
  }

  private static final class Writer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Write<T> write;

    Writer(Class<T> type, Write<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write.write(g, value);
    }
  }

  private static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Read<T> read;

    Reader(Class<T> type, Read<T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return read.read(p);
    }
  }
}

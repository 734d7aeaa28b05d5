package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Lets an ObjectMapper read generated types through their generated readers. */
public final class DescriptorDeserializer<T extends GraphObject> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;
  private final transient TypeDescriptor<T> descriptor;
  private final transient Function<String, @Nullable TypeDescriptor<?>> resolver;
  private final ReadMode mode;

  public DescriptorDeserializer(TypeDescriptor<T> descriptor,
      Function<String, @Nullable TypeDescriptor<?>> resolver, ReadMode mode) {
    super(descriptor.type());
    this.descriptor = descriptor;
    this.resolver = resolver;
    this.mode = mode;
  }

  @Override
  public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return GraphJson.readObject(p, new ReadContext(mode, resolver), descriptor);
  }

  /** The generated reader dispatches on {@code @odata.type} itself. */
  @Override
  public @Nullable Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) throws IOException {
    return deserialize(p, ctxt);
  }
}

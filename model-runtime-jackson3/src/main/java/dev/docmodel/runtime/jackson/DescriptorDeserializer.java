package dev.docmodel.runtime.jackson;

import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

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
  public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) {
    return GraphJson.readObject(p, new ReadContext(mode, resolver), descriptor);
  }

  /** The generated reader dispatches on {@code @odata.type} itself. */
  @Override
  public @Nullable Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }
}

package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import dev.docmodel.runtime.GraphObject;
import java.io.IOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Lets an ObjectMapper read generated types through their generated readers. */
public final class DescriptorDeserializer<T extends GraphObject> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;
  private final transient TypeDescriptor<T> descriptor;
  private final transient Supplier<ReadContext> contexts;

  /** @param contexts makes the context of each read (mode, type resolution, snapshots) */
  public DescriptorDeserializer(TypeDescriptor<T> descriptor, Supplier<ReadContext> contexts) {
    super(descriptor.type());
    this.descriptor = descriptor;
    this.contexts = contexts;
  }

  @Override
  public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return GraphJson.readObject(p, contexts.get(), descriptor);
  }

  /** Holds nothing of one read: Jackson may keep it for every later read of the type. */
  @Override
  public boolean isCachable() {
    return true;
  }

  /** The generated reader dispatches on {@code @odata.type} itself. */
  @Override
  public @Nullable Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) throws IOException {
    return deserialize(p, ctxt);
  }
}

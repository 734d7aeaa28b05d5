package dev.docmodel.runtime.jackson;

import dev.docmodel.runtime.GraphObject;
import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** Lets an ObjectMapper write generated types through their generated writers. */
public final class DescriptorSerializer<T extends GraphObject> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  public DescriptorSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext provider) {
    GraphJson.writeObject(g, value);
  }

  /** Where a type is declared: a derived type's instance carries its {@code @odata.type}. */
  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializationContext provider,
      TypeSerializer typeSer) {
    GraphJson.writeObject(g, value,
        typeSer instanceof GraphModule.Declared declared ? declared.type() : null);
  }
}

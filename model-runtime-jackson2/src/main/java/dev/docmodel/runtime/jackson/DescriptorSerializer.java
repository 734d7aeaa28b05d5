package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.docmodel.runtime.GraphObject;
import java.io.IOException;

/** Lets an ObjectMapper write generated types through their generated writers. */
public final class DescriptorSerializer<T extends GraphObject> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  public DescriptorSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    GraphJson.writeObject(g, value);
  }

  /** Where a type is declared: a derived type's instance carries its {@code @odata.type}. */
  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    GraphJson.writeObject(g, value,
        typeSer instanceof DeclaredTypes.Declared declared ? declared.type() : null);
  }
}

package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ModelType;
import java.io.IOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the generic read and write loops need to know of one generated type. Generated serializer
 * classes hold one each, made of method references to the model class's constructor and to their
 * own static property reader and writer; nothing here uses reflection. A descriptor is also the
 * reader and writer of the type's values where it is declared (a list's elements), so that a list
 * of objects needs no lambda.
 *
 * @param odataName the qualified OData name, e.g. {@code microsoft.graph.synchronizationJob}
 * @param type the generated class
 * @param factory makes an empty instance
 * @param properties reads one declared property (own or inherited) into an instance
 * @param writer writes the declared properties (inherited first) of an instance
 * @param polymorphic true when the type has known derived types, so {@code @odata.type} decides
 *     the class to instantiate
 */
public record TypeDescriptor<T extends GraphObject>(
    String odataName,
    Class<T> type,
    Supplier<T> factory,
    PropertyReader<T> properties,
    PropertyWriter<T> writer,
    boolean polymorphic) implements ModelType<T>, Values.Reader<T>, Values.Writer<T> {

  private static final PropertyReader<GraphObject> NO_PROPERTIES = (name, p, ctx, target) -> false;
  private static final PropertyWriter<GraphObject> NOTHING_TO_WRITE = (g, value) -> {};

  /**
   * The descriptor of a type that declares no property, own or inherited (one referenced by the
   * docs but not documented, say): every member of its JSON is kept as additional data.
   */
  @SuppressWarnings("unchecked")
  public static <T extends GraphObject> TypeDescriptor<T> withoutProperties(String odataName,
      Class<T> type, Supplier<T> factory, boolean polymorphic) {
    return new TypeDescriptor<>(odataName, type, factory, (PropertyReader<T>) NO_PROPERTIES,
        (PropertyWriter<T>) NOTHING_TO_WRITE, polymorphic);
  }

  /** Reads a value declared as this type; see {@link GraphJson#readObject}. */
  @Override
  public @Nullable T read(JsonParser parser, ReadContext context) throws IOException {
    return GraphJson.readObject(parser, context, this);
  }

  /** Writes a value declared as this type: a derived type's instance names its type. */
  @Override
  public void write(JsonGenerator generator, T value) throws IOException {
    GraphJson.writeObject(generator, value, this);
  }

  /**
   * Reads one declared property; returns false when {@code name} is not declared. The caller
   * records what the reader left in the context (a raw value, a problem) on the target.
   */
  @FunctionalInterface
  public interface PropertyReader<T> {
    boolean readMember(String name, JsonParser parser, ReadContext context, T target)
        throws IOException;
  }

  /** Writes the declared properties that are present. */
  @FunctionalInterface
  public interface PropertyWriter<T> {
    void writeMembers(JsonGenerator generator, T value) throws IOException;
  }
}

package dev.docmodel.runtime.jackson;

import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ModelType;
import java.io.IOException;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * What the generic read and write loops need to know of one generated type. Generated serializer
 * classes hold one each, and are themselves the factory, reader and writer (one singleton, so no
 * lambda classes are spun per type); nothing here uses reflection.
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
    boolean polymorphic) implements ModelType<T> {

  /** Reads one declared property; returns false when {@code name} is not declared. */
  @FunctionalInterface
  public interface PropertyReader<T> {
    boolean readMember(String name, JsonParser parser, ReadContext context, T target);
  }

  /** Writes the declared properties that are present. */
  @FunctionalInterface
  public interface PropertyWriter<T> {
    void writeMembers(JsonGenerator generator, T value);
  }
}

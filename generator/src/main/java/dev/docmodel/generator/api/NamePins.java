package dev.docmodel.generator.api;

import dev.docmodel.generator.model.QualifiedName;
import java.util.Map;

/**
 * Java names a baseline promised, which the naming plan keeps: a type keeps its classes, a property
 * its accessors and an enum member its constant, whatever else the docs now hold. Names not pinned
 * are allocated around the pinned ones.
 *
 * @param types by OData name
 */
public record NamePins(Map<QualifiedName, TypeNames> types) {
  /** No pins: every name is allocated. */
  public static final NamePins NONE = new NamePins(Map.of());

  public NamePins {
    types = Map.copyOf(types);
  }

  /**
   * @param modelClass the model class, fully qualified
   * @param serializerClass its serializer, fully qualified (null for an enum)
   * @param properties accessors by wire name
   * @param constants enum constants by member wire name
   */
  public record TypeNames(String modelClass, String serializerClass,
      Map<String, AccessorNames> properties, Map<String, String> constants) {
    public TypeNames {
      properties = Map.copyOf(properties);
      constants = Map.copyOf(constants);
    }
  }

  /**
   * A property's accessors. Null entries are allocated: when a property's type changed, its
   * earlier getter and setter become the legacy view's and the current view gets new ones.
   */
  public record AccessorNames(String getter, String setter, String has, String clear,
      String legacyGetter, String legacySetter) {}

  /** The names pinned for {@code type}, or null. */
  public TypeNames of(QualifiedName type) {
    return types.get(type);
  }
}

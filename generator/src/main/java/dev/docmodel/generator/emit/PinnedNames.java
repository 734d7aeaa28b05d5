package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.docmodel.generator.api.NamePins;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a baseline's pinned names take away from the names {@link NamingPlan} still allocates:
 * pinned classes, and the accessors pinned on a type's descendants.
 */
final class PinnedNames {
  private PinnedNames() {}

  /**
   * A class a baseline pins, by its qualified name: a top-level class of the base package (the
   * reader checked that), whatever the case of its first letter (JavaPoet's bestGuess would refuse
   * a lower-case one).
   */
  static ClassName pinnedClass(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return ClassName.get(qualifiedName.substring(0, Math.max(dot, 0)),
        qualifiedName.substring(dot + 1));
  }

  /** Every class the pins name, model classes and serializers, in the model's type order. */
  static List<ClassName> classes(TypeModel model, NamePins pins) {
    List<ClassName> classes = new ArrayList<>();
    for (TypeDefinition type : model.types()) {
      NamePins.TypeNames pinned = pins.of(type.name());
      if (pinned == null) {
        continue;
      }
      for (String fqn : new String[] {pinned.modelClass(), pinned.serializerClass()}) {
        if (fqn != null) {
          classes.add(pinnedClass(fqn));
        }
      }
    }
    return classes;
  }

  /** The accessor names pinned on each type's descendants: a base must not take them. */
  static Map<QualifiedName, Set<String>> inDescendants(TypeModel model, NamePins pins) {
    Map<QualifiedName, Set<String>> below = new HashMap<>();
    for (StructuredType type : model.structuredTypes()) {
      NamePins.TypeNames pinned = pins.of(type.name());
      if (pinned == null) {
        continue;
      }
      Set<String> names = new HashSet<>();
      pinned.properties().values().forEach(a -> names.addAll(accessors(a)));
      for (StructuredType ancestor : model.ancestors(type)) {
        below.computeIfAbsent(ancestor.name(), k -> new HashSet<>()).addAll(names);
      }
    }
    return below;
  }

  /** The accessor names of one pinned property, those it has. */
  static List<String> accessors(NamePins.AccessorNames a) {
    List<String> names = new ArrayList<>();
    for (String name : new String[] {a.getter(), a.setter(), a.has(), a.clear(), a.legacyGetter(),
        a.legacySetter()}) {
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }
}

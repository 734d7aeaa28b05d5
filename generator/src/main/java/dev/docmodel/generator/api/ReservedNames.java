package dev.docmodel.generator.api;

import dev.docmodel.runtime.GraphObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/** Java names the generated code keeps for itself, which no documented element may take. */
public final class ReservedNames {
  private ReservedNames() {}

  /** The registry of the model's types, in the base package. */
  public static final String REGISTRY_CLASS = "ModelTypes";
  /** The Jackson module of the model, in the base package. */
  public static final String MODULE_CLASS = "ModelModule";

  /**
   * Every member name a generated class inherits from GraphObject and Object: no accessor may
   * take one of them.
   */
  public static final Set<String> INHERITED_MEMBERS = inheritedMembers();

  private static Set<String> inheritedMembers() {
    Set<String> names = new TreeSet<>();
    for (Class<?> c = GraphObject.class; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic()) {
          names.add(m.getName());
        }
      }
    }
    return Set.copyOf(names);
  }
}

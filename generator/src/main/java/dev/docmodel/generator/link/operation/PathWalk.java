package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;

/**
 * Follows a request path through the model: from its entry point, through keys, casts and
 * navigation (or structural) properties, to what its last segment is applied to.
 */
final class PathWalk {
  private final ModelIndex index;
  private final ResourceRoots roots;

  PathWalk(ModelIndex index, ResourceRoots roots) {
    this.index = index;
    this.roots = roots;
  }

  /** What {@code segments} (all but the path's last) reach, or null when the walk is lost. */
  Target walk(List<RequestPath.Segment> segments) {
    if (segments.isEmpty() || segments.get(0).key() || segments.get(0).call()) {
      return null;
    }
    Target at = roots.root(segments.get(0).name());
    for (int i = 1; i < segments.size() && at != null; i++) {
      at = step(at, segments.get(i));
    }
    return at;
  }

  /** One segment further, or null. */
  Target step(Target at, RequestPath.Segment segment) {
    if (segment.key()) {
      return at.single();
    }
    if (segment.system()) {
      return null;
    }
    if (segment.qualified() && index.byName(segment.name()) instanceof StructuredType cast) {
      return new Target(cast.name(), at.collection());
    }
    Property property = index.property(index.structured(at.type()), segment.simpleName());
    if (property != null && property.type() instanceof TypeRef.NamedRef named) {
      TypeDefinition type = index.model().find(named.name()).orElse(null);
      return type instanceof StructuredType s ? new Target(s.name(), property.collection()) : null;
    }
    // A literal key the docs wrote out: /classes/acdefc6b-.../assignments.
    return at.collection() && !segment.call() && !index.anyProperty(segment.simpleName())
        ? at.single() : null;
  }

  /**
   * Whether {@code segment}, applied to what the path reached (null when the walk was lost),
   * names a property or a cast, not an operation.
   */
  boolean navigates(Target reached, RequestPath.Segment segment) {
    if (segment.qualified() && index.byName(segment.name()) instanceof StructuredType) {
      return true;
    }
    return !segment.call() && reached != null
        && index.property(index.structured(reached.type()), segment.simpleName()) != null;
  }
}

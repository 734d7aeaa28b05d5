package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;
import java.util.Locale;

/**
 * Follows a request path through the model: from its entry point, through keys, casts,
 * navigation (or structural) properties and the functions already known, to what its last
 * segment is applied to.
 */
final class PathWalk {
  private final ModelIndex index;
  private final ResourceRoots roots;
  /** Functions known from an earlier round, whose results a path may go on from. */
  private final List<Operation> functions;

  PathWalk(ModelIndex index, ResourceRoots roots) {
    this(index, roots, List.of());
  }

  private PathWalk(ModelIndex index, ResourceRoots roots, List<Operation> functions) {
    this.index = index;
    this.roots = roots;
    this.functions = functions;
  }

  /**
   * The same walk, also through these operations' functions: {@code /names/{name}/range/clear}
   * goes on from what {@code range} returns.
   */
  PathWalk through(List<Operation> operations) {
    return new PathWalk(index, roots, operations.stream().filter(Operation::isFunction)
        .filter(o -> o.result() != null && o.result().type() instanceof TypeRef.NamedRef)
        .toList());
  }

  /** What {@code segments} (all but the path's last) reach, or null when the walk is lost. */
  Target walk(List<RequestPath.Segment> segments) {
    if (segments.isEmpty() || segments.get(0).key() || segments.get(0).call()) {
      return null;
    }
    Target at = roots.root(segments.get(0).name());
    for (int i = 1; i < segments.size() && at != null; i++) {
      Target next = step(at, segments.get(i));
      at = next != null ? next : throughFunction(at, segments.get(i));
    }
    return at;
  }

  /** What a function bound to {@code at} (or a base) returns, when {@code segment} names one. */
  private Target throughFunction(Target at, RequestPath.Segment segment) {
    StructuredType type = index.structured(at.type());
    if (type == null || functions.isEmpty()) {
      return null;
    }
    String name = segment.simpleName().toLowerCase(Locale.ROOT);
    for (StructuredType t : index.chain(type)) {
      for (Operation function : functions) {
        if (function.binding().equals(t.name()) && function.boundToCollection() == at.collection()
            && function.name().toLowerCase(Locale.ROOT).equals(name)
            && function.result().type() instanceof TypeRef.NamedRef result
            && index.structured(result.name()) != null) {
          return new Target(result.name(), function.result().collection());
        }
      }
    }
    return null;
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
    // A literal key the docs wrote out: /teams/19:4b6b...@thread.skype/channels,
    // /threads/AAQkADJUdfolA==/reply. A plain word
    // (add, delta) is an operation the walk does not know, not a key.
    return at.collection() && !segment.call() && !index.anyProperty(segment.simpleName())
        && segment.name().chars().anyMatch(c -> Character.isDigit(c) || "@:=".indexOf(c) >= 0)
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

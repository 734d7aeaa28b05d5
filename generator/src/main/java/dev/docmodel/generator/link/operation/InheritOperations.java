package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.StructuredType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pass 5: an operation a page documents for a type whose base has the same operation
 * ({@code user-getmembergroups.md} beside {@code directoryobject-getmembergroups.md}) is the
 * base's operation, which the type inherits: its request lines join the base's. (Operations
 * documented alike on siblings are not moved to their base: {@code addKey} on application and
 * servicePrincipal, or {@code forward} on event, message and post, are separate in the service.)
 */
final class InheritOperations {
  private InheritOperations() {}

  static List<Operation> run(List<Operation> operations, ModelIndex index) {
    return toDocumentedBases(operations, index);
  }

  private static List<Operation> toDocumentedBases(List<Operation> operations, ModelIndex index) {
    List<Operation> result = new ArrayList<>(operations);
    for (Operation operation : operations) {
      Operation inherited = inherited(operation, result, index);
      if (inherited != null) {
        List<Operation.Request> requests = new ArrayList<>(inherited.requests());
        requests.addAll(operation.requests());
        result.set(result.indexOf(inherited), inherited.withRequests(requests));
        result.remove(operation);
      }
    }
    return result;
  }

  /** The same operation bound to a base of the operation's binding type, or null. */
  private static Operation inherited(Operation operation, List<Operation> all, ModelIndex index) {
    StructuredType type = index.structured(operation.binding());
    if (type == null) {
      return null;
    }
    String name = operation.name().toLowerCase(Locale.ROOT);
    for (StructuredType base : index.model().ancestors(type)) {
      for (Operation candidate : all) {
        if (candidate.binding().equals(base.name())
            && candidate.boundToCollection() == operation.boundToCollection()
            && candidate.name().toLowerCase(Locale.ROOT).equals(name)) {
          return candidate;
        }
      }
    }
    return null;
  }
}

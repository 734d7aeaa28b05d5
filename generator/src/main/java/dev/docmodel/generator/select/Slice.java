package dev.docmodel.generator.select;

import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A slice of the model, {@link TypeModel} → {@link TypeModel}: the root types and what it takes
 * to read and write them completely, so that users who need users and groups need not compile and
 * ship all of Graph. Taken: the roots; every base of a type taken; the type of every structural
 * (non-navigation) property of a type taken, enums included; and every type derived from a
 * structured type a structural property declares (a value there may carry a derived
 * {@code @odata.type}). Not taken: navigation targets, unless taken otherwise; a navigation
 * property whose target is outside the slice is left out of its class, and its JSON, like any
 * undeclared member, is kept in {@code getAdditionalData()} and written back verbatim. The
 * operations bound to a root or to one of its bases come along, with their parameters' and
 * results' types.
 */
public final class Slice {
  /** The sliced model and what the slicing says (unknown roots, what was left out). */
  public record Result(TypeModel model, List<Diagnostic> diagnostics) {}

  private static final Location OPTIONS = new Location("(roots)", 1, 1);

  private final TypeModel model;
  private final Map<QualifiedName, List<StructuredType>> derived = new HashMap<>();
  private final Set<QualifiedName> taken = new LinkedHashSet<>();
  private final Deque<TypeDefinition> work = new ArrayDeque<>();

  private Slice(TypeModel model) {
    this.model = model;
    for (StructuredType type : model.structuredTypes()) {
      if (type.baseType() != null) {
        derived.computeIfAbsent(type.baseType(), k -> new ArrayList<>()).add(type);
      }
    }
  }

  /**
   * @param roots qualified OData names ({@code microsoft.graph.user}); a name without a namespace
   *     is in the model's default namespace
   */
  public static Result of(TypeModel model, List<String> roots) {
    return new Slice(model).take(roots);
  }

  private Result take(List<String> roots) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String root : roots) {
      TypeDefinition type = QualifiedName.parse(root, model.defaultNamespace())
          .flatMap(model::find).orElse(null);
      if (type == null) {
        diagnostics.add(Diagnostic.of(DiagnosticCode.SLICE_ROOT_UNKNOWN, OPTIONS,
            "the root " + root + " is not a type of the model"));
      } else {
        add(type);
      }
    }
    List<Operation> operations = operationsOf(List.copyOf(taken));
    while (!work.isEmpty()) {
      if (work.pop() instanceof StructuredType type) {
        follow(type);
      }
    }
    List<TypeDefinition> types = new ArrayList<>();
    int omitted = 0;
    for (QualifiedName name : taken) {
      TypeDefinition type = model.find(name).orElseThrow();
      if (type instanceof StructuredType s) {
        List<Property> kept = s.properties().stream().filter(p -> !p.navigation()
            || !(p.type() instanceof TypeRef.NamedRef n) || taken.contains(n.name())).toList();
        omitted += s.properties().size() - kept.size();
        types.add(kept.size() == s.properties().size() ? s : s.withProperties(kept));
      } else {
        types.add(type);
      }
    }
    diagnostics.add(Diagnostic.of(DiagnosticCode.SLICE_TAKEN, OPTIONS, "the slice of " + roots
        + " holds " + types.size() + " of " + model.types().size() + " types; " + omitted
        + " navigation properties to types outside it are kept as additional data"));
    return new Result(new TypeModel(types, model.defaultNamespace(), operations), diagnostics);
  }

  /**
   * The operations bound to a root or to one of its bases, with the types of their parameters and
   * results taken as a property's type would be.
   */
  private List<Operation> operationsOf(List<QualifiedName> roots) {
    Set<QualifiedName> bindings = new HashSet<>(roots);
    for (QualifiedName root : roots) {
      if (model.find(root).orElse(null) instanceof StructuredType type) {
        model.ancestors(type).forEach(a -> bindings.add(a.name()));
      }
    }
    List<Operation> operations = new ArrayList<>();
    for (Operation operation : model.operations()) {
      if (bindings.contains(operation.binding())) {
        operations.add(operation);
        operation.parameters().forEach(p -> need(p.type()));
        if (operation.result() != null) {
          need(operation.result().type());
        }
      }
    }
    return operations;
  }

  private void need(TypeRef type) {
    TypeDefinition target = type instanceof TypeRef.NamedRef ref
        ? model.find(ref.name()).orElse(null) : null;
    if (target instanceof EnumType) {
      add(target);
    } else if (target instanceof StructuredType s) {
      add(s);
      addDescendants(s);
    }
  }

  private void add(TypeDefinition type) {
    if (taken.add(type.name())) {
      work.push(type);
    }
  }

  private void follow(StructuredType type) {
    model.ancestors(type).forEach(this::add);
    for (Property property : type.properties()) {
      if (!property.navigation()) {
        need(property.type());
      }
    }
  }

  private void addDescendants(StructuredType type) {
    for (StructuredType sub : derived.getOrDefault(type.name(), List.of())) {
      if (!taken.contains(sub.name())) {
        add(sub);
        addDescendants(sub);
      }
    }
  }
}

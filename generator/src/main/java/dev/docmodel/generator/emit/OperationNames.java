package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.link.operation.OperationBodies;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Java names of the operation classes, derived only from the binding type's Java name (which a
 * baseline pins) and the operation's name, in the {@code operations} package beside the binding
 * type's: {@code UserOperations} holds the descriptors ({@code ASSIGN_LICENSE}),
 * {@code UserAssignLicenseBody} an action's body, {@code UserReminderViewCall} a function's call.
 * Bodies end in {@code Body} and calls in {@code Call}, so no two kinds share a name.
 */
final class OperationNames {
  private final NamingPlan names;

  OperationNames(NamingPlan names) {
    this.names = names;
  }

  ClassName descriptors(QualifiedName binding) {
    ClassName type = names.modelClass(binding);
    return ClassName.get(packageOf(type), type.simpleName() + "Operations");
  }

  ClassName body(Operation operation) {
    return names.modelClass(OperationBodies.bodyName(operation));
  }

  ClassName call(Operation operation) {
    ClassName type = names.modelClass(operation.binding());
    return ClassName.get(packageOf(type), type.simpleName()
        + (operation.boundToCollection() ? "Collection" : "")
        + JavaNames.upperFirst(identifier(operation.name())) + "Call");
  }

  /**
   * The descriptor constant: {@code ASSIGN_LICENSE}; an operation bound to a collection whose name
   * a single-bound one also has gets {@code _OF_COLLECTION}.
   */
  static String constant(Operation operation, List<Operation> sameBinding) {
    String base = JavaNames.constantName(identifier(operation.name()));
    boolean twin = operation.boundToCollection() && sameBinding.stream().anyMatch(o ->
        !o.boundToCollection() && o.name().equalsIgnoreCase(operation.name()));
    return twin ? base + "_OF_COLLECTION" : base;
  }

  /** A parameter's setter on a call class: its name as a legal Java identifier, unique. */
  static List<String> setters(Operation operation) {
    Set<String> taken = new HashSet<>(Set.of("segment", "toString", "equals", "hashCode",
        "getClass", "notify", "notifyAll", "wait", "argument", "clear"));
    return operation.parameters().stream().map(p -> {
      String name = JavaNames.lowerFirst(identifier(p.name()));
      name = javax.lang.model.SourceVersion.isKeyword(name) ? name + "_" : name;
      while (!taken.add(name.toLowerCase(Locale.ROOT))) {
        name = name + "_";
      }
      return name;
    }).toList();
  }

  /**
   * A NAME_ADJUSTED diagnostic for each function parameter whose setter could not take its name
   * unchanged (a keyword, a method every call has).
   */
  static List<Diagnostic> adjustments(TypeModel model) {
    List<Diagnostic> adjusted = new ArrayList<>();
    for (Operation operation : model.operations()) {
      if (!operation.isFunction() || operation.parameters().isEmpty()) {
        continue;
      }
      List<String> setters = setters(operation);
      for (int i = 0; i < setters.size(); i++) {
        Operation.Parameter p = operation.parameters().get(i);
        if (!setters.get(i).equals(p.name())) {
          adjusted.add(Diagnostic.of(DiagnosticCode.NAME_ADJUSTED, p.location(), "parameter "
              + p.name() + " of " + operation.binding().name() + ": " + operation.name()
              + " is set by " + setters.get(i) + "(...)"));
        }
      }
    }
    return adjusted;
  }

  private static String identifier(String name) {
    return NameAllocator.toJavaIdentifier(name).replace("$", "_");
  }

  private static String packageOf(ClassName bindingClass) {
    return bindingClass.packageName() + "." + OperationBodies.NAMESPACE_SUFFIX;
  }
}

package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The request body of each action with parameters, as a complex type of its own: the parameters
 * are its properties, so the body has everything a model class has (presence, unknown members
 * kept, fast serializers on both Jacksons, names a baseline pins, changes the diff classifies), and
 * no constructor that a new optional parameter would break. A body's name depends only on the
 * binding type and the operation: {@code user: assignLicense} →
 * {@code <namespace>.operations.userAssignLicenseBody}.
 */
public final class OperationBodies {
  /** The namespace below the binding type's that holds the bodies. */
  public static final String NAMESPACE_SUFFIX = "operations";

  private OperationBodies() {}

  /** The model with a body type for every action that has parameters. */
  public static TypeModel addTo(TypeModel model) {
    List<TypeDefinition> types = new ArrayList<>(model.types());
    for (Operation operation : model.operations()) {
      if (!operation.isFunction() && !operation.parameters().isEmpty()) {
        types.add(body(operation));
      }
    }
    return new TypeModel(types, model.defaultNamespace(), model.operations());
  }

  /** The name of an action's body type, whether or not it has one. */
  public static QualifiedName bodyName(Operation operation) {
    String binding = operation.binding().name();
    String name = binding + (operation.boundToCollection() ? "Collection" : "")
        + capitalized(operation.name()) + "Body";
    return new QualifiedName(operation.binding().namespace() + "." + NAMESPACE_SUFFIX, name);
  }

  public static boolean hasBody(Operation operation) {
    return !operation.isFunction() && !operation.parameters().isEmpty();
  }

  private static StructuredType body(Operation operation) {
    List<Property> properties = new ArrayList<>();
    for (Operation.Parameter p : operation.parameters()) {
      properties.add(new Property(p.name(), p.type(), p.collection(), false, p.description(),
          p.location()));
    }
    String description = "The parameters of " + operation.binding().name() + ": "
        + operation.name() + (operation.description().isEmpty() ? "."
        : ": " + operation.description());
    return new StructuredType(bodyName(operation), StructuredType.Kind.COMPLEX, null, Set.of(),
        List.of(), properties, description, operation.location(), Origin.OPERATION_BODY);
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

package dev.docmodel.generator.emit;

import dev.docmodel.generator.api.ApiSurface.Kind;
import dev.docmodel.generator.api.ApiSurface.Legacy;
import dev.docmodel.generator.api.ApiSurface.Member;
import dev.docmodel.generator.api.ApiSurface.Property;
import dev.docmodel.generator.api.ApiSurface.Type;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.link.operation.OperationBodies;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Kept;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The {@link ApiSurface} of a model as the naming plan names it. */
final class SurfaceBuilder {
  private SurfaceBuilder() {}

  /** The surface of {@code model} as {@code names} names it. */
  static ApiSurface of(TypeModel model, NamingPlan names, PropertyTypes javaTypes) {
    List<Type> types = new ArrayList<>();
    for (TypeDefinition definition : model.types()) {
      if (definition instanceof StructuredType s) {
        types.add(structured(s, names, javaTypes));
      } else if (definition instanceof EnumType e) {
        types.add(enumType(e, names));
      }
    }
    types.sort(Comparator.comparing(Type::name));
    return new ApiSurface(names.basePackage(), types, operations(model, names, javaTypes));
  }

  /** Each operation's descriptor, call class and parameters, in the model's order. */
  private static List<ApiSurface.Operation> operations(TypeModel model, NamingPlan names,
      PropertyTypes javaTypes) {
    OperationNames operationNames = new OperationNames(names);
    FunctionCallEmitter calls = new FunctionCallEmitter(model, names, javaTypes, new Javadocs(model, ""));
    List<ApiSurface.Operation> operations = new ArrayList<>();
    OperationsEmitter.byBinding(model).forEach((binding, bound) -> {
      for (Operation o : bound) {
        boolean call = o.isFunction() && !o.parameters().isEmpty();
        List<String> setters = OperationNames.setters(o);
        List<ApiSurface.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < o.parameters().size(); i++) {
          Operation.Parameter p = o.parameters().get(i);
          parameters.add(new ApiSurface.Parameter(p.name(), ApiSurface.typeName(p.type()),
              p.collection(), p.optional(), call ? setters.get(i) + "("
                  + calls.argumentType(p) + ")" : null, since(p.kept())));
        }
        Operation.Result result = o.result();
        operations.add(new ApiSurface.Operation(o.binding(), o.boundToCollection(), o.name(),
            o.kind().name().toLowerCase(Locale.ROOT), operationNames.descriptors(binding) + "#"
                + OperationNames.constant(o, bound),
            call ? operationNames.call(o).toString() : null,
            OperationBodies.hasBody(o) ? OperationBodies.bodyName(o) : null,
            result == null ? null : ApiSurface.typeName(result.type()),
            result != null && result.collection(), parameters, o.location(), since(o.kept())));
      }
    });
    return operations;
  }

  private static Type structured(StructuredType type, NamingPlan names, PropertyTypes javaTypes) {
    List<Property> properties = new ArrayList<>();
    for (NamingPlan.PropertyNames p : names.properties(type)) {
      var property = p.property();
      Legacy legacy = property.legacy() == null ? null : new Legacy(
          ApiSurface.typeName(property.legacy().type()), property.legacy().collection(),
          javaTypes.javaType(property.legacy().type(), property.legacy().collection()).toString(),
          p.legacyGetter(), p.legacySetter(), property.legacy().since());
      properties.add(new Property(property.name(), ApiSurface.typeName(property.type()),
          property.collection(), property.navigation(), javaTypes.javaType(property).toString(),
          p.getter(), p.setter(), p.has(), p.clear(), property.location(), since(property.kept()),
          legacy));
    }
    properties.sort(Comparator.comparing(Property::name));
    return new Type(type.name(), type.entity() ? Kind.ENTITY : Kind.COMPLEX, type.baseType(),
        type.key(), type.isAbstract(), type.open(), false, names.modelClass(type.name()).toString(),
        names.serializerClass(type.name()).toString(), type.location(), since(type.kept()),
        properties, List.of());
  }

  private static Type enumType(EnumType type, NamingPlan names) {
    List<Member> members = new ArrayList<>();
    List<String> constants = names.enumConstants(type);
    for (int i = 0; i < constants.size(); i++) {
      EnumMember member = type.members().get(i);
      members.add(new Member(member.name(), member.value(), constants.get(i), member.location(),
          since(member.kept())));
    }
    members.sort(Comparator.comparing(Member::name));
    return new Type(type.name(), Kind.ENUM, null, List.of(), false, false, type.flags(),
        names.modelClass(type.name()).toString(), null, type.location(), since(type.kept()),
        List.of(), members);
  }

  private static String since(Kept kept) {
    return kept == null ? null : kept.since();
  }
}

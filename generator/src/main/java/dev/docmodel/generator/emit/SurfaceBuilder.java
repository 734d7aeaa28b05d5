package dev.docmodel.generator.emit;

import dev.docmodel.generator.api.ApiSurface.Kind;
import dev.docmodel.generator.api.ApiSurface.Legacy;
import dev.docmodel.generator.api.ApiSurface.Member;
import dev.docmodel.generator.api.ApiSurface.Property;
import dev.docmodel.generator.api.ApiSurface.Type;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Kept;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    return new ApiSurface(names.basePackage(), types);
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

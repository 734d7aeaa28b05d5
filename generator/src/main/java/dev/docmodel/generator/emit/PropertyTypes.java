package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;

/** The Java type of a property, and the runtime calls that read and write one element of it. */
final class PropertyTypes {
  private final TypeModel model;
  private final NamingPlan names;

  PropertyTypes(TypeModel model, NamingPlan names) {
    this.model = model;
    this.names = names;
  }

  TypeName elementType(TypeRef ref) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return TypeMapping.javaType(p.primitive());
    }
    return names.modelClass(((TypeRef.NamedRef) ref).name());
  }

  TypeName javaType(Property property) {
    TypeName element = elementType(property.type());
    return property.collection()
        ? ParameterizedTypeName.get(ClassName.get(List.class), element) : element;
  }

  boolean isArray(Property property) {
    return !property.collection() && property.type() instanceof TypeRef.PrimitiveRef p
        && p.primitive() == dev.docmodel.generator.model.Primitive.BINARY;
  }

  /** An expression of type {@code Values.Reader<T>} for one element. */
  CodeBlock elementReader(TypeRef ref) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return CodeBlock.of("$T::read$L", TypeMapping.VALUES, TypeMapping.codecSuffix(p.primitive()));
    }
    TypeDefinition def = definition(ref);
    if (def instanceof EnumType e) {
      return CodeBlock.of("(parser, context) -> $T.readEnum(parser, context, $T::fromWireName)", TypeMapping.VALUES,
          names.modelClass(e.name()));
    }
    return CodeBlock.of("$T::read", names.serializerClass(((StructuredType) def).name()));
  }

  /** An expression of type {@code Values.Writer<T>} for one element. */
  CodeBlock elementWriter(TypeRef ref) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return CodeBlock.of("$T::write$L", TypeMapping.VALUES, TypeMapping.codecSuffix(p.primitive()));
    }
    if (definition(ref) instanceof EnumType) {
      return CodeBlock.of("$T::writeEnum", TypeMapping.VALUES);
    }
    return CodeBlock.of("$T::writeObject", TypeMapping.GRAPH_JSON);
  }

  /** An expression reading the whole property value at the parser's current token. */
  CodeBlock valueReader(Property property) {
    if (property.collection()) {
      return CodeBlock.of("$T.readList(p, ctx, $L, $L)", TypeMapping.GRAPH_JSON,
          elementReader(property.type()), elementWriter(property.type()));
    }
    TypeRef ref = property.type();
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return CodeBlock.of("$T.read$L(p, ctx)", TypeMapping.VALUES,
          TypeMapping.codecSuffix(p.primitive()));
    }
    TypeDefinition def = definition(ref);
    if (def instanceof EnumType e) {
      return CodeBlock.of("$T.readEnum(p, ctx, $T::fromWireName)", TypeMapping.VALUES,
          names.modelClass(e.name()));
    }
    return CodeBlock.of("$T.read(p, ctx)", names.serializerClass(def.name()));
  }

  private TypeDefinition definition(TypeRef ref) {
    return model.find(((TypeRef.NamedRef) ref).name()).orElseThrow(
        () -> new IllegalStateException("unlinked type " + ref.csdlName()));
  }
}

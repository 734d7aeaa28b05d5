package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Java type of a property, and the runtime calls that read and write one element of it. The
 * runtime's generic methods are called with explicit type arguments: javac then infers nothing,
 * and inferring them through nested calls and method references was a sixth of what compiling
 * the serializers cost it.
 */
final class PropertyTypes {
  private final TypeModel model;
  private final NamingPlan names;

  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName SET = ClassName.get(Set.class);

  PropertyTypes(TypeModel model, NamingPlan names) {
    this.model = model;
    this.names = names;
  }

  TypeName elementType(TypeRef ref) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return TypeMapping.javaType(p.primitive());
    }
    ClassName named = names.modelClass(((TypeRef.NamedRef) ref).name());
    return isFlags(ref) ? ParameterizedTypeName.get(SET, named) : named;
  }

  /** A flags enum's value is a set of members, written {@code "a,b"}. */
  private boolean isFlags(TypeRef ref) {
    return ref instanceof TypeRef.NamedRef n
        && model.find(n.name()).orElse(null) instanceof EnumType e && e.flags();
  }

  TypeName javaType(Property property) {
    return isStream(property) ? RuntimeApi.STREAM_LINKS
        : javaType(property.type(), property.collection());
  }

  /**
   * A stream property: its value is never in the JSON, only annotations saying where it is; its
   * accessors read and write those ({@link dev.docmodel.runtime.StreamLinks}), and the serializers
   * leave it out.
   */
  boolean isStream(Property property) {
    return !property.collection() && property.type() instanceof TypeRef.PrimitiveRef p
        && p.primitive() == Primitive.STREAM;
  }

  TypeName javaType(TypeRef type, boolean collection) {
    TypeName element = elementType(type);
    return collection ? ParameterizedTypeName.get(LIST, element) : element;
  }

  /** An expression of type {@code Values.Reader<T>} for a whole value, a list if a collection. */
  CodeBlock wholeReader(TypeRef ref, boolean collection) {
    return collection ? CodeBlock.of(
        "(listParser, listContext) -> $T.<$T>$L(listParser, listContext, $L, $L)",
        RuntimeApi.GRAPH_JSON, elementType(ref), RuntimeApi.READ_LIST, elementReader(ref),
        elementWriter(ref)) : elementReader(ref);
  }

  /** An expression of type {@code Values.Writer<T>} for a whole value, a list if a collection. */
  CodeBlock wholeWriter(TypeRef ref, boolean collection) {
    return collection ? CodeBlock.of("(listGenerator, list) -> $T.<$T>$L(listGenerator, list, $L)",
        RuntimeApi.GRAPH_JSON, elementType(ref), RuntimeApi.WRITE_ELEMENTS, elementWriter(ref))
        : elementWriter(ref);
  }

  boolean isArray(Property property) {
    return !property.collection() && property.type() instanceof TypeRef.PrimitiveRef p
        && p.primitive() == dev.docmodel.generator.model.Primitive.BINARY;
  }

  /** An expression of type {@code Values.Reader<T>} for one element. */
  CodeBlock elementReader(TypeRef ref) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return CodeBlock.of("$T::$L", RuntimeApi.VALUES, TypeMapping.codec(p.primitive()).reader());
    }
    TypeDefinition def = definition(ref);
    if (def instanceof EnumType e) {
      ClassName enumClass = names.modelClass(e.name());
      return CodeBlock.of("(parser, context) -> $T.<$T>$L(parser, context, $T::$L)",
          RuntimeApi.VALUES, enumClass, enumReader(e), enumClass, EnumEmitter.FROM_WIRE_NAME);
    }
    return descriptor(def);
  }

  /** An expression of type {@code Values.Writer<T>} for one element. */
  CodeBlock elementWriter(TypeRef ref) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return CodeBlock.of("$T::$L", RuntimeApi.VALUES, TypeMapping.codec(p.primitive()).writer());
    }
    if (definition(ref) instanceof EnumType e) {
      return CodeBlock.of("$T::$L", RuntimeApi.VALUES, enumWriter(e));
    }
    return descriptor(definition(ref));
  }

  /** A structured type's descriptor: the reader and writer of its values where declared. */
  private CodeBlock descriptor(TypeDefinition def) {
    return CodeBlock.of("$T.$L", names.serializerClass(def.name()), SerializerEmitter.DESCRIPTOR);
  }

  /**
   * The {@link RuntimeApi#JSON_PROPERTIES} method writing a present property of this type: named
   * as the value writer it calls.
   */
  String propertyWriter(Property property) {
    if (property.collection()) {
      return RuntimeApi.WRITE_LIST;
    }
    if (property.type() instanceof TypeRef.PrimitiveRef p) {
      return TypeMapping.codec(p.primitive()).writer();
    }
    TypeDefinition def = definition(property.type());
    return def instanceof EnumType e ? enumWriter(e) : RuntimeApi.WRITE_OBJECT_PROPERTY;
  }

  /** The type argument of {@link #propertyWriter} when it is generic (lists and enums). */
  Optional<TypeName> propertyWriterTypeArgument(Property property) {
    if (property.collection()) {
      return Optional.of(elementType(property.type()));
    }
    return property.type() instanceof TypeRef.NamedRef named
        && definition(property.type()) instanceof EnumType
        ? Optional.of(names.modelClass(named.name())) : Optional.empty();
  }

  /** The last argument {@link #propertyWriter} takes beside the value, if any. */
  Optional<CodeBlock> propertyWriterArgument(Property property) {
    if (property.collection()) {
      return Optional.of(elementWriter(property.type()));
    }
    return property.type() instanceof TypeRef.NamedRef
        && definition(property.type()) instanceof StructuredType structured
        ? Optional.of(descriptor(structured)) : Optional.empty();
  }

  /** An expression reading the whole property value at the parser's current token. */
  CodeBlock valueReader(Property property) {
    if (property.collection()) {
      if (property.type() instanceof TypeRef.NamedRef
          && definition(property.type()) instanceof StructuredType structured) {
        return CodeBlock.of("$T.<$T>$L(p, ctx, $L)", RuntimeApi.GRAPH_JSON,
            names.modelClass(structured.name()), RuntimeApi.READ_LIST, descriptor(structured));
      }
      return CodeBlock.of("$T.<$T>$L(p, ctx, $L, $L)", RuntimeApi.GRAPH_JSON,
          elementType(property.type()), RuntimeApi.READ_LIST, elementReader(property.type()),
          elementWriter(property.type()));
    }
    TypeRef ref = property.type();
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return CodeBlock.of("$T.$L(p, ctx)", RuntimeApi.VALUES,
          TypeMapping.codec(p.primitive()).reader());
    }
    TypeDefinition def = definition(ref);
    if (def instanceof EnumType e) {
      ClassName enumClass = names.modelClass(e.name());
      return CodeBlock.of("$T.<$T>$L(p, ctx, $T::$L)", RuntimeApi.VALUES, enumClass,
          enumReader(e), enumClass, EnumEmitter.FROM_WIRE_NAME);
    }
    return CodeBlock.of("$T.$L(p, ctx)", names.serializerClass(def.name()),
        SerializerEmitter.READ);
  }

  private static String enumReader(EnumType e) {
    return e.flags() ? RuntimeApi.READ_FLAGS : RuntimeApi.READ_ENUM;
  }

  private static String enumWriter(EnumType e) {
    return e.flags() ? RuntimeApi.WRITE_FLAGS : RuntimeApi.WRITE_ENUM;
  }

  private TypeDefinition definition(TypeRef ref) {
    return model.find(((TypeRef.NamedRef) ref).name()).orElseThrow(
        () -> new IllegalStateException("unlinked type " + ref.csdlName()));
  }
}

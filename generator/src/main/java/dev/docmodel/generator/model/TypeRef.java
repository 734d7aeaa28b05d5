package dev.docmodel.generator.model;

/** The element type of a property: a primitive or a named (structured or enum) type. */
public sealed interface TypeRef permits TypeRef.PrimitiveRef, TypeRef.NamedRef {

  /** The CSDL spelling, e.g. {@code Edm.Int64} or {@code microsoft.graph.keyValuePair}. */
  String csdlName();

  static TypeRef of(Primitive primitive) {
    return new PrimitiveRef(primitive);
  }

  static TypeRef of(QualifiedName name) {
    return new NamedRef(name);
  }

  record PrimitiveRef(Primitive primitive) implements TypeRef {
    @Override
    public String csdlName() {
      return primitive.edmName();
    }
  }

  record NamedRef(QualifiedName name) implements TypeRef {
    @Override
    public String csdlName() {
      return name.toString();
    }
  }
}

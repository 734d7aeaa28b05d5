package dev.docmodel.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits the reflection-free reader and writer of one structured type on Jackson's streaming API:
 * a descriptor for the runtime's generic loops, a property switch, and a property writer.
 */
final class SerializerEmitter {
  /** The static entry points every serializer has: {@code XJson.read(p, ctx)}, {@code write}. */
  static final String READ = "read";
  static final String WRITE = "write";
  /** The descriptor field: {@code XJson.TYPE}. */
  static final String DESCRIPTOR = "TYPE";
  /** The static per-type property reader and writer a derived type's serializer calls. */
  private static final String READ_PROPERTY = "readProperty";
  private static final String WRITE_PROPERTIES = "writeProperties";
  private final TypeModel model;
  private final NamingPlan names;
  private final PropertyTypes types;
  private final JsonApi json;

  SerializerEmitter(TypeModel model, NamingPlan names, PropertyTypes types, JsonApi json) {
    this.model = model;
    this.names = names;
    this.types = types;
    this.json = json;
  }

  JavaFile emit(StructuredType type) {
    ClassName self = names.serializerClass(type.name());
    ClassName modelClass = names.modelClass(type.name());
    ClassName base = type.baseType() == null ? null : names.serializerClass(type.baseType());
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Reads and writes {@link $T} as JSON, without reflection.\n", modelClass)
        .addJavadoc("$L", type.kept() == null ? "" : "\n" + Deprecations.type(type.kept()))
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Supplier.class), modelClass))
        .addSuperinterface(ParameterizedTypeName.get(RuntimeApi.PROPERTY_READER, modelClass))
        .addSuperinterface(ParameterizedTypeName.get(RuntimeApi.PROPERTY_WRITER, modelClass))
        .addFields(descriptorFields(type, self, modelClass))
        .addMethods(descriptorMethods(modelClass))
        .addMethods(entryPoints(modelClass))
        .addFields(propertyNames(type))
        .addMethod(readProperty(type, modelClass, base))
        .addMethod(writeProperties(type, modelClass, base));
    if (type.kept() != null) {
      spec.addAnnotation(Deprecated.class);
    }
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(type.location()))
        .skipJavaLangImports(true)
        .build();
  }

  /** The singleton and the descriptor it serves as factory, reader and writer of. */
  private List<FieldSpec> descriptorFields(StructuredType type, ClassName self,
      ClassName modelClass) {
    return List.of(
        FieldSpec.builder(self, "INSTANCE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", self)
            .build(),
        FieldSpec.builder(ParameterizedTypeName.get(RuntimeApi.TYPE_DESCRIPTOR, modelClass),
                DESCRIPTOR, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("What the runtime's read and write loops need to know of {@code $L}.\n",
                JavaText.lineComment(type.name().toString()))
            .initializer("new $T<>($S, $T.class, INSTANCE, INSTANCE, INSTANCE, $L)",
                RuntimeApi.TYPE_DESCRIPTOR, type.name().toString(), modelClass,
                model.hasDerivedTypes(type))
            .build());
  }

  /** The descriptor's interfaces, delegating to the static property reader and writer. */
  private List<MethodSpec> descriptorMethods(ClassName modelClass) {
    return List.of(
        MethodSpec.methodBuilder("get")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(modelClass)
            .addStatement("return new $T()", modelClass)
            .build(),
        MethodSpec.methodBuilder(RuntimeApi.READ_MEMBER)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(String.class, "name")
            .addParameter(json.parser(), "p")
            .addParameter(RuntimeApi.READ_CONTEXT, "ctx")
            .addParameter(modelClass, "target")
            .addExceptions(json.exceptions())
            .addStatement("return $N(name, p, ctx, target)", READ_PROPERTY)
            .build(),
        MethodSpec.methodBuilder(RuntimeApi.WRITE_MEMBERS)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(json.generator(), "g")
            .addParameter(modelClass, "value")
            .addExceptions(json.exceptions())
            .addStatement("$N(g, value)", WRITE_PROPERTIES)
            .build(),
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  /** The static read and write that callers use. */
  private List<MethodSpec> entryPoints(ClassName modelClass) {
    return List.of(
        MethodSpec.methodBuilder(READ)
            .addJavadoc("Reads the value at the parser's current token; a known derived "
                + "{@code @odata.type} yields the derived class.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Nullness.nullable(modelClass))
            .addParameter(json.parser(), "p")
            .addParameter(RuntimeApi.READ_CONTEXT, "ctx")
            .addExceptions(json.exceptions())
            .addStatement("return $T.$N(p, ctx, $N)", RuntimeApi.GRAPH_JSON, RuntimeApi.READ_OBJECT,
                DESCRIPTOR)
            .build(),
        MethodSpec.methodBuilder(WRITE)
            .addJavadoc("Writes {@code value} where this type is declared: an instance of a derived "
                + "type carries its {@code @odata.type}; null writes JSON null.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(json.generator(), "g")
            .addParameter(Nullness.nullable(modelClass), "value")
            .addExceptions(json.exceptions())
            .addStatement("$T.$N(g, value, $N)", RuntimeApi.GRAPH_JSON, RuntimeApi.WRITE_OBJECT,
                DESCRIPTOR)
            .build());
  }

  /** The own properties' wire names, pre-encoded once for the generator. */
  private List<FieldSpec> propertyNames(StructuredType type) {
    List<NamingPlan.PropertyNames> properties = names.properties(type);
    if (properties.isEmpty()) {
      return List.of();
    }
    CodeBlock.Builder array = CodeBlock.builder().add("{");
    for (int i = 0; i < properties.size(); i++) {
      array.add(i == 0 ? "\n$>" : ",\n");
      array.add("new $T$L", json.serializedString(), Chunks.text("("
          + Chunks.stringLiteral(properties.get(i).property().name()) + ")"));
    }
    array.add("$<\n}");
    return List.of(FieldSpec.builder(ArrayTypeName.of(json.serializedString()), "NAMES",
        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(array.build()).build());
  }

  private MethodSpec readProperty(StructuredType type, ClassName modelClass, ClassName base) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(READ_PROPERTY)
        .addJavadoc("Reads property {@code name} (own or inherited) into {@code target}; false when "
            + "the type declares no such property.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(String.class, "name")
        .addParameter(json.parser(), "p")
        .addParameter(RuntimeApi.READ_CONTEXT, "ctx")
        .addParameter(modelClass, "target")
        .addExceptions(json.exceptions());
    // A stream property is not in the JSON: a member of its name is kept as an unknown one.
    List<NamingPlan.PropertyNames> properties = names.properties(type).stream()
        .filter(p -> !types.isStream(p.property())).toList();
    String fallback = base == null ? "return false"
        : "return $T." + READ_PROPERTY + "(name, p, ctx, target)";
    if (properties.isEmpty()) {
      return base == null ? method.addStatement(fallback).build()
          : method.addStatement(fallback, base).build();
    }
    method.beginControlFlow("switch (name)");
    for (NamingPlan.PropertyNames p : properties) {
      // One chunk of text each side of the reader expression: JavaPoet renders chunks, not lines.
      method.addCode(Chunks.text("case " + Chunks.stringLiteral(p.property().name()) + ":\n"))
          .addCode(Chunks.text("  if (target." + p.has()
              + "()) ctx." + RuntimeApi.DUPLICATE + "(p, target, name);\n  target." + p.setter()
              + "("))
          .addCode(types.valueReader(p.property()))
          .addCode(Chunks.text(");\n  break;\n"));
    }
    method.addCode("default:\n");
    if (base == null) {
      method.addStatement("$>" + fallback + "$<");
    } else {
      method.addStatement("$>" + fallback + "$<", base);
    }
    method.endControlFlow();
    method.addStatement("ctx.$N(target, name)", RuntimeApi.KEEP_RAW);
    return method.addStatement("return true").build();
  }

  private MethodSpec writeProperties(StructuredType type, ClassName modelClass, ClassName base) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(WRITE_PROPERTIES)
        .addJavadoc("Writes the present properties of {@code value}, inherited ones first.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(json.generator(), "g")
        .addParameter(modelClass, "value")
        .addExceptions(json.exceptions());
    if (base != null) {
      method.addStatement("$T.$N(g, value)", base, WRITE_PROPERTIES);
    }
    List<NamingPlan.PropertyNames> properties = names.properties(type);
    for (int i = 0; i < properties.size(); i++) {
      NamingPlan.PropertyNames p = properties.get(i);
      if (types.isStream(p.property())) {
        continue; // its annotations are written with the additional data
      }
      String getter = "value." + p.getter() + "()";
      if (p.property().collection()) {
        method.addCode("$L$T$L$L$L", Chunks.text("if (value." + p.has() + "()) {\n  "),
            RuntimeApi.GRAPH_JSON, Chunks.text("." + RuntimeApi.WRITE_LIST_PROPERTY + "(g, value, NAMES["
                + i + "], " + getter + ", "), types.elementWriter(p.property().type()),
            Chunks.text(");\n}\n"));
      } else {
        method.addCode("$L$T$L$>$L$<$L", Chunks.text("if (value." + p.has() + "() && "),
            RuntimeApi.GRAPH_JSON, Chunks.text("." + RuntimeApi.PROPERTY + "(g, value, NAMES[" + i
                + "], " + getter + ")) {\n"),
            types.writeValue(p.property().type(), Chunks.text(getter)),
            Chunks.text(";\n}\n"));
      }
    }
    return method.build();
  }
}

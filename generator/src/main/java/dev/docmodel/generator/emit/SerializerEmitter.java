package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    // Where a property this type does not declare is looked for: the base's serializer, unless
    // no ancestor declares a property (it then has no property reader or writer to call).
    ClassName base = declaresProperties(type.baseType())
        ? names.serializerClass(type.baseType()) : null;
    List<WireName> wireNames = wireNames(type);
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Reads and writes {@link $T} as JSON, without reflection.\n", modelClass)
        .addJavadoc("$L", type.kept() == null ? "" : "\n" + Deprecations.type(type.kept()))
        .addField(descriptor(type, self, modelClass, base))
        .addFields(wireNames.stream().map(this::wireNameConstant).toList())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(entryPoints(modelClass));
    if (declaresProperties(type.name())) {
      spec.addMethod(readProperty(wireNames, modelClass, base))
          .addMethod(writeProperties(wireNames, modelClass, base));
    }
    if (type.kept() != null) {
      spec.addAnnotation(Deprecated.class);
    }
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(type.location()))
        .skipJavaLangImports(true)
        .build();
  }

  /** Whether the type declares a property, own or inherited; false for no type (null). */
  private boolean declaresProperties(QualifiedName name) {
    if (name == null) {
      return false;
    }
    StructuredType type = (StructuredType) model.find(name).orElseThrow();
    return !names.properties(type).isEmpty() || declaresProperties(type.baseType());
  }

  /** A property in the JSON, and the constant holding its pre-encoded wire name. */
  private record WireName(NamingPlan.PropertyNames property, String constant) {}

  /**
   * The properties the JSON holds (a stream property is not in it: its annotations are written
   * with the additional data, and a member of its name is kept as an unknown one), each with a
   * constant named after its field; a name the descriptor or an earlier constant took gets a
   * suffix.
   */
  private List<WireName> wireNames(StructuredType type) {
    Set<String> taken = new HashSet<>(Set.of(DESCRIPTOR));
    List<WireName> wireNames = new ArrayList<>();
    for (NamingPlan.PropertyNames p : names.properties(type)) {
      if (types.isStream(p.property())) {
        continue;
      }
      String constant = JavaNames.constantName(p.field());
      for (int n = 2; !taken.add(constant); n++) {
        constant = JavaNames.constantName(p.field()) + "_" + n;
      }
      wireNames.add(new WireName(p, constant));
    }
    return wireNames;
  }

  private FieldSpec wireNameConstant(WireName name) {
    return FieldSpec.builder(json.serializedString(), name.constant(), Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T$L", json.serializedString(),
            Chunks.text("(" + Chunks.stringLiteral(name.property().property().name()) + ")"))
        .build();
  }

  /**
   * The descriptor: method references to the model's constructor and to this class's property
   * reader and writer; a type that declares no property, own or inherited, takes the runtime's
   * shared reader and writer of nothing.
   */
  private FieldSpec descriptor(StructuredType type, ClassName self, ClassName modelClass,
      ClassName base) {
    FieldSpec.Builder field = FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeApi.TYPE_DESCRIPTOR, modelClass),
            DESCRIPTOR, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("What the runtime's read and write loops need to know of {@code $L}.\n",
            JavaText.lineComment(type.name().toString()));
    boolean polymorphic = model.hasDerivedTypes(type);
    if (!declaresProperties(type.name())) {
      return field.initializer("$T.<$T>$N($S, $T.class, $T::new, $L)", RuntimeApi.TYPE_DESCRIPTOR,
          modelClass, RuntimeApi.WITHOUT_PROPERTIES, type.name().toString(), modelClass,
          modelClass, polymorphic).build();
    }
    // The type argument spelled out, not a diamond: inferring it through the three method
    // references was the largest single cost of compiling a serializer.
    return field.initializer("new $T($W$S, $T.class, $T::new,$W$T::$N, $T::$N, $L)",
        ParameterizedTypeName.get(RuntimeApi.TYPE_DESCRIPTOR, modelClass),
        type.name().toString(), modelClass, modelClass, self,
        READ_PROPERTY, self, WRITE_PROPERTIES, polymorphic).build();
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
            .addStatement("return $T.<$T>$N(p, ctx, $N)", RuntimeApi.GRAPH_JSON, modelClass,
                RuntimeApi.READ_OBJECT, DESCRIPTOR)
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

  private MethodSpec readProperty(List<WireName> wireNames, ClassName modelClass,
      ClassName base) {
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
    CodeBlock fallback = base == null ? CodeBlock.of("return false")
        : CodeBlock.of("return $T.$N(name, p, ctx, target)", base, READ_PROPERTY);
    if (wireNames.isEmpty()) {
      return method.addStatement(fallback).build();
    }
    method.beginControlFlow("switch (name)");
    for (WireName wireName : wireNames) {
      NamingPlan.PropertyNames p = wireName.property();
      // One chunk of text each side of the reader expression: JavaPoet renders chunks, not lines.
      method.addCode(Chunks.text("case " + Chunks.stringLiteral(p.property().name()) + " -> target."
              + p.setter() + "("))
          .addCode(types.valueReader(p.property()))
          .addCode(Chunks.text(");\n"));
    }
    method.beginControlFlow("default ->").addStatement(fallback).endControlFlow();
    method.endControlFlow();
    return method.addStatement("return true").build();
  }

  private MethodSpec writeProperties(List<WireName> wireNames, ClassName modelClass,
      ClassName base) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(WRITE_PROPERTIES)
        .addJavadoc("Writes the present properties of {@code value}, inherited ones first.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(json.generator(), "g")
        .addParameter(modelClass, "value")
        .addExceptions(json.exceptions());
    if (base != null) {
      method.addStatement("$T.$N(g, value)", base, WRITE_PROPERTIES);
    }
    for (WireName wireName : wireNames) {
      NamingPlan.PropertyNames p = wireName.property();
      method.addCode("$T.$L$L$L$L", RuntimeApi.JSON_PROPERTIES,
          types.propertyWriterTypeArgument(p.property()).map(t -> CodeBlock.of("<$T>", t))
              .orElse(CodeBlock.of("")),
          types.propertyWriter(p.property()),
          Chunks.text("(g, value, " + p.index() + ", " + wireName.constant() + ", value."
              + p.getter() + "()"),
          types.propertyWriterArgument(p.property()).map(arg -> CodeBlock.of(", $L);\n", arg))
              .orElse(Chunks.text(");\n")));
    }
    return method.build();
  }
}

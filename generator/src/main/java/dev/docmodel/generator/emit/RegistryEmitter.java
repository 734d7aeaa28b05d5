package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the registry from {@code @odata.type} names to generated types. A string switch, split
 * into chunks to stay far below the JVM's method size limit, references each serializer only in
 * its own branch, so resolving one name loads one type, not the model.
 */
final class RegistryEmitter {
  static final int CHUNK = 250;
  /** The generated lookup by OData name: {@code ModelTypes.resolve("microsoft.graph.user")}. */
  static final String RESOLVE = "resolve";
  /** The generated lookup by class: {@code ModelTypes.descriptorOf(User.class)}. */
  static final String DESCRIPTOR_OF = "descriptorOf";
  private static final String NEW_READ_CONTEXT = "newReadContext";
  private final NamingPlan names;
  private final JsonApi json;

  RegistryEmitter(NamingPlan names, JsonApi json) {
    this.names = names;
    this.json = json;
  }

  JavaFile emit(TypeModel model) {
    ClassName self = names.registry();
    List<StructuredType> types = model.structuredTypes();
    ParameterizedTypeName anyDescriptor = ParameterizedTypeName.get(RuntimeApi.TYPE_DESCRIPTOR,
        WildcardTypeName.subtypeOf(Object.class));
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The generated types by their OData names, and entry points for reading.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder resolve = MethodSpec.methodBuilder(RESOLVE)
        .addJavadoc("The type named {@code odataName} (without {@code #}), or null.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Nullness.nullable(anyDescriptor))
        .addParameter(Nullness.nullable(ClassName.get(String.class)), "odataName")
        .beginControlFlow("if (odataName == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T found = null", anyDescriptor);
    // Exact names first (no allocation); then, as the docs' names differ in case from the
    // service's now and then, the lower-cased name.
    addChunks(spec, resolve, types, anyDescriptor, RESOLVE, type -> type.name().toString(),
        "odataName");
    resolve.beginControlFlow("if (found == null)")
        .addStatement("$T lower = odataName.toLowerCase($T.ROOT)", String.class, Locale.class);
    addChunks(spec, resolve, types, anyDescriptor, RESOLVE + "LowerCase",
        type -> type.name().toString().toLowerCase(Locale.ROOT), "lower");
    resolve.endControlFlow();
    spec.addMethod(resolve.addStatement("return found").build());
    MethodSpec.Builder byClass = MethodSpec.methodBuilder(DESCRIPTOR_OF)
        .addJavadoc("The descriptor of generated class {@code type}, or null: what a module looks "
            + "up when its mapper first meets a class.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Nullness.nullable(anyDescriptor))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class),
            WildcardTypeName.subtypeOf(Object.class)), "type")
        .addStatement("$T className = type.getName()", String.class)
        .addStatement("$T found = null", anyDescriptor);
    addChunks(spec, byClass, types, anyDescriptor, DESCRIPTOR_OF,
        type -> names.modelClass(type.name()).reflectionName(), "className");
    spec.addMethod(byClass.addStatement("return found").build());
    spec.addMethod(MethodSpec.methodBuilder(NEW_READ_CONTEXT)
        .addJavadoc("A context for one read, resolving {@code @odata.type} against this model.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeApi.READ_CONTEXT)
        .addParameter(RuntimeApi.READ_MODE, "mode")
        .addStatement("return new $T(mode, $T::$N)", RuntimeApi.READ_CONTEXT, self, RESOLVE)
        .build());
    spec.addMethod(read());
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(new Location("(all pages)", 1, 1)))
        .skipJavaLangImports(true)
        .build();
  }

  /** {@code read(p, type)}: one value read leniently, for callers without a context. */
  private MethodSpec read() {
    TypeVariableName t = TypeVariableName.get("T", RuntimeApi.GRAPH_OBJECT);
    return MethodSpec.methodBuilder(SerializerEmitter.READ)
        .addJavadoc("Reads one value declared as {@code type}, leniently.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(t)
        .returns(Nullness.nullable(t))
        .addParameter(json.parser(), "p")
        .addParameter(ParameterizedTypeName.get(RuntimeApi.TYPE_DESCRIPTOR, t), "type")
        .addExceptions(json.exceptions())
        .addStatement("return $T.$N(p, $N($T.$N), type)", RuntimeApi.GRAPH_JSON,
            RuntimeApi.READ_OBJECT, NEW_READ_CONTEXT, RuntimeApi.READ_MODE, RuntimeApi.LENIENT)
        .build();
  }

  private void addChunks(TypeSpec.Builder spec, MethodSpec.Builder resolve,
      List<StructuredType> types, ParameterizedTypeName anyDescriptor, String prefix,
      Function<StructuredType, String> label, String argument) {
    for (int chunk = 0; chunk * CHUNK < types.size(); chunk++) {
      List<StructuredType> part = types.subList(chunk * CHUNK,
          Math.min(types.size(), (chunk + 1) * CHUNK));
      String name = prefix + chunk;
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(Nullness.nullable(anyDescriptor))
          .addParameter(String.class, "name")
          .addCode("return switch (name) {\n$>");
      for (StructuredType type : part) {
        method.addStatement("case $S -> $T.$N", label.apply(type),
            names.serializerClass(type.name()), SerializerEmitter.DESCRIPTOR);
      }
      method.addStatement("default -> null").addCode("$<};\n");
      spec.addMethod(method.build());
      resolve.beginControlFlow("if (found == null)")
          .addStatement("found = $N($N)", name, argument)
          .endControlFlow();
    }
  }
}

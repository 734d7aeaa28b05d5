package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits one Jackson {@code Module} registering the generated reader and writer of every type. */
final class ModuleEmitter {
  private final NamingPlan names;
  private final JsonApi json;

  ModuleEmitter(NamingPlan names, JsonApi json) {
    this.names = names;
    this.json = json;
  }

  JavaFile emit(TypeModel model) {
    ClassName self = names.module();
    List<StructuredType> types = model.structuredTypes();
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeApi.GRAPH_MODULE)
        .addJavadoc("Registers the generated serializers with an ObjectMapper: "
            + json.mapperSetUp() + "; {@code CollectionPage<T>} of any model type reads and "
            + "writes too.\n", self)
        .addField(com.palantir.javapoet.FieldSpec.builder(long.class, "serialVersionUID",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Reads leniently.\n")
            .addStatement("this($T.$N)", RuntimeApi.READ_MODE, RuntimeApi.LENIENT)
            .build());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeApi.READ_MODE, "mode")
        .addStatement("super($S, mode, $T::$N)", self.simpleName(), names.registry(),
            RegistryEmitter.RESOLVE);
    for (int chunk = 0; chunk * RegistryEmitter.CHUNK < types.size(); chunk++) {
      List<StructuredType> part = types.subList(chunk * RegistryEmitter.CHUNK,
          Math.min(types.size(), (chunk + 1) * RegistryEmitter.CHUNK));
      String name = "register" + chunk;
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE);
      for (StructuredType type : part) {
        method.addStatement("$N($T.$N)", RuntimeApi.REGISTER, names.serializerClass(type.name()),
            SerializerEmitter.DESCRIPTOR);
      }
      spec.addMethod(method.build());
      constructor.addStatement("$N()", name);
    }
    spec.addMethod(constructor.build());
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(new Location("(all pages)", 1, 1)))
        .skipJavaLangImports(true)
        .build();
  }
}

package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.docmodel.generator.diag.Location;
import javax.lang.model.element.Modifier;

/** Emits one Jackson {@code Module} giving a mapper the generated reader and writer of every type. */
final class ModuleEmitter {
  private final NamingPlan names;
  private final JsonApi json;

  ModuleEmitter(NamingPlan names, JsonApi json) {
    this.names = names;
    this.json = json;
  }

  JavaFile emit() {
    ClassName self = names.module();
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeApi.GRAPH_MODULE)
        .addJavadoc("Gives an ObjectMapper the generated serializers: "
            + json.mapperSetUp() + "; {@code CollectionPage<T>} of any model type reads and "
            + "writes too.\n", self)
        .addField(com.palantir.javapoet.FieldSpec.builder(long.class, "serialVersionUID",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Reads leniently.\n")
            .addStatement("this($T.$N)", RuntimeApi.READ_MODE, RuntimeApi.LENIENT)
            .build());
    // Types are looked up by class when the mapper first meets one: making the module loads no
    // serializer (registering a whole model's took most of a second).
    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeApi.READ_MODE, "mode")
        .addStatement("super($S, mode, $T::$N, $T::$N)", self.simpleName(), names.registry(),
            RegistryEmitter.RESOLVE, names.registry(), RegistryEmitter.DESCRIPTOR_OF)
        .build());
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(new Location("(all pages)", 1, 1)))
        .skipJavaLangImports(true)
        .build();
  }
}

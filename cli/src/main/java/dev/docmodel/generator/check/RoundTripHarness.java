package dev.docmodel.generator.check;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.OperationDescriptor;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.OperationResults;
import dev.docmodel.runtime.jackson.Pages;
import dev.docmodel.runtime.jackson.ReadContext;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the {@link RoundTrip} a compiled model is checked through. It calls the binding only by
 * the names both bindings share (string in, string out), so the same source compiles against
 * Jackson 2 and Jackson 3.
 */
final class RoundTripHarness {
  static final String SIMPLE_NAME = "DocmodelRoundTrip";

  private RoundTripHarness() {}

  static JavaFile emit(String basePackage) {
    ClassName registry = ClassName.get(basePackage, "ModelTypes");
    ClassName descriptor = ClassName.get(TypeDescriptor.class);
    ParameterizedTypeName anyDescriptor = ParameterizedTypeName.get(descriptor,
        WildcardTypeName.subtypeOf(Object.class));
    TypeSpec harness = TypeSpec.classBuilder(SIMPLE_NAME)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(RoundTrip.class)
        .addMethod(MethodSpec.methodBuilder("knows")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(String.class, "odataType")
            .addStatement("return $T.resolve(odataType) != null", registry)
            .build())
        .addMethod(MethodSpec.methodBuilder("run")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RoundTrip.Result.class)
            .addParameter(String.class, "odataType")
            .addParameter(String.class, "json")
            .addParameter(boolean.class, "collection")
            .addStatement("$T type = $T.resolve(odataType)", anyDescriptor, registry)
            .addStatement("$T ctx = $T.newReadContext($T.LENIENT)", ReadContext.class, registry,
                ReadMode.class)
            .beginControlFlow("if (collection)")
            .addStatement("return new $T($T.toJson($T.fromJson(json, ctx, type)), true, "
                + "ctx.problems(), ctx.notes(), null)", RoundTrip.Result.class, Pages.class,
                Pages.class)
            .endControlFlow()
            .addStatement("$T value = $T.fromJson(json, ctx, type)", GraphObject.class,
                GraphJson.class)
            .addStatement("return new $T($T.toJson(value), type.type().isInstance(value), "
                + "ctx.problems(), ctx.notes(), value)", RoundTrip.Result.class, GraphJson.class)
            .build())
        .addMethod(runValues(registry))
        .build();
    return JavaFile.builder(basePackage, harness).build();
  }

  /** Primitive results through the binding's {@code OperationResults}, as a user reads them. */
  private static MethodSpec runValues(ClassName registry) {
    ClassName descriptor = ClassName.get(OperationDescriptor.class);
    return MethodSpec.methodBuilder("runValues")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RoundTrip.Result.class)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class),
            WildcardTypeName.subtypeOf(Object.class)), "type")
        .addParameter(String.class, "json")
        .addParameter(boolean.class, "collection")
        .addStatement("$T<?, ?> operation = new $T<>($S, $T.Kind.FUNCTION, $S, false, $S, "
            + "$T.of(), null, $T.of(), type, null, collection)", descriptor, descriptor, "result",
            descriptor, "", "GET", List.class, List.class)
        .addStatement("$T ctx = $T.newReadContext($T.LENIENT)", ReadContext.class, registry,
            ReadMode.class)
        .addStatement("$T written = collection ? $T.toJson($T.readPage(json, ctx, operation))\n"
            + ": $T.toJson($T.read(json, ctx, operation))", String.class, OperationResults.class,
            OperationResults.class, OperationResults.class, OperationResults.class)
        .addStatement("return new $T(written, true, ctx.problems(), ctx.notes(), null)",
            RoundTrip.Result.class)
        .build();
  }
}

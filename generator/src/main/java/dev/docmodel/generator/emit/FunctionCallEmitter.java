package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A function's call segment as a class, {@code UserReminderViewCall}: a typed setter per
 * parameter, each returning the call; the runtime's {@code FunctionCall} renders the arguments set
 * as OData literals. Setters, not a constructor of all parameters, so a parameter a docs update
 * adds breaks no caller.
 */
final class FunctionCallEmitter {
  private static final ClassName FUNCTION_CALL = ClassName.get("dev.docmodel.runtime",
      "FunctionCall");

  private final TypeModel model;
  private final PropertyTypes types;
  private final OperationNames operationNames;
  private final NamingPlan names;
  private final Javadocs javadocs;

  FunctionCallEmitter(TypeModel model, NamingPlan names, PropertyTypes types, Javadocs javadocs) {
    this.model = model;
    this.names = names;
    this.types = types;
    this.operationNames = new OperationNames(names);
    this.javadocs = javadocs;
  }

  JavaFile emit(Operation operation) {
    ClassName self = operationNames.call(operation);
    CodeBlock parameterNames = operation.parameters().stream()
        .map(p -> CodeBlock.of("$S", p.name())).collect(CodeBlock.joining(", "));
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(FUNCTION_CALL)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addJavadoc("The call segment of {@code $L}: set the arguments, then append {@link "
            + "#segment()} to the path of the $L.\n", JavaText.lineComment(
                operation.binding().name() + ": " + operation.name()),
            operation.boundToCollection() ? "collection" : "resource")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addStatement("super($S, $L)", operation.name(), parameterNames).build());
    if (operation.kept() != null) {
      spec.addAnnotation(Deprecated.class).addJavadoc("\n$L",
          Deprecations.operation(operation.kept()));
    }
    List<String> setters = OperationNames.setters(operation);
    for (int i = 0; i < operation.parameters().size(); i++) {
      spec.addMethod(setter(self, operation.parameters().get(i), setters.get(i), i));
    }
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(operation.location()))
        .skipJavaLangImports(true)
        .build();
  }

  /** A setter's parameter type: the value's boxed type, or the literal's String. */
  TypeName argumentType(Operation.Parameter parameter) {
    return renderable(parameter) ? types.elementType(parameter.type()).box()
        : ClassName.get(String.class);
  }

  private MethodSpec setter(ClassName self, Operation.Parameter parameter, String name,
      int index) {
    boolean literal = !renderable(parameter);
    TypeName type = literal ? argumentType(parameter)
        : argumentType(parameter).annotated(Nullness.NULLABLE);
    String description = javadocs.text(parameter.description(), parameter.location(), true)
        .strip();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(ParameterSpec.builder(type, "value").build())
        .addJavadoc("$L$L<p>Parameter {@code $L}$L.\n", description,
            description.isEmpty() ? "" : "\n\n", JavaText.lineComment(parameter.name()),
            literal ? ": the argument as an OData literal (a JSON array or object) or a "
                + "parameter alias ({@code @p}), written as given" : "");
    if (parameter.kept() != null) {
      method.addAnnotation(Deprecated.class).addJavadoc("$L",
          Deprecations.parameter(parameter.kept()));
    }
    method.addStatement(literal ? "literalArgument($L, value)" : "argument($L, value)", index);
    return method.addStatement("return this").build();
  }

  /** A single primitive or enum value has a URL literal; a collection or an object does not. */
  private boolean renderable(Operation.Parameter parameter) {
    if (parameter.collection()) {
      return false;
    }
    if (parameter.type() instanceof TypeRef.PrimitiveRef p) {
      return p.primitive() != Primitive.UNTYPED && p.primitive() != Primitive.JSON
          && p.primitive() != Primitive.STREAM;
    }
    return OperationsEmitter.isEnum(model, parameter.type())
        && !(types.elementType(parameter.type()) instanceof ParameterizedTypeName); // flags
  }
}

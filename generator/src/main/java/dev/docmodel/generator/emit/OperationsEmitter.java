package dev.docmodel.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docmodel.generator.link.operation.OperationBodies;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * One class per binding type, {@code UserOperations}: a descriptor constant per operation bound to
 * it (name, kind, method, the docs' path templates, body class, parameters, result), and a factory
 * of each function's call. Usable from any HTTP client; the class holds no state.
 */
final class OperationsEmitter {
  private static final ClassName DESCRIPTOR = ClassName.get("dev.docmodel.runtime",
      "OperationDescriptor");
  private static final ClassName KIND = DESCRIPTOR.nestedClass("Kind");
  private static final ClassName VOID = ClassName.get(Void.class);

  private final TypeModel model;
  private final NamingPlan names;
  private final PropertyTypes types;
  private final OperationNames operationNames;
  private final Javadocs javadocs;

  OperationsEmitter(TypeModel model, NamingPlan names, PropertyTypes types, Javadocs javadocs) {
    this.model = model;
    this.names = names;
    this.types = types;
    this.operationNames = new OperationNames(names);
    this.javadocs = javadocs;
  }

  JavaFile emit(QualifiedName binding, List<Operation> operations) {
    ClassName self = operationNames.descriptors(binding);
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addJavadoc("The operations bound to {@link $T}, as their API pages document them.\n",
            names.modelClass(binding))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Operation operation : operations) {
      spec.addField(descriptor(operation, OperationNames.constant(operation, operations)));
      if (operation.isFunction() && !operation.parameters().isEmpty()) {
        ClassName call = operationNames.call(operation);
        spec.addMethod(MethodSpec.methodBuilder(JavaNames.lowerFirst(call.simpleName()
                .substring(0, call.simpleName().length() - "Call".length())))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(call)
            .addJavadoc("A new call of {@code $L}, no argument set.\n$L",
                JavaText.lineComment(operation.name()), operation.kept() == null ? ""
                    : Deprecations.operation(operation.kept()))
            .addAnnotations(operation.kept() == null ? List.of()
                : List.of(AnnotationSpec.builder(Deprecated.class).build()))
            .addStatement("return new $T()", call).build());
      }
    }
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(operations.get(0).location()))
        .skipJavaLangImports(true)
        .build();
  }

  private FieldSpec descriptor(Operation operation, String constant) {
    TypeName body = OperationBodies.hasBody(operation) ? operationNames.body(operation) : VOID;
    Operation.Result result = operation.result();
    TypeName resultType = result == null ? VOID : types.elementType(result.type()).box();
    TypeName fieldType = ParameterizedTypeName.get(DESCRIPTOR, body, rawOf(resultType));
    CodeBlock paths = listOf(operation.requests().stream().map(Operation.Request::path)
        .distinct().toList());
    CodeBlock parameters = listOf(operation.parameters().stream().map(Operation.Parameter::name)
        .toList());
    CodeBlock init = CodeBlock.builder()
        // The type arguments spelled out, not inferred: javac then infers nothing here.
        .add("new $T(\n", fieldType)
        .indent().indent()
        .add("$S, $T.$L, $S, $L, $S,\n", operation.name(), KIND, operation.kind().name(),
            operation.binding().toString(), operation.boundToCollection(),
            operation.isFunction() ? "GET" : "POST")
        .add(paths)
        .add(",\n$L, ", body == VOID ? "null" : CodeBlock.of("$T.class", body))
        .add(parameters)
        .add(",\n$L, $L, $L)", result == null ? "null" : CodeBlock.of("$T.class",
            rawOf(resultType)), resultModel(result), result != null && result.collection())
        .unindent().unindent()
        .build();
    FieldSpec.Builder field = FieldSpec.builder(fieldType, constant, Modifier.PUBLIC,
            Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L", javadoc(operation))
        .initializer(init);
    if (operation.kept() != null) {
      field.addAnnotation(Deprecated.class);
    }
    return field.build();
  }

  /** {@code List.<String>of(...)}: the type argument spelled out, as everywhere in the output. */
  private static CodeBlock listOf(List<String> strings) {
    return CodeBlock.of("$T.<$T>of($L)", List.class, String.class,
        strings.stream().map(t -> CodeBlock.of("$S", t)).collect(CodeBlock.joining(", ")));
  }

  private CodeBlock resultModel(Operation.Result result) {
    if (result != null && result.type() instanceof TypeRef.NamedRef ref
        && model.find(ref.name()).orElse(null) instanceof StructuredType s) {
      return CodeBlock.of("$T.TYPE", names.serializerClass(s.name()));
    }
    return CodeBlock.of("null");
  }

  /** A generic type's raw class ({@code List<X>} cannot be a class literal). */
  private static TypeName rawOf(TypeName type) {
    return type instanceof ParameterizedTypeName p ? p.rawType() : type;
  }

  private String javadoc(Operation operation) {
    StringBuilder doc = new StringBuilder("{@code ")
        .append(JavaText.lineComment(operation.binding().name() + ": " + operation.name()))
        .append("}");
    String description = javadocs.text(operation.description(), operation.location(), true)
        .strip();
    doc.append(description.isEmpty() ? "." : ": " + description).append("\n\n<p>")
        .append(operation.kind() == Operation.Kind.ACTION ? "Action" : "Function")
        .append(operation.boundToCollection() ? ", bound to a collection" : "");
    if (!operation.requests().isEmpty()) {
      doc.append(". Documented requests:\n<ul>\n");
      operation.requests().stream().map(r -> r.method() + " " + r.path()).distinct()
          .forEach(r -> doc.append("  <li>{@code ").append(JavaText.lineComment(r))
              .append("}\n"));
      doc.append("</ul>\n");
    } else {
      doc.append(".\n");
    }
    return doc + javadocs.see(operation.location(), true)
        + (operation.kept() == null ? "" : Deprecations.operation(operation.kept()));
  }

  /** Whether the enum is one a function parameter or result may have. */
  static boolean isEnum(TypeModel model, TypeRef type) {
    return type instanceof TypeRef.NamedRef ref
        && model.find(ref.name()).orElse(null) instanceof EnumType;
  }

  /** Operations grouped by binding type, in the model's order. */
  static java.util.Map<QualifiedName, List<Operation>> byBinding(TypeModel model) {
    return model.operations().stream().collect(Collectors.groupingBy(Operation::binding,
        java.util.LinkedHashMap::new, Collectors.toList()));
  }
}

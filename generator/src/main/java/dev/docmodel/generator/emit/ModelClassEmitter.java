package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.docmodel.generator.model.StructuredType;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Emits the POJO of one structured type: fields, accessors with presence, equals/hashCode/toString. */
final class ModelClassEmitter {
  private final NamingPlan names;
  private final PropertyTypes types;

  ModelClassEmitter(NamingPlan names, PropertyTypes types) {
    this.names = names;
    this.types = types;
  }

  JavaFile emit(StructuredType type) {
    ClassName self = names.modelClass(type.name());
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .superclass(type.baseType() == null ? TypeMapping.GRAPH_OBJECT
            : names.modelClass(type.baseType()))
        .addJavadoc("$L", typeJavadoc(type));
    List<NamingPlan.PropertyNames> properties = names.properties(type);
    for (NamingPlan.PropertyNames p : properties) {
      spec.addField(FieldSpec.builder(types.javaType(p.property()), p.field(), Modifier.PRIVATE)
          .build());
    }
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("An empty instance: every property absent.\n").build());
    for (NamingPlan.PropertyNames p : properties) {
      addAccessors(spec, p);
    }
    spec.addMethod(MethodSpec.methodBuilder("jsonType")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(TypeMapping.TYPE_DESCRIPTOR,
            WildcardTypeName.subtypeOf(TypeMapping.GRAPH_OBJECT)))
        .addStatement("return $T.TYPE", names.serializerClass(type.name()))
        .build());
    if (!properties.isEmpty()) {
      spec.addMethod(equalsMethod(self, properties));
      spec.addMethod(hashCodeMethod(properties));
      spec.addMethod(appendFieldsMethod(properties));
    }
    return JavaFile.builder(self.packageName(), spec.build())
        .addFileComment("$L", Headers.fileComment(type.location()))
        .skipJavaLangImports(true)
        .build();
  }

  private void addAccessors(TypeSpec.Builder spec, NamingPlan.PropertyNames p) {
    TypeName javaType = types.javaType(p.property());
    String doc = JavaText.javadoc(p.property().description());
    String wire = p.property().name();
    spec.addMethod(MethodSpec.methodBuilder(p.getter())
        .addModifiers(Modifier.PUBLIC)
        .returns(javaType)
        .addJavadoc("$L", doc.isEmpty() ? "" : doc + "\n")
        .addJavadoc("<p>Wire name {@code $L}$L. Null when absent, explicitly null, or not readable as "
            + "this type (see {@link #getRawValues()}).\n", JavaText.lineComment(wire),
            p.property().navigation() ? "; a navigation property" : "")
        .addStatement("return $N", p.field())
        .build());
    spec.addMethod(MethodSpec.methodBuilder(p.setter())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(javaType, "value")
        .addJavadoc("Sets {@code $L}; null writes an explicit JSON null.\n",
            JavaText.lineComment(wire))
        .addStatement("this.$N = value", p.field())
        .addStatement("markPresent($L, $S)", p.index(), wire)
        .build());
    spec.addMethod(MethodSpec.methodBuilder(p.has())
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addJavadoc("True when {@code $L} is present, even if null.\n", JavaText.lineComment(wire))
        .addStatement("return isPresent($L)", p.index())
        .build());
    spec.addMethod(MethodSpec.methodBuilder(p.clear())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Makes {@code $L} absent: it is not written.\n", JavaText.lineComment(wire))
        .addStatement("this.$N = null", p.field())
        .addStatement("markAbsent($L, $S)", p.index(), wire)
        .build());
  }

  private MethodSpec equalsMethod(ClassName self, List<NamingPlan.PropertyNames> properties) {
    CodeBlock.Builder comparison = CodeBlock.builder();
    for (int i = 0; i < properties.size(); i++) {
      NamingPlan.PropertyNames p = properties.get(i);
      comparison.add(i == 0 ? "" : "\n    && ");
      if (types.isArray(p.property())) {
        comparison.add("$T.equals($N, other.$N)", java.util.Arrays.class, p.field(), p.field());
      } else {
        comparison.add("$T.equals($N, other.$N)", Objects.class, p.field(), p.field());
      }
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "o")
        .beginControlFlow("if (!super.equals(o))")
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T other = ($T) o", self, self)
        .addStatement("return $L", comparison.build())
        .build();
  }

  private MethodSpec hashCodeMethod(List<NamingPlan.PropertyNames> properties) {
    CodeBlock.Builder fields = CodeBlock.builder();
    for (int i = 0; i < properties.size(); i++) {
      NamingPlan.PropertyNames p = properties.get(i);
      if (types.isArray(p.property())) {
        fields.add(i == 0 ? "$T.hashCode($N)" : ", $T.hashCode($N)", java.util.Arrays.class,
            p.field());
      } else {
        fields.add(i == 0 ? "$N" : ", $N", p.field());
      }
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return 31 * super.hashCode() + $T.hash($L)", Objects.class, fields.build())
        .build();
  }

  private MethodSpec appendFieldsMethod(List<NamingPlan.PropertyNames> properties) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("appendFields")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(StringBuilder.class, "sb")
        .addStatement("super.appendFields(sb)");
    for (NamingPlan.PropertyNames p : properties) {
      String value = types.isArray(p.property())
          ? "java.util.Arrays.toString(" + p.field() + ")" : p.field();
      method.beginControlFlow("if ($N())", p.has())
          .addStatement("sb.append($S).append($L).append($S)", p.property().name() + "=", value,
              ", ")
          .endControlFlow();
    }
    return method.build();
  }

  private String typeJavadoc(StructuredType type) {
    StringBuilder doc = new StringBuilder(JavaText.javadoc(type.description()));
    if (doc.length() > 0) {
      doc.append('\n');
    }
    doc.append("<p>OData ").append(type.entity() ? "entity" : "complex").append(" type {@code ")
        .append(JavaText.lineComment(type.name().toString())).append("}");
    if (!type.key().isEmpty()) {
      doc.append(", key {@code ").append(JavaText.lineComment(String.join(", ", type.key())))
          .append("}");
    }
    if (type.isAbstract()) {
      doc.append("; abstract in the service model");
    }
    if (type.open()) {
      doc.append("; open: undeclared properties are kept in {@link #getAdditionalData()}");
    }
    if (type.placeholder()) {
      doc.append("; referenced by the docs but not documented");
    }
    return doc.append(".\n").toString();
  }
}

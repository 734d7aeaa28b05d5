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
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.StructuredType;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Emits the POJO of one structured type: fields, accessors with presence, equals/hashCode/toString. */
final class ModelClassEmitter {
  private final NamingPlan names;
  private final PropertyTypes types;
  private final Javadocs javadocs;

  ModelClassEmitter(NamingPlan names, PropertyTypes types, Javadocs javadocs) {
    this.names = names;
    this.types = types;
    this.javadocs = javadocs;
  }

  JavaFile emit(StructuredType type) {
    ClassName self = names.modelClass(type.name());
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addModifiers(Modifier.PUBLIC)
        .superclass(type.baseType() == null ? RuntimeApi.GRAPH_OBJECT
            : names.modelClass(type.baseType()))
        .addJavadoc("$L", typeJavadoc(type));
    if (type.kept() != null) {
      spec.addAnnotation(Deprecated.class);
    }
    List<NamingPlan.PropertyNames> all = names.properties(type);
    // A stream property holds nothing of its own (its annotations are additional data).
    List<NamingPlan.PropertyNames> properties = all.stream()
        .filter(p -> !types.isStream(p.property())).toList();
    for (NamingPlan.PropertyNames p : properties) {
      spec.addField(FieldSpec.builder(Nullness.nullable(types.javaType(p.property())), p.field(),
          Modifier.PRIVATE).build());
    }
    AccessorEmitter accessors = new AccessorEmitter(types, javadocs);
    for (NamingPlan.PropertyNames p : all) {
      accessors.add(spec, p);
    }
    spec.addMethod(MethodSpec.methodBuilder(RuntimeApi.JSON_TYPE)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeApi.MODEL_TYPE,
            WildcardTypeName.subtypeOf(RuntimeApi.GRAPH_OBJECT)))
        .addStatement("return $T.$N", names.serializerClass(type.name()),
            SerializerEmitter.DESCRIPTOR)
        .build());
    if (!properties.isEmpty()) {
      spec.addMethod(equalsMethod(self, properties));
      spec.addMethod(hashCodeMethod(properties));
      spec.addMethod(appendFieldsMethod(properties));
    }
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(type.location()))
        .skipJavaLangImports(true)
        .build();
  }

  private MethodSpec equalsMethod(ClassName self, List<NamingPlan.PropertyNames> properties) {
    CodeBlock.Builder comparison = CodeBlock.builder();
    for (int i = 0; i < properties.size(); i++) {
      NamingPlan.PropertyNames p = properties.get(i);
      comparison.add("$L$T$L", Chunks.text(i == 0 ? "" : "\n    && "),
          types.isArray(p.property()) ? java.util.Arrays.class : Objects.class,
          Chunks.text(".equals(" + p.field() + ", other." + p.field() + ")"));
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Nullness.nullable(ClassName.get(Object.class)), "o")
        .beginControlFlow("if (!super.equals(o))")
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T other = ($T) o", self, self)
        .addStatement("return $L", comparison.build())
        .build();
  }

  private MethodSpec hashCodeMethod(List<NamingPlan.PropertyNames> properties) {
    CodeBlock.Builder fields = CodeBlock.builder();
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < properties.size(); i++) {
      NamingPlan.PropertyNames p = properties.get(i);
      names.append(i == 0 ? "" : ", ");
      if (types.isArray(p.property())) {
        fields.add("$L$T$L", Chunks.text(names.toString()), java.util.Arrays.class,
            Chunks.text(".hashCode(" + p.field() + ")"));
        names.setLength(0);
      } else {
        names.append(p.field());
      }
    }
    fields.add("$L", Chunks.text(names.toString()));
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return 31 * super.hashCode() + $T.hash($L)", Objects.class, fields.build())
        .build();
  }

  private MethodSpec appendFieldsMethod(List<NamingPlan.PropertyNames> properties) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(RuntimeApi.APPEND_FIELDS)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(StringBuilder.class, "sb")
        .addStatement("super.$N(sb)", RuntimeApi.APPEND_FIELDS);
    for (NamingPlan.PropertyNames p : properties) {
      method.addCode(Chunks.text(RuntimeApi.APPEND_FIELD + "(sb, " + p.index() + ", "
          + Chunks.stringLiteral(p.property().name()) + ", " + p.field() + ");\n"));
    }
    return method.build();
  }

  private String typeJavadoc(StructuredType type) {
    StringBuilder doc = new StringBuilder(javadocs.text(type.description(), type.location(),
        type.origin() == Origin.OPERATION_BODY));
    if (doc.length() > 0) {
      doc.append('\n');
    }
    if (type.origin() == Origin.OPERATION_BODY) {
      doc.append("<p>An action's JSON body, one property per parameter; not a type of the service.");
    } else {
      doc.append("<p>OData ").append(type.entity() ? "entity" : "complex").append(" type {@code ")
          .append(JavaText.lineComment(type.name().toString())).append("}");
    }
    if (!type.key().isEmpty()) {
      doc.append(", key {@code ").append(JavaText.lineComment(String.join(", ", type.key())))
          .append("}");
    }
    if (type.isAbstract()) {
      doc.append("; abstract in the service model");
    }
    if (type.open()) {
      doc.append("; open: undeclared properties are kept in {@link #" + RuntimeApi.GET_ADDITIONAL_DATA
          + "()}");
    }
    if (type.placeholder()) {
      doc.append("; referenced by the docs but not documented");
    }
    // The implicit public constructor: one method less to generate per type, the same API.
    doc.append(". A new instance has every property absent.\n");
    if (!type.properties().isEmpty()) {
      // Said once here rather than on each of thousands of accessors.
      doc.append("\n<p>Each property {@code x} has four accessors: {@code getX()} returns its"
          + " value, null when it is absent, explicitly null, or not readable as its type (the JSON"
          + " is then in {@link #" + RuntimeApi.GET_RAW_VALUES + "()}); {@code setX(value)} makes"
          + " it present (null writes an explicit JSON null; a list is kept, not copied);"
          + " {@code hasX()} tells whether it is present, even if null; {@code clearX()} makes it"
          + " absent, so that it is not written.\n");
    }
    return doc.append(javadocs.tags(type)).toString();
  }
}

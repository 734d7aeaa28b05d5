package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.EnumType;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits a Java enum for an enum type; wire names are kept exactly as documented. */
final class EnumEmitter {
  /** The generated lookup by wire name: {@code X.fromWireName("a")}. */
  static final String FROM_WIRE_NAME = "fromWireName";
  private final NamingPlan names;
  private final Javadocs javadocs;

  EnumEmitter(NamingPlan names, Javadocs javadocs) {
    this.names = names;
    this.javadocs = javadocs;
  }

  JavaFile emit(EnumType type) {
    ClassName self = names.modelClass(type.name());
    List<String> constants = names.enumConstants(type);
    TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
        .addAnnotation(Headers.GENERATED)
        .addAnnotation(Nullness.NULL_MARKED)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(RuntimeApi.WIRE_ENUM)
        .addJavadoc("$L", javadoc(type));
    if (type.kept() != null) {
      spec.addAnnotation(Deprecated.class);
    }
    for (int i = 0; i < constants.size(); i++) {
      EnumMember member = type.members().get(i);
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("$S", member.name());
      String doc = javadocs.text(member.description(), member.location(), false);
      constant.addJavadoc("$L", (doc.isEmpty() ? "Wire name {@code " + JavaText.lineComment(
          member.name()) + "}.\n" : doc)
          + (member.kept() == null ? "" : "\n" + Deprecations.member(member.kept())));
      if (member.kept() != null) {
        constant.addAnnotation(Deprecated.class);
      }
      spec.addEnumConstant(constants.get(i), constant.build());
    }
    spec.addField(String.class, RuntimeApi.WIRE_NAME, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, RuntimeApi.WIRE_NAME)
            .addStatement("this.$N = $N", RuntimeApi.WIRE_NAME, RuntimeApi.WIRE_NAME)
            .build())
        .addMethod(MethodSpec.methodBuilder(RuntimeApi.WIRE_NAME)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The member's name as the service writes it.\n")
            .addStatement("return $N", RuntimeApi.WIRE_NAME)
            .build());
    spec.addMethod(fromWireName(type, self, constants));
    return JavaFile.builder(self.packageName(),
        spec.alwaysQualify(names.javaLangTakenIn(self.packageName())).build())
        .addFileComment("$L", Headers.fileComment(type.location()))
        .skipJavaLangImports(true)
        .build();
  }

  /** {@code fromWireName(String)}: the member with a wire name, or null. */
  private static MethodSpec fromWireName(EnumType type, ClassName self, List<String> constants) {
    MethodSpec.Builder lookup = MethodSpec.methodBuilder(FROM_WIRE_NAME)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Nullness.nullable(self))
        .addParameter(Nullness.nullable(ClassName.get(String.class)), "name")
        .addJavadoc("The member with this wire name, or null for a name the docs do not list.\n");
    lookup.beginControlFlow("if (name == null)").addStatement("return null").endControlFlow();
    if (constants.isEmpty()) {
      lookup.addStatement("return null");
    } else {
      lookup.beginControlFlow("switch (name)");
      for (int i = 0; i < constants.size(); i++) {
        lookup.addStatement("case $S: return $N", type.members().get(i).name(), constants.get(i));
      }
      lookup.addStatement("default: return null").endControlFlow();
    }
    return lookup.build();
  }

  private String javadoc(EnumType type) {
    StringBuilder doc = new StringBuilder(javadocs.text(type.description(), type.location(),
        false));
    if (doc.length() > 0) {
      doc.append('\n');
    }
    doc.append("<p>OData enum type {@code ").append(JavaText.lineComment(type.name().toString()))
        .append("}");
    if (type.inferred()) {
      doc.append("; the docs list these values but do not name the type");
    }
    doc.append(". Unknown values read from JSON are kept as raw values and written back.\n");
    doc.append(javadocs.usages(type, names));
    return doc.append(javadocs.tags(type)).toString();
  }
}

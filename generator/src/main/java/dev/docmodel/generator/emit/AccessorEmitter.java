package dev.docmodel.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.docmodel.generator.model.Legacy;
import dev.docmodel.generator.model.Property;
import javax.lang.model.element.Modifier;

/**
 * A property's accessors: get, set, has and clear, and, where a baseline keeps the property's
 * earlier type, a deprecated getter and setter of that type converting through the wire value.
 * Javadoc and bodies go to JavaPoet as single pre-rendered chunks: it renders each file twice and
 * splits every chunk into lines, so fewer chunks render faster; the output is the same.
 */
final class AccessorEmitter {
  private final PropertyTypes types;
  private final Javadocs javadocs;

  AccessorEmitter(PropertyTypes types, Javadocs javadocs) {
    this.types = types;
    this.javadocs = javadocs;
  }

  void add(TypeSpec.Builder spec, NamingPlan.PropertyNames p) {
    Property property = p.property();
    if (types.isStream(property)) {
      addStream(spec, p);
      return;
    }
    TypeName javaType = Nullness.nullable(types.javaType(property));
    String doc = javadocs.text(property.description(), property.location(), false);
    String wire = JavaText.lineComment(property.name());
    String field = p.field();
    String deprecated = property.kept() == null ? "" : "\n" + Deprecations.property(property.kept(),
        wire);
    spec.addMethod(deprecate(MethodSpec.methodBuilder(p.getter()), property)
        .addModifiers(Modifier.PUBLIC)
        .returns(javaType)
        .addJavadoc(Chunks.text((doc.isEmpty() ? "" : doc + "\n") + "<p>Wire name {@code "
            + wire + "}" + (property.navigation() ? "; a navigation property" : "") + ".\n"
            + deprecated))
        .addCode(Chunks.text("return " + field + ";\n"))
        .build());
    spec.addMethod(deprecateDocumented(MethodSpec.methodBuilder(p.setter()), property, deprecated)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(javaType, "value")
        .addCode(Chunks.text("this." + field + " = value;\n"))
        .addCode(presenceCall(RuntimeApi.MARK_PRESENT, p))
        .build());
    spec.addMethod(deprecateDocumented(MethodSpec.methodBuilder(p.has()), property, deprecated)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addCode(Chunks.text("return " + RuntimeApi.IS_PRESENT + "(" + p.index() + ");\n"))
        .build());
    spec.addMethod(deprecateDocumented(MethodSpec.methodBuilder(p.clear()), property, deprecated)
        .addModifiers(Modifier.PUBLIC)
        .addCode(Chunks.text("this." + field + " = null;\n"))
        .addCode(presenceCall(RuntimeApi.MARK_ABSENT, p))
        .build());
    if (property.legacy() != null) {
      addLegacyView(spec, p, property.legacy(), wire);
    }
  }

  /**
   * A stream property's accessors: its value is not in the JSON, so they read and write the
   * annotations that say where the stream is, kept in the object's additional data.
   */
  private void addStream(TypeSpec.Builder spec, NamingPlan.PropertyNames p) {
    Property property = p.property();
    String doc = javadocs.text(property.description(), property.location(), false);
    String wire = JavaText.lineComment(property.name());
    String deprecated = property.kept() == null ? "" : "\n" + Deprecations.property(property.kept(),
        wire);
    String name = Chunks.stringLiteral(property.name());
    spec.addMethod(deprecate(MethodSpec.methodBuilder(p.getter()), property)
        .addModifiers(Modifier.PUBLIC)
        .returns(Nullness.nullable(RuntimeApi.STREAM_LINKS))
        .addJavadoc(Chunks.text((doc.isEmpty() ? "" : doc + "\n") + "<p>Stream property {@code "
            + wire + "}: its bytes are not in the JSON; this is where they are (the {@code "
            + wire + "@odata.media*} annotations), or null when the JSON says nothing of it.\n"
            + deprecated))
        .addStatement("return $T.of(this, $L)", RuntimeApi.STREAM_LINKS, name)
        .build());
    spec.addMethod(deprecateDocumented(MethodSpec.methodBuilder(p.setter()), property, deprecated)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Nullness.nullable(RuntimeApi.STREAM_LINKS), "value")
        .addStatement("$T.set(this, $L, value)", RuntimeApi.STREAM_LINKS, name)
        .build());
    spec.addMethod(deprecateDocumented(MethodSpec.methodBuilder(p.has()), property, deprecated)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return $T.has(this, $L)", RuntimeApi.STREAM_LINKS, name)
        .build());
    spec.addMethod(deprecateDocumented(MethodSpec.methodBuilder(p.clear()), property, deprecated)
        .addModifiers(Modifier.PUBLIC)
        .addStatement("$T.clear(this, $L)", RuntimeApi.STREAM_LINKS, name)
        .build());
  }

  private static MethodSpec.Builder deprecate(MethodSpec.Builder method, Property property) {
    return property.kept() == null ? method : method.addAnnotation(Deprecated.class);
  }

  /**
   * Set, has and clear say nothing of their own (the class says what they do, once) unless the
   * property is kept: then why, and since when.
   */
  private static MethodSpec.Builder deprecateDocumented(MethodSpec.Builder method,
      Property property, String deprecation) {
    return property.kept() == null ? method
        : deprecate(method, property).addJavadoc(Chunks.text(deprecation.strip() + "\n"));
  }

  private static String typeName(dev.docmodel.generator.model.TypeRef type, boolean collection) {
    return collection ? "Collection(" + type.csdlName() + ")" : type.csdlName();
  }

  /** The earlier type's getter and setter, converting through the JSON value. */
  private void addLegacyView(TypeSpec.Builder spec, NamingPlan.PropertyNames p, Legacy legacy,
      String wire) {
    Property property = p.property();
    TypeName earlier = Nullness.nullable(types.javaType(legacy.type(), legacy.collection()));
    String doc = Deprecations.legacyView(legacy, wire, p.getter());
    CodeBlock currentWriter = types.wholeWriter(property.type(), property.collection());
    CodeBlock currentReader = types.wholeReader(property.type(), property.collection());
    CodeBlock earlierWriter = types.wholeWriter(legacy.type(), legacy.collection());
    CodeBlock earlierReader = types.wholeReader(legacy.type(), legacy.collection());
    spec.addMethod(MethodSpec.methodBuilder(p.legacyGetter())
        .addAnnotation(Deprecated.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(earlier)
        .addJavadoc("$L", "{@code " + wire + "} as its earlier type, {@code "
            + JavaText.lineComment(typeName(legacy.type(), legacy.collection()))
            + "}, which the docs replaced with {@code "
            + JavaText.lineComment(typeName(property.type(), property.collection()))
            + "}.\n\n" + doc)
        .addStatement("return $T.$N(this, $S, $N, $L, $L)", RuntimeApi.RETYPED_VIEWS,
            RuntimeApi.VIEW, property.name(), p.field(), currentWriter, earlierReader)
        .build());
    spec.addMethod(MethodSpec.methodBuilder(p.legacySetter())
        .addAnnotation(Deprecated.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(earlier, "value")
        .addJavadoc("$L", "Sets {@code " + wire + "} from its earlier type, {@code "
            + JavaText.lineComment(typeName(legacy.type(), legacy.collection())) + "}.\n\n"
            + doc)
        .addStatement("$T.$N(this, $S, value, $L, $L, this::$N)", RuntimeApi.RETYPED_VIEWS,
            RuntimeApi.SET_THROUGH_VIEW, property.name(), earlierWriter, currentReader,
            p.setter())
        .build());
  }

  /** {@code markPresent(3, "name");} */
  private static CodeBlock presenceCall(String method, NamingPlan.PropertyNames p) {
    return Chunks.text(method + "(" + p.index() + ", "
        + Chunks.stringLiteral(p.property().name()) + ");\n");
  }
}

package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.docmodel.generator.JacksonVersion;
import java.io.IOException;
import java.util.List;

/**
 * The Jackson streaming API the generated serializers are written against. The runtime's own
 * classes have the same names in both bindings; what differs is Jackson's package and whether its
 * methods throw the checked {@code IOException}. Both bound by class literal.
 */
record JsonApi(ClassName parser, ClassName generator, ClassName serializedString,
    List<TypeName> exceptions, String mapperSetUp) {

  static final JsonApi JACKSON_2 = new JsonApi(
      ClassName.get(com.fasterxml.jackson.core.JsonParser.class),
      ClassName.get(com.fasterxml.jackson.core.JsonGenerator.class),
      ClassName.get(com.fasterxml.jackson.core.io.SerializedString.class),
      List.of(ClassName.get(IOException.class)),
      "{@code mapper.registerModule(new $T())}");

  static final JsonApi JACKSON_3 = new JsonApi(
      ClassName.get(tools.jackson.core.JsonParser.class),
      ClassName.get(tools.jackson.core.JsonGenerator.class),
      ClassName.get(tools.jackson.core.io.SerializedString.class),
      List.of(),
      "{@code JsonMapper.builder().addModule(new $T()).build()}, or as a Spring Boot 4 bean");

  static JsonApi of(JacksonVersion version) {
    return version == JacksonVersion.JACKSON_3 ? JACKSON_3 : JACKSON_2;
  }
}

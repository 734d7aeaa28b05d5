package dev.docmodel.generator.emit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.palantir.javapoet.ClassName;
import dev.docmodel.generator.emit.MethodRefs.Ref1;
import dev.docmodel.generator.emit.MethodRefs.Ref3;
import dev.docmodel.generator.emit.MethodRefs.Ref4;
import dev.docmodel.generator.emit.MethodRefs.Ref5;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ModelType;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.WireEnum;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.GraphModule;
import dev.docmodel.runtime.jackson.JsonProperties;
import dev.docmodel.runtime.jackson.ReadContext;
import dev.docmodel.runtime.jackson.RetypedViews;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import dev.docmodel.runtime.jackson.Values;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The runtime API the generated code calls, bound by the compiler: types by class literal,
 * methods by method reference (see {@link MethodRefs}). The Jackson 2 binding is on the
 * generator's class path, so a change there that the generated code would not survive fails the
 * generator's build; the Jackson 3 binding has the same classes and members (its own tests and
 * the Jackson 3 model's build hold it to that), and {@link JsonApi} names Jackson's own types.
 */
final class RuntimeApi {
  private RuntimeApi() {}

  static final ClassName GRAPH_OBJECT = ClassName.get(GraphObject.class);
  static final ClassName STREAM_LINKS = ClassName.get(dev.docmodel.runtime.StreamLinks.class);
  static final ClassName TYPE_DESCRIPTOR = ClassName.get(TypeDescriptor.class);
  /** The core's view of a generated type: what model classes name, free of any JSON binding. */
  static final ClassName MODEL_TYPE = ClassName.get(ModelType.class);
  static final ClassName JSON_PROPERTIES = ClassName.get(JsonProperties.class);
  static final ClassName READ_CONTEXT = ClassName.get(ReadContext.class);
  static final ClassName READ_MODE = ClassName.get(ReadMode.class);
  static final ClassName GRAPH_JSON = ClassName.get(GraphJson.class);
  static final ClassName VALUES = ClassName.get(Values.class);
  static final ClassName WIRE_ENUM = ClassName.get(WireEnum.class);
  static final ClassName GRAPH_MODULE = ClassName.get(GraphModule.class);
  static final ClassName JSON_VALUE = ClassName.get(JsonValue.class);

  // GraphJson: objects, lists and properties.
  static final String READ_OBJECT = MethodRefs.name(
      (Ref3<JsonParser, ReadContext, TypeDescriptor<GraphObject>>) GraphJson::readObject);
  static final String WRITE_OBJECT = MethodRefs.name(
      (MethodRefs.Ref2<JsonGenerator, GraphObject>) GraphJson::writeObject);
  static final String READ_LIST = MethodRefs.name(
      (Ref4<JsonParser, ReadContext, Values.Reader<Object>, Values.Writer<Object>>)
          GraphJson::readList);

  // JsonProperties: one present property, by the type of its value (the primitives' methods are
  // named as Values' writers, see TypeMapping).
  static final String WRITE_OBJECT_PROPERTY = MethodRefs.name(
      (MethodRefs.Ref6<JsonGenerator, GraphObject, Integer, SerializableString, GraphObject,
          TypeDescriptor<?>>) JsonProperties::writeObject);
  static final String WRITE_LIST = MethodRefs.name(
      (MethodRefs.Ref6<JsonGenerator, GraphObject, Integer, SerializableString, List<Object>,
          Values.Writer<Object>>) JsonProperties::writeList);

  // RetypedViews: a retyped property's earlier view.
  static final ClassName RETYPED_VIEWS = ClassName.get(RetypedViews.class);
  static final String VIEW = MethodRefs.name(
      (Ref5<GraphObject, String, Object, Values.Writer<Object>, Values.Reader<Object>>)
          RetypedViews::view);
  static final String SET_THROUGH_VIEW = MethodRefs.name(
      (MethodRefs.Ref6<GraphObject, String, Object, Values.Writer<Object>, Values.Reader<Object>,
          java.util.function.Consumer<Object>>) RetypedViews::setThroughView);
  static final String WRITE_ELEMENTS = MethodRefs.name(
      (Ref3<JsonGenerator, List<Object>, Values.Writer<Object>>) GraphJson::writeElements);

  // Values: enums, as members or as flags.
  static final String READ_ENUM = MethodRefs.name(
      (Ref3<JsonParser, ReadContext, Function<String, ReadMode>>) Values::readEnum);
  static final String READ_FLAGS = MethodRefs.name(
      (Ref3<JsonParser, ReadContext, Function<String, WireEnumSample>>) Values::readFlags);
  static final String WRITE_ENUM = MethodRefs.name(
      (MethodRefs.Ref2<JsonGenerator, WireEnumSample>) Values::writeEnum);
  static final String WRITE_FLAGS = MethodRefs.name(
      (MethodRefs.Ref2<JsonGenerator, Set<WireEnumSample>>) Values::writeFlags);

  // TypeDescriptor: a type that declares no property shares the runtime's reader and writer.
  static final String WITHOUT_PROPERTIES = MethodRefs.name(
      (MethodRefs.Ref4<String, Class<GraphObject>, java.util.function.Supplier<GraphObject>,
          Boolean>) TypeDescriptor::withoutProperties);

  // ReadMode and GraphModule: the generated module's defaults and registrations.
  static final String LENIENT = ReadMode.LENIENT.name();
  static final String WIRE_NAME = MethodRefs.name((Ref1<WireEnum>) WireEnum::wireName);

  // GraphObject: what the generated classes implement and their javadoc names.
  static final String JSON_TYPE = MethodRefs.name((Ref1<GraphObject>) GraphObject::jsonType);
  static final String GET_RAW_VALUES = MethodRefs.name(
      (Ref1<GraphObject>) GraphObject::getRawValues);
  static final String GET_ADDITIONAL_DATA = MethodRefs.name(
      (Ref1<GraphObject>) GraphObject::getAdditionalData);

  // GraphObject's protected members: not reachable by method reference from here, so looked up
  // by signature once; a mismatch fails when this class loads, in the generator's own tests.
  static final String IS_PRESENT = graphObjectMethod("isPresent", int.class);
  static final String MARK_PRESENT = graphObjectMethod("markPresent", int.class, String.class);
  static final String MARK_ABSENT = graphObjectMethod("markAbsent", int.class, String.class);
  static final String APPEND_FIELDS = graphObjectMethod("appendFields", StringBuilder.class);
  static final String APPEND_FIELD = graphObjectMethod("appendField", StringBuilder.class,
      int.class, String.class, Object.class);

  /** An enum implementing WireEnum, to type the enum method references above. */
  private enum WireEnumSample implements WireEnum {
    ;

    @Override
    public String wireName() {
      return "";
    }
  }

  private static String graphObjectMethod(String name, Class<?>... parameters) {
    try {
      return GraphObject.class.getDeclaredMethod(name, parameters).getName();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("the runtime lacks GraphObject." + name, e);
    }
  }
}

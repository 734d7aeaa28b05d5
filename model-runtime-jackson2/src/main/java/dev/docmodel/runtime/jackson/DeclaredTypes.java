package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import dev.docmodel.runtime.CollectionPage;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The databind hooks of {@link GraphModule} that differ between Jackson 2 and 3: generated types
 * and collection pages (by their item type) found when Jackson first needs them, and generated types declared polymorphic by {@code @odata.type} so
 * that Jackson hands our writer the declared type. Written for each Jackson.
 */
final class DeclaredTypes {
  private DeclaredTypes() {}

  /** The writers of generated types, found when Jackson first asks for one. */
  static Serializers serializers(GraphModule module) {
    return new Serializers.Base() {
      @Override
      public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
          BeanDescription description) {
        return module.serializer(type.getRawClass());
      }
    };
  }

  /** The readers of generated types and of collection pages of them (by their item type). */
  static Deserializers deserializers(GraphModule module) {
    return new Deserializers.Base() {
      @Override
      public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription description) {
        if (type.getRawClass() == CollectionPage.class) {
          return module.pageDeserializer(type.containedTypeOrUnknown(0).getRawClass());
        }
        return module.deserializer(type.getRawClass());
      }
    };
  }

  static AnnotationIntrospector introspector(GraphModule module) {
    return new Introspector(module);
  }

  /**
   * Tells Jackson that generated types carry their type in {@code @odata.type}, so that it hands
   * our writer the declared type ({@link Declared}); reading needs nothing of Jackson's: the
   * generated readers dispatch on {@code @odata.type} themselves.
   */
  private static final class Introspector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;
    private final transient GraphModule module;

    Introspector(GraphModule module) {
      this.module = module;
    }

    @Override
    public @Nullable TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass ac,
        JavaType baseType) {
      TypeDescriptor<?> declared = module.descriptor(baseType.getRawClass());
      return declared == null ? null : new DeclaredTypeBuilder(declared);
    }
  }

  private record DeclaredTypeBuilder(TypeDescriptor<?> declared)
      implements TypeResolverBuilder<DeclaredTypeBuilder> {
    @Override
    public @Nullable Class<?> getDefaultImpl() {
      return null;
    }

    @Override
    public TypeSerializer buildTypeSerializer(SerializationConfig config, JavaType baseType,
        Collection<NamedType> subtypes) {
      return new Declared(declared);
    }

    @Override
    public @Nullable TypeDeserializer buildTypeDeserializer(DeserializationConfig config, JavaType baseType,
        Collection<NamedType> subtypes) {
      return null; // the generated readers dispatch on @odata.type
    }

    @Override
    public DeclaredTypeBuilder init(JsonTypeInfo.Id idType, TypeIdResolver res) {
      return this;
    }

    @Override
    public DeclaredTypeBuilder inclusion(JsonTypeInfo.As includeAs) {
      return this;
    }

    @Override
    public DeclaredTypeBuilder typeProperty(String propName) {
      return this;
    }

    @Override
    public DeclaredTypeBuilder defaultImpl(Class<?> defaultImpl) {
      return this;
    }

    @Override
    public DeclaredTypeBuilder typeIdVisibility(boolean isVisible) {
      return this;
    }
  }

  /**
   * Carries the declared type to {@link DescriptorSerializer#serializeWithType}, which writes the
   * whole object itself; the prefix and suffix Jackson's own serializers would ask for are never
   * used.
   */
  static final class Declared extends TypeSerializer {
    private final TypeDescriptor<?> type;

    Declared(TypeDescriptor<?> type) {
      this.type = type;
    }

    TypeDescriptor<?> type() {
      return type;
    }

    @Override
    public TypeSerializer forProperty(BeanProperty prop) {
      return this;
    }

    @Override
    public JsonTypeInfo.As getTypeInclusion() {
      return JsonTypeInfo.As.PROPERTY;
    }

    @Override
    public String getPropertyName() {
      return "@odata.type";
    }

    @Override
    public @Nullable TypeIdResolver getTypeIdResolver() {
      return null;
    }

    @Override
    public WritableTypeId writeTypePrefix(JsonGenerator g, WritableTypeId typeId) {
      throw new UnsupportedOperationException("generated types are written whole");
    }

    @Override
    public WritableTypeId writeTypeSuffix(JsonGenerator g, WritableTypeId typeId) {
      throw new UnsupportedOperationException("generated types are written whole");
    }
  }
}

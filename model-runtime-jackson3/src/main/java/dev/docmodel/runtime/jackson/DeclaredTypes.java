package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.docmodel.runtime.CollectionPage;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeIdResolver;
import tools.jackson.databind.jsontype.TypeResolverBuilder;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.Serializers;

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
      public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
          BeanDescription.Supplier description, JsonFormat.@Nullable Value format) {
        return module.serializer(type.getRawClass());
      }
    };
  }

  /** The readers of generated types and of collection pages of them (by their item type). */
  static Deserializers deserializers(GraphModule module) {
    return new Deserializers.Base() {
      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return valueType == CollectionPage.class || module.descriptor(valueType) != null;
      }

      @Override
      public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type,
          DeserializationConfig config, BeanDescription.Supplier description) {
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

    /**
     * A generated type is polymorphic through {@code @odata.type}, written by our own writers.
     * The six-argument {@code construct}, deprecated in jackson-annotations 2.23, is the one that
     * 2.20 (which a platform may still pin beside Jackson 3) has too.
     */
    @Override
    @SuppressWarnings("deprecation")
    public JsonTypeInfo.@Nullable Value findPolymorphicTypeInfo(MapperConfig<?> config,
        Annotated annotated) {
      return declared(annotated) == null ? null : JsonTypeInfo.Value.construct(
          JsonTypeInfo.Id.CUSTOM, JsonTypeInfo.As.PROPERTY, "@odata.type", null, false, null);
    }

    @Override
    public @Nullable Object findTypeResolverBuilder(MapperConfig<?> config, Annotated annotated) {
      TypeDescriptor<?> declared = declared(annotated);
      return declared == null ? null : new DeclaredTypeBuilder(declared);
    }

    private @Nullable TypeDescriptor<?> declared(Annotated annotated) {
      return annotated instanceof AnnotatedClass ac ? module.descriptor(ac.getRawType()) : null;
    }
  }

  private record DeclaredTypeBuilder(TypeDescriptor<?> declared)
      implements TypeResolverBuilder<DeclaredTypeBuilder> {
    @Override
    public @Nullable Class<?> getDefaultImpl() {
      return null;
    }

    @Override
    public TypeSerializer buildTypeSerializer(SerializationContext context, JavaType baseType,
        Collection<NamedType> subtypes) {
      return new Declared(declared);
    }

    @Override
    public @Nullable TypeDeserializer buildTypeDeserializer(DeserializationContext context,
        JavaType baseType, Collection<NamedType> subtypes) {
      return null; // the generated readers dispatch on @odata.type
    }

    @Override
    public DeclaredTypeBuilder init(JsonTypeInfo.@Nullable Value settings,
        @Nullable TypeIdResolver res) {
      return this;
    }

    @Override
    public DeclaredTypeBuilder withDefaultImpl(@Nullable Class<?> defaultImpl) {
      return this;
    }

    @Override
    public DeclaredTypeBuilder withSettings(JsonTypeInfo.@Nullable Value settings) {
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
    public TypeSerializer forProperty(SerializationContext context, BeanProperty prop) {
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
    public WritableTypeId writeTypePrefix(JsonGenerator g, SerializationContext context,
        WritableTypeId typeId) {
      throw new UnsupportedOperationException("generated types are written whole");
    }

    @Override
    public WritableTypeId writeTypeSuffix(JsonGenerator g, SerializationContext context,
        WritableTypeId typeId) {
      throw new UnsupportedOperationException("generated types are written whole");
    }
  }
}

package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeIdResolver;
import tools.jackson.databind.jsontype.TypeResolverBuilder;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The base of a generated {@code ModelModule}: an ObjectMapper reads and writes every generated type
 * through its generated reader and writer, and {@code CollectionPage<T>} of any of them
 * ({@code mapper.readValue(json, new TypeReference<CollectionPage<User>>() {})}). Where a type is
 * declared (a {@code List<DirectoryObject>} given to {@code writerFor}, a POJO's field), an
 * instance of a derived type is written with its {@code @odata.type}, as OData asks, so that it
 * reads back as what it is.
 */
public abstract class GraphModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private final ReadMode mode;
  private final transient Function<String, @Nullable TypeDescriptor<?>> resolver;
  private final transient Map<Class<?>, TypeDescriptor<?>> byClass = new HashMap<>();

  protected GraphModule(String name, ReadMode mode,
      Function<String, @Nullable TypeDescriptor<?>> resolver) {
    super(name);
    this.mode = mode;
    this.resolver = resolver;
  }

  /** Registers one generated type's reader and writer. */
  public final <T extends GraphObject> void register(TypeDescriptor<T> type) {
    byClass.put(type.type(), type);
    addSerializer(type.type(), new DescriptorSerializer<>(type.type()));
    addDeserializer(type.type(), new DescriptorDeserializer<>(type, resolver, mode));
  }

  /** The descriptor of a generated class, or null. */
  @Nullable TypeDescriptor<?> descriptor(Class<?> type) {
    return byClass.get(type);
  }

  @Override
  public void setupModule(SetupContext context) {
    addSerializer(new PageSerializer());
    super.setupModule(context);
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return valueType == CollectionPage.class;
      }

      @Override
      public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type,
          DeserializationConfig config, BeanDescription.Supplier description) {
        if (type.getRawClass() != CollectionPage.class) {
          return null;
        }
        TypeDescriptor<?> items = byClass.get(type.containedTypeOrUnknown(0).getRawClass());
        return items == null ? null : new PageDeserializer<>(items, resolver, mode);
      }
    });
    context.insertAnnotationIntrospector(new DeclaredTypes(this));
  }

  /** Reads a collection page of one generated item type. */
  private static final class PageDeserializer<T extends GraphObject>
      extends StdDeserializer<CollectionPage<T>> {
    private static final long serialVersionUID = 1L;
    private final transient TypeDescriptor<T> items;
    private final transient Function<String, @Nullable TypeDescriptor<?>> resolver;
    private final ReadMode mode;

    PageDeserializer(TypeDescriptor<T> items, Function<String, @Nullable TypeDescriptor<?>> resolver,
        ReadMode mode) {
      super(CollectionPage.class);
      this.items = items;
      this.resolver = resolver;
      this.mode = mode;
    }

    @Override
    public @Nullable CollectionPage<T> deserialize(JsonParser p, DeserializationContext ctxt) {
      return Pages.read(p, new ReadContext(mode, resolver), items);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class PageSerializer extends StdSerializer<CollectionPage> {
    private static final long serialVersionUID = 1L;

    PageSerializer() {
      super(CollectionPage.class);
    }

    @Override
    public void serialize(CollectionPage value, JsonGenerator g, SerializationContext provider) {
      Pages.write(g, value);
    }
  }

  /**
   * Tells Jackson that generated types carry their type in {@code @odata.type}, so that it hands
   * our writer the declared type ({@link Declared}); reading needs nothing of Jackson's: the
   * generated readers dispatch on {@code @odata.type} themselves.
   */
  private static final class DeclaredTypes extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;
    private final transient GraphModule module;

    DeclaredTypes(GraphModule module) {
      this.module = module;
    }

    /** A generated type is polymorphic through {@code @odata.type}, written by our own writers. */
    @Override
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

package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The base of a generated {@code ModelModule}: an ObjectMapper reads and writes every generated type
 * through its generated reader and writer, and {@code CollectionPage<T>} of any of them
 * ({@code mapper.readValue(json, new TypeReference<CollectionPage<User>>() {})}). Where a type is
 * declared (a {@code List<DirectoryObject>} given to {@code writerFor}, a POJO's field), an
 * instance of a derived type is written with its {@code @odata.type}, as OData asks, so that it
 * reads back as what it is. It also reads and writes the runtime's protocol values: {@code JsonValue},
 * {@code ODataError}, {@code BatchRequest} and {@code BatchResponse}, and {@code PatchBody}.
 */
public abstract class GraphModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private final ReadMode mode;
  private final transient Function<String, @Nullable TypeDescriptor<?>> resolver;
  private final transient Function<Class<?>, @Nullable TypeDescriptor<?>> byClass;
  private volatile boolean snapshotOnRead;

  /**
   * @param resolver the generated types by OData name ({@code ModelTypes::resolve})
   * @param byClass the generated types by class ({@code ModelTypes::descriptorOf}): looked up when
   *     Jackson first needs a type's serializer or deserializer, so that making the module
   *     initialises no serializer class (a whole model's would take most of a second)
   */
  protected GraphModule(String name, ReadMode mode,
      Function<String, @Nullable TypeDescriptor<?>> resolver,
      Function<Class<?>, @Nullable TypeDescriptor<?>> byClass) {
    super(name);
    this.mode = mode;
    this.resolver = resolver;
    this.byClass = byClass;
  }

  /**
   * Takes a snapshot of every object the mapper reads, so that writing {@code PatchBody.of(x)}
   * sends only what changed since the read (see {@link Changes}). Off by default: it costs a write
   * per object read.
   */
  public final GraphModule snapshotOnRead(boolean enabled) {
    this.snapshotOnRead = enabled;
    return this;
  }

  /** The context of one read through the mapper. */
  final ReadContext newReadContext() {
    ReadContext context = new ReadContext(mode, resolver);
    return snapshotOnRead ? context.snapshotOnRead() : context;
  }

  /** The descriptor of a generated class, or null. */
  @Nullable TypeDescriptor<?> descriptor(Class<?> type) {
    // Found by name: a class of that name from another class loader is not ours.
    TypeDescriptor<?> descriptor = byClass.apply(type);
    return descriptor != null && descriptor.type() == type ? descriptor : null;
  }

  /**
   * The writer of {@code type}: that of the nearest generated class it is or extends (a class a
   * user derived from a generated one writes as its base does), or null.
   */
  @Nullable JsonSerializer<?> serializer(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      TypeDescriptor<?> descriptor = descriptor(c);
      if (descriptor != null) {
        return new DescriptorSerializer<>(descriptor.type());
      }
    }
    return null;
  }

  /** The reader of exactly this generated class, or null. */
  @Nullable JsonDeserializer<?> deserializer(Class<?> type) {
    TypeDescriptor<?> descriptor = descriptor(type);
    return descriptor == null ? null : new DescriptorDeserializer<>(descriptor, this::newReadContext);
  }

  /** The reader of collection pages of {@code itemClass}, or null when it is not generated. */
  @Nullable PageDeserializer<?> pageDeserializer(Class<?> itemClass) {
    TypeDescriptor<?> items = descriptor(itemClass);
    return items == null ? null : new PageDeserializer<>(items, this::newReadContext);
  }

  @Override
  public void setupModule(SetupContext context) {
    addSerializer(new PageSerializer());
    ProtocolCodecs.addTo(this);
    super.setupModule(context);
    context.addSerializers(DeclaredTypes.serializers(this));
    context.addDeserializers(DeclaredTypes.deserializers(this));
    context.insertAnnotationIntrospector(DeclaredTypes.introspector(this));
  }

  /** Reads a collection page of one generated item type. */
  static final class PageDeserializer<T extends GraphObject>
      extends StdDeserializer<CollectionPage<T>> {
    private static final long serialVersionUID = 1L;
    private final transient TypeDescriptor<T> items;
    private final transient Supplier<ReadContext> contexts;

    PageDeserializer(TypeDescriptor<T> items, Supplier<ReadContext> contexts) {
      super(CollectionPage.class);
      this.items = items;
      this.contexts = contexts;
    }

    @Override
    public @Nullable CollectionPage<T> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return Pages.read(p, contexts.get(), items);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class PageSerializer extends StdSerializer<CollectionPage> {
    private static final long serialVersionUID = 1L;

    PageSerializer() {
      super(CollectionPage.class);
    }

    @Override
    public void serialize(CollectionPage value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      Pages.write(g, value);
    }
  }
}

package dev.docmodel.bench;

import dev.docmodel.generator.check.BindingFirstLoader;
import dev.docmodel.runtime.ReadMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Our serializers generated for Jackson 3 (generated-model-jackson3 on model-runtime-jackson3),
 * in the same JVM as the Jackson 2 ones: their classes have the same names, so they are loaded
 * from their own jars (embedded here) by a {@link BindingFirstLoader}, and called through method
 * handles held in static finals, which the JIT inlines as it would direct calls. Each operation
 * is the code a Jackson 3 user writes, as {@link Contenders}' ours is for Jackson 2.
 */
final class Jackson3Ours {
  /**
   * Jackson 3's factory set up as our text conveniences' and as Jackson 2's default: "/" written
   * unescaped, property names interned (Jackson 3 does not intern by default; the README gives
   * the figures without it). The limits use this factory too.
   */
  static final JsonFactory JSON = JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
  private static final String MODEL = "com.example.graph.";
  private static final String BINDING = "dev.docmodel.runtime.jackson.";
  /** (ReadMode) ReadContext, as Object. */
  private static final MethodHandle NEW_CONTEXT;
  /** (JsonParser, ReadContext) SynchronizationJob: GraphJson.readObject with the job type. */
  private static final MethodHandle READ_JOB;
  /** (JsonParser, ReadContext) CollectionPage: Pages.read with the job type. */
  private static final MethodHandle READ_PAGE;
  /** (JsonGenerator, GraphObject) void: GraphJson.writeObject. */
  private static final MethodHandle WRITE_JOB;
  /** (JsonGenerator, CollectionPage) void: Pages.write. */
  private static final MethodHandle WRITE_PAGE;

  static {
    try {
      ClassLoader loader = new BindingFirstLoader(new URL[] {
          extract("generated-model-jackson3.jar"), extract("model-runtime-jackson3.jar")},
          Jackson3Ours.class.getClassLoader(), List.of(MODEL, BINDING));
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> types = loader.loadClass(MODEL + "ModelTypes");
      Class<?> context = loader.loadClass(BINDING + "ReadContext");
      Class<?> descriptor = loader.loadClass(BINDING + "TypeDescriptor");
      Class<?> graphJson = loader.loadClass(BINDING + "GraphJson");
      Class<?> pages = loader.loadClass(BINDING + "Pages");
      Class<?> page = dev.docmodel.runtime.CollectionPage.class;
      Class<?> object = dev.docmodel.runtime.GraphObject.class;
      Object jobType = loader.loadClass(MODEL + "SynchronizationJobJson").getField("TYPE")
          .get(null);
      NEW_CONTEXT = lookup.findStatic(types, "newReadContext",
          MethodType.methodType(context, ReadMode.class)).asType(
              MethodType.methodType(Object.class, ReadMode.class));
      READ_JOB = MethodHandles.insertArguments(lookup.findStatic(graphJson, "readObject",
          MethodType.methodType(object, JsonParser.class, context, descriptor)), 2, jobType)
          .asType(MethodType.methodType(Object.class, JsonParser.class, Object.class));
      READ_PAGE = MethodHandles.insertArguments(lookup.findStatic(pages, "read",
          MethodType.methodType(page, JsonParser.class, context, descriptor)), 2, jobType)
          .asType(MethodType.methodType(Object.class, JsonParser.class, Object.class));
      WRITE_JOB = lookup.findStatic(graphJson, "writeObject",
          MethodType.methodType(void.class, JsonGenerator.class, object)).asType(
              MethodType.methodType(void.class, JsonGenerator.class, Object.class));
      WRITE_PAGE = lookup.findStatic(pages, "write",
          MethodType.methodType(void.class, JsonGenerator.class, page)).asType(
              MethodType.methodType(void.class, JsonGenerator.class, Object.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Jackson3Ours() {}

  private static URL extract(String jar) {
    try {
      Path file = BindingFirstLoader.extract(Jackson3Ours.class, "/jackson3/" + jar);
      file.toFile().deleteOnExit();
      return file.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object readJob(byte[] bytes) throws Throwable {
    try (JsonParser p = JSON.createParser(bytes)) {
      p.nextToken();
      return (Object) READ_JOB.invokeExact(p, (Object) NEW_CONTEXT.invokeExact(ReadMode.LENIENT));
    }
  }

  /** A page of jobs (a CollectionPage of the Jackson 3 model's class). */
  static dev.docmodel.runtime.CollectionPage<?> readPage(byte[] bytes) throws Throwable {
    try (JsonParser p = JSON.createParser(bytes)) {
      p.nextToken();
      return (dev.docmodel.runtime.CollectionPage<?>) (Object) READ_PAGE.invokeExact(p,
          (Object) NEW_CONTEXT.invokeExact(ReadMode.LENIENT));
    }
  }

  static int writeJob(Object job, ByteArrayOutputStream out) throws Throwable {
    out.reset();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      WRITE_JOB.invokeExact(g, job);
    }
    return out.size();
  }

  static int writePage(Object page, ByteArrayOutputStream out) throws Throwable {
    out.reset();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      WRITE_PAGE.invokeExact(g, page);
    }
    return out.size();
  }
}

package dev.docmodel.generator.check;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.JacksonVersion;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.ReadContext;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * A generated model compiled in-process with the running JDK's javac and loaded in a child class
 * loader, with a {@link RoundTrip} harness compiled beside it. A Jackson 2 model links against
 * the same runtime classes as this code, so payloads read through it are ordinary
 * {@code GraphObject}s here. A Jackson 3 model links against the Jackson 3 binding (embedded in
 * this jar, same class names as the Jackson 2 one), which its loader takes first; the runtime
 * core, Jackson 3 itself and {@link RoundTrip} come from here.
 */
public final class CompiledModel implements AutoCloseable {
  private static final String BINDING_PACKAGE = "dev.docmodel.runtime.jackson.";
  private static final String JACKSON3_BINDING = "model-runtime-jackson3.jar";

  private final URLClassLoader loader;
  private final JacksonVersion jackson;
  private final Class<?> registry;
  private final RoundTrip roundTrip;
  private final @Nullable Path extracted;

  private CompiledModel(URLClassLoader loader, JacksonVersion jackson, Class<?> registry,
      RoundTrip roundTrip, @Nullable Path extracted) {
    this.loader = loader;
    this.jackson = jackson;
    this.registry = registry;
    this.roundTrip = roundTrip;
    this.extracted = extracted;
  }

  /** A Jackson 2 model: see {@link #compile(List, String, Path, JacksonVersion)}. */
  public static CompiledModel compile(List<JavaFile> files, String basePackage, Path classes)
      throws IOException {
    return compile(files, basePackage, classes, JacksonVersion.JACKSON_2);
  }

  /**
   * Compiles {@code files} (generated for {@code jackson}) and the round-trip harness into
   * {@code classes} and loads them.
   *
   * @throws IOException when there is no compiler, or the code does not compile (with the first
   *     errors), or the registry cannot be loaded
   */
  public static CompiledModel compile(List<JavaFile> files, String basePackage, Path classes,
      JacksonVersion jackson) throws IOException {
    Path binding = jackson == JacksonVersion.JACKSON_3
        ? BindingFirstLoader.extract(CompiledModel.class, JACKSON3_BINDING) : null;
    List<JavaFile> all = new ArrayList<>(files);
    all.add(RoundTripHarness.emit(basePackage));
    List<Path> first = binding == null ? List.of() : List.of(binding);
    List<String> errors = compileTo(all, List.of(), first, classes);
    if (!errors.isEmpty()) {
      deleteIfPresent(binding);
      throw new IOException("the generated model does not compile: "
          + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
    }
    URLClassLoader loader = binding == null
        ? new URLClassLoader(new URL[] {classes.toUri().toURL()},
            CompiledModel.class.getClassLoader())
        : new BindingFirstLoader(new URL[] {classes.toUri().toURL(), binding.toUri().toURL()},
            CompiledModel.class.getClassLoader(), List.of(BINDING_PACKAGE));
    try {
      Class<?> registry = loader.loadClass(basePackage + ".ModelTypes");
      RoundTrip roundTrip = (RoundTrip) loader.loadClass(basePackage + "."
          + RoundTripHarness.SIMPLE_NAME).getConstructor().newInstance();
      return new CompiledModel(loader, jackson, registry, roundTrip, binding);
    } catch (ReflectiveOperationException | ClassCastException e) {
      loader.close();
      deleteIfPresent(binding);
      throw new IOException("cannot load the generated registry: " + e, e);
    }
  }

  /** Round trips through the compiled model's own binding. */
  public RoundTrip roundTrip() {
    return roundTrip;
  }

  private static void deleteIfPresent(@Nullable Path file) throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Compiles {@code files} into {@code classes} against this JVM's class path; returns the errors
   * as {@code file:line: message} (empty on success).
   *
   * @throws IOException when there is no compiler (a JRE, not a JDK)
   */
  public static List<String> compileTo(List<JavaFile> files, Path classes) throws IOException {
    return compileTo(files, List.of(), classes);
  }

  /**
   * Compiles {@code files} and the {@code extra} sources (code written against the model) into
   * {@code classes}, against this JVM's class path and {@code classes} itself (so that a model
   * compiled there before is found); returns the errors.
   */
  public static List<String> compileTo(List<JavaFile> files, List<JavaFileObject> extra,
      Path classes) throws IOException {
    return compileTo(files, extra, List.of(), classes);
  }

  /** As above, with {@code first} ahead of this JVM's class path (a binding to link against). */
  private static List<String> compileTo(List<JavaFile> files, List<JavaFileObject> extra,
      List<Path> first, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("no Java compiler: run on a JDK, not a JRE");
    }
    Files.createDirectories(classes);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> sources = new ArrayList<>();
    files.forEach(f -> sources.add(f.toJavaFileObject()));
    sources.addAll(extra);
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      manager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      StringBuilder classPath = new StringBuilder();
      first.forEach(jar -> classPath.append(jar).append(File.pathSeparator));
      classPath.append(System.getProperty("java.class.path")).append(File.pathSeparator)
          .append(classes);
      boolean ok = javac.getTask(null, manager, diagnostics, List.of("-classpath",
          classPath.toString(),
          "-proc:none", "-nowarn", "-Xlint:none"), null, sources).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add((d.getSource() == null ? "" : d.getSource().getName() + ":"
              + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT));
        }
      }
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed");
      }
      return errors;
    }
  }

  /** The generated type with this OData name ({@code #} and case ignored), or null. */
  public TypeDescriptor<?> resolve(String odataName) {
    return (TypeDescriptor<?>) invoke("resolve", String.class, odataName);
  }

  /** A read context of a Jackson 2 model (a Jackson 3 one's are of another class). */
  public ReadContext newReadContext(ReadMode mode) {
    return (ReadContext) invoke("newReadContext", ReadMode.class, mode);
  }

  /** A class of the compiled model ({@code x.operations.UserOperations}). */
  public Class<?> load(String className) throws ClassNotFoundException {
    return Class.forName(className, true, loader);
  }

  private Object invoke(String name, Class<?> parameter, Object argument) {
    if (jackson != JacksonVersion.JACKSON_2) {
      throw new IllegalStateException("only a Jackson 2 model shares the generator's runtime; "
          + "use roundTrip()");
    }
    try {
      return registry.getMethod(name, parameter).invoke(null, argument);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
    deleteIfPresent(extracted);
  }
}

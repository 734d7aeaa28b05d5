package dev.docmodel.generator.check;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.runtime.ReadContext;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.TypeDescriptor;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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

/**
 * A generated model compiled in-process with the running JDK's javac and loaded in a child class
 * loader: the generated classes link against the same runtime classes as this code, so payloads
 * read through it are ordinary {@code GraphObject}s here.
 */
public final class CompiledModel implements AutoCloseable {
  private final URLClassLoader loader;
  private final Method resolve;
  private final Method newReadContext;

  private CompiledModel(URLClassLoader loader, Class<?> registry) throws NoSuchMethodException {
    this.loader = loader;
    this.resolve = registry.getMethod("resolve", String.class);
    this.newReadContext = registry.getMethod("newReadContext", ReadMode.class);
  }

  /**
   * Compiles {@code files} into {@code classes} and loads {@code basePackage.ModelTypes}.
   *
   * @throws IOException when there is no compiler, or the code does not compile (with the first
   *     errors), or the registry cannot be loaded
   */
  public static CompiledModel compile(List<JavaFile> files, String basePackage, Path classes)
      throws IOException {
    List<String> errors = compileTo(files, classes);
    if (!errors.isEmpty()) {
      throw new IOException("the generated model does not compile: "
          + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        CompiledModel.class.getClassLoader());
    try {
      return new CompiledModel(loader, loader.loadClass(basePackage + ".ModelTypes"));
    } catch (ReflectiveOperationException e) {
      loader.close();
      throw new IOException("cannot load the generated registry: " + e, e);
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
      boolean ok = javac.getTask(null, manager, diagnostics, List.of("-classpath",
          System.getProperty("java.class.path") + java.io.File.pathSeparator + classes,
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
    return (TypeDescriptor<?>) invoke(resolve, odataName);
  }

  public ReadContext newReadContext(ReadMode mode) {
    return (ReadContext) invoke(newReadContext, mode);
  }

  private static Object invoke(Method method, Object argument) {
    try {
      return method.invoke(null, argument);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}

package dev.docmodel.generator;

import com.palantir.javapoet.JavaFile;
import java.io.File;
import java.io.IOException;
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
 * Compiles generated files with javac in-process, against the tests' class path (the runtime
 * included); returns the errors as {@code file:line: message}, empty on success. The compile
 * tests of the library use it; check-examples has its own compiler and loader (the cli module).
 */
public final class InMemoryCompiler {
  private InMemoryCompiler() {}

  public static List<String> compile(List<JavaFile> files, Path classes) throws IOException {
    return compile(files, List.of(), classes);
  }

  /** With {@code extra} sources (code written against the model) compiled alongside. */
  public static List<String> compile(List<JavaFile> files, List<JavaFileObject> extra,
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
      String classPath = System.getProperty("java.class.path") + File.pathSeparator + classes;
      boolean ok = javac.getTask(null, manager, diagnostics, List.of("-classpath", classPath,
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
}

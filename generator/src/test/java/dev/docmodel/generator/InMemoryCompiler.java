package dev.docmodel.generator;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
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

/** Compiles generated files with javac in-process; returns the error messages (empty on success). */
final class InMemoryCompiler {
  private InMemoryCompiler() {}

  static List<String> compile(List<JavaFile> files, Path classesDirectory) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Files.createDirectories(classesDirectory);
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : files) {
      sources.add(file.toJavaFileObject());
    }
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        java.nio.charset.StandardCharsets.UTF_8)) {
      manager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classesDirectory.toFile()));
      boolean ok = javac.getTask(null, manager, diagnostics,
          List.of("-classpath", TestPaths.classpath(), "-proc:none", "-Xlint:none", "-nowarn",
              "--release", "17"), null, sources).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add((d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber()
              + ": ") + d.getMessage(Locale.ROOT));
        }
      }
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed");
      }
      return errors;
    }
  }
}

package dev.docmodel.generator;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.check.CompiledModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Compiles generated files with javac in-process; returns the error messages (empty on success). */
final class InMemoryCompiler {
  private InMemoryCompiler() {}

  static List<String> compile(List<JavaFile> files, Path classesDirectory) throws IOException {
    return CompiledModel.compileTo(files, classesDirectory);
  }
}

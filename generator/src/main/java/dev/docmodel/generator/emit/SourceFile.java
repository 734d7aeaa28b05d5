package dev.docmodel.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.util.function.Supplier;

/**
 * One Java file to generate: named before it is emitted, and emitted on demand. JavaPoet's tree of
 * a file takes about eight times the memory of its text (110 MB for the 2021 Graph reference), so
 * keeping every file's tree until all are written made the garbage collector a quarter of the run;
 * the writer emits, renders and writes one file at a time instead.
 *
 * @param className the top-level class the file declares
 */
public record SourceFile(ClassName className, Supplier<JavaFile> emitter) {
  public String packageName() {
    return className.packageName();
  }

  public String typeName() {
    return className.simpleName();
  }

  /** Emits the file; the same file every time (emitters are pure). */
  public JavaFile emit() {
    JavaFile file = emitter.get();
    if (!file.packageName().equals(packageName()) || !file.typeSpec().name().equals(typeName())) {
      throw new IllegalStateException("planned " + className + " but emitted "
          + file.packageName() + "." + file.typeSpec().name());
    }
    return file;
  }
}

package dev.docmodel.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stage 3: the whole model to Java files, one emitter per kind of output. Pure: no I/O, and the
 * same model always gives the same files in the same order.
 */
public final class JavaEmitter {
  private JavaEmitter() {}

  public static List<JavaFile> emit(TypeModel model, String basePackage) {
    NamingPlan names = new NamingPlan(model, basePackage);
    PropertyTypes types = new PropertyTypes(model, names);
    ModelClassEmitter classes = new ModelClassEmitter(names, types);
    SerializerEmitter serializers = new SerializerEmitter(model, names, types);
    EnumEmitter enums = new EnumEmitter(names);
    // Emitters are pure and the naming plan is complete: types are emitted in parallel, in order.
    List<JavaFile> files = new ArrayList<>(model.structuredTypes().parallelStream()
        .flatMap(type -> Stream.of(classes.emit(type), serializers.emit(type))).toList());
    files.addAll(model.enumTypes().parallelStream().map(enums::emit).toList());
    files.add(new RegistryEmitter(names).emit(model));
    files.add(new ModuleEmitter(names).emit(model));
    return files;
  }
}

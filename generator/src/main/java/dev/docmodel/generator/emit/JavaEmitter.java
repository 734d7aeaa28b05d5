package dev.docmodel.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.JacksonVersion;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.api.NamePins;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stage 3: the whole model to Java files, one emitter per kind of output. Pure: no I/O, and the
 * same model always gives the same files in the same order.
 */
public final class JavaEmitter {
  private JavaEmitter() {}

  /**
   * The files of a model, named but not yet emitted, the names the plan had to adjust, and the
   * Java API they make up.
   *
   * @param adjustments a NAME_ADJUSTED diagnostic for each documented name that could not become
   *     its Java name unchanged
   * @param surface the API of the files, computed when first asked for (most runs never do)
   */
  public record Plan(List<SourceFile> files, List<Diagnostic> adjustments,
      Supplier<ApiSurface> surface) {}

  /** The Graph v1.0 reference's page URL, the default of {@code pageUrl}. */
  public static final String GRAPH_REFERENCE = Javadocs.GRAPH_REFERENCE;

  /**
   * How the files are written.
   *
   * @param basePackage the model's package
   * @param pageUrl the published URL of a docs page, linked from each type's javadoc:
   *     {@code {page}} is the page's file name without {@code .md}, {@code {path}} its path in the
   *     docs directory; empty: no links
   * @param jackson the Jackson API the serializers are written for
   */
  public record Settings(String basePackage, String pageUrl, JacksonVersion jackson) {}

  /**
   * The Java API that {@code model} gets under {@code pins}, named without planning any file: what
   * the docs alone give, compared with what a baseline keeps.
   */
  public static ApiSurface surface(TypeModel model, String basePackage, NamePins pins) {
    NamingPlan names = new NamingPlan(model, basePackage, pins);
    return SurfaceBuilder.of(model, names, new PropertyTypes(model, names));
  }

  /**
   * Every file the model gives, named but not yet emitted: the naming plan is complete, so each
   * file can then be emitted on its own, in any order or in parallel.
   *
   * @param pins the Java names a baseline keeps
   */
  public static Plan plan(TypeModel model, Settings settings, NamePins pins) {
    JsonApi json = JsonApi.of(settings.jackson());
    NamingPlan names = new NamingPlan(model, settings.basePackage(), pins);
    PropertyTypes types = new PropertyTypes(model, names);
    Javadocs javadocs = new Javadocs(model, settings.pageUrl());
    ModelClassEmitter classes = new ModelClassEmitter(names, types, javadocs);
    SerializerEmitter serializers = new SerializerEmitter(model, names, types, json);
    EnumEmitter enums = new EnumEmitter(names, javadocs);
    List<SourceFile> files = new ArrayList<>();
    // In name order, every kind of file mixed: the writer's threads each take a run of this list,
    // and a JIT that saw only classes in one run recompiles when the enums come.
    for (TypeDefinition type : model.types()) {
      if (type instanceof StructuredType s) {
        files.add(new SourceFile(names.modelClass(s.name()), () -> classes.emit(s)));
        files.add(new SourceFile(names.serializerClass(s.name()), () -> serializers.emit(s)));
      } else if (type instanceof EnumType e) {
        files.add(new SourceFile(names.modelClass(e.name()), () -> enums.emit(e)));
      }
    }
    OperationsEmitter descriptors = new OperationsEmitter(model, names, types, javadocs);
    FunctionCallEmitter calls = new FunctionCallEmitter(model, names, types, javadocs);
    OperationNames operationNames = new OperationNames(names);
    OperationsEmitter.byBinding(model).forEach((binding, operations) -> {
      files.add(new SourceFile(operationNames.descriptors(binding),
          () -> descriptors.emit(binding, operations)));
      operations.stream().filter(o -> o.isFunction() && !o.parameters().isEmpty())
          .forEach(o -> files.add(new SourceFile(operationNames.call(o), () -> calls.emit(o))));
    });
    files.add(new SourceFile(names.registry(), () -> new RegistryEmitter(names, json).emit(model)));
    files.add(new SourceFile(names.module(), () -> new ModuleEmitter(names, json).emit()));
    Supplier<ApiSurface> surface = memoized(() -> SurfaceBuilder.of(model, names, types));
    List<Diagnostic> adjustments = new ArrayList<>(names.adjustments());
    adjustments.addAll(OperationNames.adjustments(model));
    return new Plan(List.copyOf(files), List.copyOf(adjustments), surface);
  }

  private static <T> Supplier<T> memoized(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  /** Emits the planned files, in parallel, in their order. */
  public static List<JavaFile> emitAll(List<SourceFile> files) {
    return files.parallelStream().map(SourceFile::emit).toList();
  }

}

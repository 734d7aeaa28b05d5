package dev.docmodel.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * JSpecify nullness of the generated API, for Kotlin and NullAway users: every generated class is
 * {@code @NullMarked} (what is not annotated is never null), and whatever a JSON document can leave
 * null is {@code @Nullable}: a property's value (absent, null, or not readable as its type) and a
 * list's elements (a JSON array may hold null, or an element a lenient read could not type).
 */
final class Nullness {
  static final AnnotationSpec NULL_MARKED = AnnotationSpec.builder(NullMarked.class).build();
  static final AnnotationSpec NULLABLE = AnnotationSpec.builder(Nullable.class).build();
  private static final ClassName LIST = ClassName.get(List.class);

  private Nullness() {}

  /** {@code @Nullable T}; {@code @Nullable List<@Nullable T>} for a list; a primitive as it is. */
  static TypeName nullable(TypeName type) {
    if (type.isPrimitive()) {
      return type;
    }
    if (type instanceof ParameterizedTypeName p && p.rawType().equals(LIST)) {
      return ParameterizedTypeName.get(p.rawType(), p.typeArguments().get(0).annotated(NULLABLE))
          .annotated(NULLABLE);
    }
    return type.annotated(NULLABLE);
  }
}

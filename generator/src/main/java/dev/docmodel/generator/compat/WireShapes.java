package dev.docmodel.generator.compat;

import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeRef;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a property's value looks like in JSON, to tell whether a client built on one type still
 * reads and writes a value of another: a string stays a string whether the docs call it String,
 * an enum or a timestamp; numbers may widen but not narrow; an object may become a subtype or a
 * supertype of itself.
 */
final class WireShapes {
  private WireShapes() {}

  enum Shape { STRING, NUMBER, BOOLEAN, OBJECT, ANY }

  /** Integers and decimals by how much they hold; a wider one reads a narrower one's values. */
  private static final Map<Primitive, Integer> WIDTH = Map.ofEntries(
      Map.entry(Primitive.SBYTE, 1), Map.entry(Primitive.BYTE, 1), Map.entry(Primitive.INT16, 2),
      Map.entry(Primitive.INT32, 3), Map.entry(Primitive.INT64, 4), Map.entry(Primitive.SINGLE, 5),
      Map.entry(Primitive.DOUBLE, 6), Map.entry(Primitive.DECIMAL, 7));

  /**
   * Whether a client that knows a property as {@code from} (in {@code before}) reads and writes
   * the values of {@code to} (in {@code after}).
   */
  static boolean compatible(String from, boolean fromCollection, Side before, String to,
      boolean toCollection, Side after) {
    if (fromCollection != toCollection) {
      return false;
    }
    TypeRef a = ApiSurface.typeRef(from);
    TypeRef b = ApiSurface.typeRef(to);
    Shape sa = shape(a, before);
    Shape sb = shape(b, after);
    if (sa == Shape.ANY || sb == Shape.ANY) {
      return true;
    }
    if (sa != sb) {
      return false;
    }
    if (sa == Shape.NUMBER) {
      return width(b) >= width(a);
    }
    if (sa == Shape.OBJECT) {
      QualifiedName na = ((TypeRef.NamedRef) a).name();
      QualifiedName nb = ((TypeRef.NamedRef) b).name();
      return na.equals(nb) || ancestors(nb, after).contains(na) || ancestors(na, before).contains(nb)
          || ancestors(na, after).contains(nb);
    }
    return true;
  }

  static Shape shape(TypeRef ref, Side surface) {
    if (ref instanceof TypeRef.PrimitiveRef p) {
      return switch (p.primitive()) {
        case BOOLEAN -> Shape.BOOLEAN;
        case BYTE, SBYTE, INT16, INT32, INT64, SINGLE, DOUBLE, DECIMAL -> Shape.NUMBER;
        case UNTYPED, JSON -> Shape.ANY;
        default -> Shape.STRING;
      };
    }
    if (ref == null) {
      return Shape.ANY;
    }
    ApiSurface.Type type = surface.type(((TypeRef.NamedRef) ref).name());
    if (type == null) {
      return Shape.ANY;
    }
    return type.kind() == ApiSurface.Kind.ENUM ? Shape.STRING : Shape.OBJECT;
  }

  private static int width(TypeRef ref) {
    return WIDTH.getOrDefault(((TypeRef.PrimitiveRef) ref).primitive(), 0);
  }

  /** The bases of a type in a surface. */
  static Set<QualifiedName> ancestors(QualifiedName name, Side surface) {
    Set<QualifiedName> seen = new HashSet<>();
    ApiSurface.Type type = surface.type(name);
    while (type != null && type.base() != null && seen.add(type.base())) {
      type = surface.type(type.base());
    }
    return seen;
  }
}

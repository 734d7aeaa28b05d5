package dev.docmodel.runtime.jackson;

import dev.docmodel.runtime.BindingHooks;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ReadMode;
import org.jspecify.annotations.Nullable;

/**
 * The deprecated views a baseline keeps of a property the docs retyped: the current value seen as
 * the earlier type, converted through its JSON, and set from it. Generated code calls these; the
 * JSON value stays the one truth.
 */
public final class RetypedViews {
  private RetypedViews() {}

  /**
   * The value of a property seen through another type: the earlier type a baseline keeps as a
   * deprecated view when the docs retype a property. The current value is written as JSON and read
   * back as the other type; when the property holds a raw value instead (its JSON did not fit the
   * current type), that is read. Null when the value does not fit the view's type.
   *
   * @param writer writes the current value
   * @param reader reads the view's type
   */
  public static <A, B> @Nullable B view(GraphObject owner, String wireName, @Nullable A current,
      Values.Writer<? super A> writer, Values.Reader<B> reader) {
    JsonValue raw = owner.rawValue(wireName);
    if (current == null && raw == null) {
      return null;
    }
    try {
      String json = current != null ? text(current, writer) : raw.toString();
      return readFitting(json, reader).value();
    } catch (RuntimeException e) {
      if (Jackson.isJsonFailure(e)) {
        return null;
      }
      throw e;
    }
  }

  /**
   * Sets a property through a deprecated view of an earlier type: the value is converted to the
   * current type and set with {@code setter}; when it does not fit, the property is still set (to
   * null) and the value's JSON is kept as its raw value, written back as it is.
   */
  public static <A, B> void setThroughView(GraphObject owner, String wireName, @Nullable A value,
      Values.Writer<? super A> writer, Values.Reader<B> reader, java.util.function.Consumer<B> setter) {
    if (value == null) {
      setter.accept(null);
      return;
    }
    try {
      String json = text(value, writer);
      Fitting<B> converted = readFitting(json, reader);
      setter.accept(converted.value());
      if (converted.raw() != null) {
        BindingHooks.putRawValue(owner, wireName, converted.raw());
      }
    } catch (RuntimeException e) {
      if (Jackson.isJsonFailure(e)) {
        throw new IllegalArgumentException("cannot convert " + value + " for " + wireName, e);
      }
      throw e;
    }
  }

  private record Fitting<B>(@Nullable B value, @Nullable JsonValue raw) {}

  private static <A> String text(A value, Values.Writer<? super A> writer) {
    return Jackson.render(g -> writer.write(g, value));
  }

  private static <B> Fitting<B> readFitting(String json, Values.Reader<B> reader) {
    ReadContext ctx = new ReadContext(ReadMode.LENIENT, null);
    return Jackson.parse(json, p -> {
      B value = reader.read(p, ctx);
      return new Fitting<>(value, ctx.takeRaw());
    });
  }
}

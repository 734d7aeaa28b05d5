package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.docmodel.runtime.BindingHooks;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ReadMode;
import java.io.IOException;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;

/**
 * The deprecated views a baseline keeps of a property the docs retyped: the current value seen as
 * the earlier type, converted through its JSON, and set from it. Generated code calls these; the
 * JSON value stays the one truth.
 */
public final class RetypedViews {
  private static final JsonFactory FACTORY = new JsonFactory();

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
    } catch (IOException e) {
      return null;
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
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot convert " + value + " for " + wireName, e);
    }
  }

  private record Fitting<B>(@Nullable B value, @Nullable JsonValue raw) {}

  private static <A> String text(A value, Values.Writer<? super A> writer) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writer.write(g, value);
    }
    return out.toString();
  }

  private static <B> Fitting<B> readFitting(String json, Values.Reader<B> reader)
      throws IOException {
    ReadContext ctx = new ReadContext(ReadMode.LENIENT, null);
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      B value = reader.read(p, ctx);
      JsonValue raw = ctx.takeRaw();
      return new Fitting<>(value, raw);
    }
  }
}

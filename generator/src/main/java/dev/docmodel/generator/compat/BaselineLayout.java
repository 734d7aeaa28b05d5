package dev.docmodel.generator.compat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The baseline file's layout, for Jackson's generator: the document, its types and operations
 * arrays, each type and operation, and each one's properties, members or parameters array span
 * lines, indented by two spaces a level; every other value (a property, a member, a parameter, a
 * key) is written on one line, {@code {"name": "x", ...}}. So a baseline's diff in a review shows
 * one line per property, member or parameter changed.
 */
final class BaselineLayout implements PrettyPrinter {
  /** The arrays whose elements get a line each: the types and operations, and their items. */
  private static final Set<String> LINE_ARRAYS = Set.of("types", "properties", "members",
      "operations", "parameters");
  /** The arrays whose elements span lines themselves. */
  private static final Set<String> OBJECT_ARRAYS = Set.of("types", "operations");

  /** For each open container: whether it spans lines. */
  private final Deque<Boolean> multiline = new ArrayDeque<>();
  private int depth;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {}

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    // Called with the new object's context: the document, and each element of the types and
    // operations arrays, span lines.
    JsonStreamContext parent = g.getOutputContext().getParent();
    boolean lines = parent == null || parent.inRoot()
        || parent.inArray() && OBJECT_ARRAYS.contains(parent.getParent().getCurrentName());
    open(g, '{', lines);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    close(g, '}', entries);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separate(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    // Called with the new array's context: its name is its parent object's current field.
    String name = g.getOutputContext().getParent().getCurrentName();
    open(g, '[', Boolean.TRUE.equals(multiline.peek()) && LINE_ARRAYS.contains(name));
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    close(g, ']', values);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separate(g);
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newLineIfMultiline(g);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newLineIfMultiline(g);
  }

  private void open(JsonGenerator g, char bracket, boolean lines) throws IOException {
    g.writeRaw(bracket);
    multiline.push(lines);
    if (lines) {
      depth++;
    }
  }

  private void close(JsonGenerator g, char bracket, int entries) throws IOException {
    boolean lines = multiline.pop();
    if (lines) {
      depth--;
      if (entries > 0) {
        g.writeRaw('\n' + "  ".repeat(depth));
      }
    }
    g.writeRaw(bracket);
  }

  private void separate(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    if (Boolean.TRUE.equals(multiline.peek())) {
      g.writeRaw('\n' + "  ".repeat(depth));
    } else {
      g.writeRaw(' ');
    }
  }

  private void newLineIfMultiline(JsonGenerator g) throws IOException {
    if (Boolean.TRUE.equals(multiline.peek())) {
      g.writeRaw('\n' + "  ".repeat(depth));
    }
  }
}

package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.docmodel.runtime.BindingHooks;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.ReadNote;
import dev.docmodel.runtime.ReadProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * State of one read: the mode, how {@code @odata.type} names resolve to generated types, and the
 * hand-over of a raw value from a value reader to the object that owns the property.
 *
 * <p>Value readers return the typed value (or null) and, when the JSON does not fit or would not be
 * written back identically, leave the raw value here; generated code then calls {@link #keepRaw}
 * right after the setter. Not thread-safe: one context per read.
 */
public final class ReadContext {
  private final ReadMode mode;
  private final @Nullable Function<String, @Nullable TypeDescriptor<?>> resolver;
  private final List<ReadProblem> problems = new ArrayList<>();
  private @Nullable List<ReadNote> notes;
  private @Nullable JsonValue pendingRaw;
  private @Nullable List<ReadProblem> pendingProblems;
  private String pointerPrefix = "";
  /** How many objects are being read, nested: 0 outside any. */
  private int depth;
  private @Nullable JsonLocation locationOverride;
  private boolean snapshotOnRead;

  /**
   * @param mode lenient or strict
   * @param resolver maps an {@code @odata.type} name (without {@code #}) to a descriptor, or null
   */
  public ReadContext(ReadMode mode,
      @Nullable Function<String, @Nullable TypeDescriptor<?>> resolver) {
    this.mode = mode;
    this.resolver = resolver;
  }

  /**
   * Takes a snapshot of every object this context reads at the top level, so that
   * {@link Changes} writes only what changed since the read. Costs one write per object read.
   */
  public ReadContext snapshotOnRead() {
    this.snapshotOnRead = true;
    return this;
  }

  public ReadMode mode() {
    return mode;
  }

  /** Every problem met in this read, in order (lenient mode). */
  public List<ReadProblem> problems() {
    return List.copyOf(problems);
  }

  /**
   * What the payload holds that the model does not describe, though it is kept: properties the
   * type does not declare, enum values the enum does not list. Not errors; a docs checker reports
   * them.
   */
  public List<ReadNote> notes() {
    return notes == null ? List.of() : List.copyOf(notes);
  }

  void note(JsonParser parser, ReadNote.Kind kind, String detail) {
    if (notes == null) {
      notes = new ArrayList<>();
    }
    JsonLocation at = location(parser);
    notes.add(new ReadNote(kind, pointer(parser), at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(), detail));
  }

  @Nullable TypeDescriptor<?> resolve(@Nullable String odataType) {
    if (odataType == null || resolver == null) {
      return null;
    }
    String name = odataType.startsWith("#") ? odataType.substring(1) : odataType;
    return resolver.apply(name);
  }

  /**
   * An object starts: returns the number of problems so far when it is a root (no object encloses
   * it), else -1.
   */
  int enterObject() {
    return depth++ == 0 ? problems.size() : -1;
  }

  void exitObject() {
    depth--;
  }

  /**
   * An object was read: a root gets every problem of its read, its own and those of the objects
   * in it, in document order (each nested object keeps those of its own properties).
   *
   * @param from what {@link #enterObject} returned for it
   */
  <T extends GraphObject> T finishObject(T object, int from) {
    if (from >= 0 && problems.size() > from) {
      BindingHooks.replaceReadProblems(object, problems.subList(from, problems.size()));
    }
    if (from >= 0 && snapshotOnRead) {
      Changes.snapshot(object);
    }
    return object;
  }

  /**
   * The problems a value reader left pending where no object owns the value (an item of a
   * collection page), its raw value dropped: the caller records them where the user looks.
   */
  List<ReadProblem> takePending() {
    pendingRaw = null;
    List<ReadProblem> pending = pendingProblems == null ? List.of() : pendingProblems;
    pendingProblems = null;
    return pending;
  }

  /**
   * The object's {@code @odata.type} names a known type that is not the declared one nor derived
   * from it (a group read as a user): strict reading fails; lenient reading records the problem
   * and reads it as the declared type, every member kept.
   */
  void foreignType(JsonParser parser, GraphObject target, String odataType, String declared)
      throws IOException {
    String message = "@odata.type " + odataType + " is not " + declared + " nor derived from it";
    if (mode == ReadMode.STRICT) {
      throw new ModelReadException(message, pointer(parser), location(parser));
    }
    JsonLocation at = location(parser);
    ReadProblem problem = new ReadProblem(pointer(parser), at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(), message);
    problems.add(problem);
    BindingHooks.addReadProblem(target, problem);
  }

  /** Moves a raw value left by the last value reader onto {@code target}. */
  public void keepRaw(GraphObject target, String wireName) {
    if (pendingRaw != null) {
      BindingHooks.putRawValue(target, wireName, pendingRaw);
      pendingRaw = null;
    }
    if (pendingProblems != null) {
      for (ReadProblem problem : pendingProblems) {
        BindingHooks.addReadProblem(target, problem);
      }
      pendingProblems = null;
    }
  }

  /** Takes the raw value the last value reader left (problems stay pending for the owner). */
  @Nullable JsonValue takeRaw() {
    JsonValue raw = pendingRaw;
    pendingRaw = null;
    return raw;
  }

  /**
   * The current value does not fit {@code expected}: throws in strict mode; in lenient mode reads
   * the whole value as the raw value, records a problem, and returns null.
   */
  public <T> @Nullable T mismatch(JsonParser parser, String expected) throws IOException {
    String found = describe(parser);
    String pointer = pointer(parser);
    JsonLocation at = location(parser);
    if (mode == ReadMode.STRICT) {
      throw new ModelReadException("expected " + expected + " but found " + found, pointer, at);
    }
    pendingRaw = JsonTrees.read(parser);
    ReadProblem problem = new ReadProblem(pointer, at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(), "expected " + expected + " but found " + found);
    if (pendingProblems == null) {
      pendingProblems = new ArrayList<>(2);
    }
    pendingProblems.add(problem);
    problems.add(problem);
    return null;
  }

  /**
   * The object repeats member {@code name}: strict reading fails; lenient reading records the
   * problem and lets the last value win (as Jackson's databind does), dropping the earlier one's
   * raw value so the two cannot be mixed.
   */
  public void duplicate(JsonParser parser, GraphObject target, String name) throws IOException {
    // Written out, not shared with foreignType through a helper: every generated reader calls this
    // method, and with the shared helper the deepest payloads Jackson allows overflowed the
    // default stack (PayloadAttackTest, every run; likely a smaller method inlined into the
    // readers, each frame of the recursion then larger).
    String message = "member \"" + name + "\" appears twice; the last value wins";
    if (mode == ReadMode.STRICT) {
      throw new ModelReadException(message, pointer(parser), location(parser));
    }
    BindingHooks.removeRawValue(target, name);
    JsonLocation at = location(parser);
    ReadProblem problem = new ReadProblem(pointer(parser), at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(), message);
    problems.add(problem);
    BindingHooks.addReadProblem(target, problem);
  }

  /** The value parsed, but writing the typed value would change its text: keep the text. */
  void keepText(String text) {
    pendingRaw = JsonValue.of(text);
  }

  /** Keeps a raw value without a problem (an enum member the model does not list). */
  void keepNode(JsonValue node) {
    pendingRaw = node;
  }

  String pointer(JsonParser parser) {
    String local = parser.getParsingContext().pathAsPointer().toString();
    return pointerPrefix.isEmpty() ? local : pointerPrefix + local;
  }

  private @Nullable JsonLocation location(JsonParser parser) {
    return locationOverride != null ? locationOverride : parser.currentTokenLocation();
  }

  /** Reads from a buffered subtree: pointers get the subtree's prefix, locations its start. */
  <T> T withinSubtree(String prefix, @Nullable JsonLocation start, IoSupplier<T> body)
      throws IOException {
    String savedPrefix = pointerPrefix;
    JsonLocation savedLocation = locationOverride;
    pointerPrefix = prefix;
    locationOverride = start;
    try {
      return body.get();
    } finally {
      pointerPrefix = savedPrefix;
      locationOverride = savedLocation;
    }
  }

  @FunctionalInterface
  interface IoSupplier<T> {
    T get() throws IOException;
  }

  private static String describe(JsonParser parser) throws IOException {
    if (parser.currentToken() == null) {
      return "end of input";
    }
    return switch (parser.currentToken()) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "string \"" + abbreviate(parser.getText()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + abbreviate(parser.getText());
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> parser.currentToken().toString();
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}

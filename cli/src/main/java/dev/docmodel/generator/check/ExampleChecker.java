package dev.docmodel.generator.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.link.operation.RequestTyping;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.JsonBlock;
import dev.docmodel.generator.read.LenientJson;
import dev.docmodel.generator.read.Page;
import dev.docmodel.runtime.ReadNote;
import dev.docmodel.runtime.ReadProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Checks one docs example against the compiled model, as apidoctor checks docs examples, and then
 * some: the body is read into its typed class (polymorphic through {@code @odata.type}), written
 * back, and must be the same JSON tree; whatever the example holds that the model does not describe
 * is reported, with its location in the page.
 */
public final class ExampleChecker {
  private static final JsonFactory WRITER = new JsonFactory();
  /**
   * The primitive results read as typed values, in their {@code value} envelope; others (dates,
   * streams) are skipped, as their text is not kept as written.
   */
  private static final Map<String, Class<?>> PRIMITIVE_RESULTS = Map.of("string", String.class,
      "boolean", Boolean.class, "int32", Integer.class, "int64", Long.class,
      "double", Double.class);

  private final TypeModel model;
  private final ResultTypes resultTypes;
  private final CompiledModel compiled;
  private final Diagnostics disagreements;

  private final RequestTyping requests;

  /** @param requests what request bodies are typed as */
  public ExampleChecker(TypeModel model, CompiledModel compiled, RequestTyping requests,
      Diagnostics disagreements) {
    this.model = model;
    this.requests = requests;
    this.resultTypes = new ResultTypes(model);
    this.compiled = compiled;
    this.disagreements = disagreements;
  }

  /**
   * The outcome for one example, typed or not; disagreements go to the diagnostics given at
   * construction. An example without {@code @odata.type} is skipped with its reason, except a
   * response whose page's Response section names a documented type: it is checked as that type.
   */
  public ExampleOutcome check(Example example) {
    if (example.odataType() != null) {
      return checkTyped(example);
    }
    if (example.body().isBlank()) {
      return ExampleOutcome.skipped(example, "no body");
    }
    if (!example.kind().equals("response")) {
      return checkRequest(example);
    }
    Page.ResultLink result = example.result();
    StructuredType named = result == null ? null : resultTypes.find(result);
    if (named == null) {
      return ExampleOutcome.skipped(example, result == null
          ? "an untyped response whose page names no result"
          : "an untyped response whose page's result is no documented type ("
              + result.text() + ")");
    }
    return checkTyped(example.typedAs(named.name().toString(),
        example.collection() || result.collection()));
  }

  /**
   * An untyped request body, typed by its request line: an action's body, a create's entity, an
   * update's entity.
   */
  private ExampleOutcome checkRequest(Example example) {
    Page.RequestLine line = example.requestLine();
    if (line == null) {
      return ExampleOutcome.skipped(example, "a request without a request line");
    }
    RequestTyping.Typed typed = requests.type(line.method(), line.target(), example.page());
    if (typed.type() == null) {
      return ExampleOutcome.skipped(example, "an untyped request: " + typed.reason());
    }
    return checkTyped(example.typedAs(typed.type(), false));
  }

  private ExampleOutcome checkTyped(Example example) {
    String type = example.odataType();
    Class<?> primitive = PRIMITIVE_RESULTS.get(type.toLowerCase(Locale.ROOT).replace("edm.", ""));
    boolean documented = QualifiedName.parse(type, model.defaultNamespace()).flatMap(model::find)
        .filter(t -> !(t instanceof StructuredType s && s.placeholder())).isPresent();
    RoundTrip roundTrip = compiled.roundTrip();
    if (primitive == null && (!documented || !roundTrip.knows(type))) {
      return ExampleOutcome.skipped(example, isPrimitive(type)
          ? "a primitive, not a model type (" + type + ")"
          : type + " is not documented by the resource pages");
    }
    if (example.body().isBlank()) {
      return ExampleOutcome.skipped(example, "no body");
    }
    JsonBlock original;
    try {
      original = LenientJson.parse(example.body(), example.bodyLocation());
    } catch (LenientJson.Invalid e) {
      return ExampleOutcome.skipped(example, "not JSON (" + e.getMessage() + ")");
    }
    if (!original.root().isObject()) {
      return ExampleOutcome.skipped(example, "the body is a JSON " + original.root().getNodeType()
          .toString().toLowerCase(Locale.ROOT) + ", not an object");
    }
    if ((example.collection() || primitive != null) && !original.root().has("value")
        || example.collection() && !original.root().path("value").isArray()) {
      return ExampleOutcome.skipped(example, "a collection example without a value array");
    }
    RoundTrip.Result result;
    try {
      result = primitive != null
          ? roundTrip.runValues(primitive, strict(example.body()), example.collection())
          : roundTrip.run(type, strict(example.body()), example.collection());
    } catch (IOException | RuntimeException e) {
      return ExampleOutcome.failed(example, "reading or writing threw " + e, "");
    }
    report(example, original, result);
    if (!result.ofDeclaredType()) {
      return ExampleOutcome.failed(example, "read a value not of " + type, "");
    }
    return compare(example, original, result.written());
  }

  private static ExampleOutcome compare(Example example, JsonBlock original, String written) {
    JsonBlock back;
    try {
      back = LenientJson.parse(written, example.bodyLocation());
    } catch (LenientJson.Invalid e) {
      return ExampleOutcome.failed(example, "wrote invalid JSON: " + e.getMessage(), "");
    }
    String difference = JsonDiff.firstDifference(original.root(), back.root());
    return difference == null ? ExampleOutcome.passed(example)
        : ExampleOutcome.failed(example, "written JSON differs", difference);
  }

  /** {@code Edm.String}, {@code string}, {@code stream}: unqualified or Edm names. */
  private static boolean isPrimitive(String type) {
    return type.regionMatches(true, 0, "Edm.", 0, 4) || type.indexOf('.') < 0;
  }

  /**
   * The body as strict JSON, numbers exactly as written: the docs' comments and trailing commas
   * are read here, so that every binding reads the same text.
   */
  private static String strict(String body) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonParser p = LenientJson.createParser(body);
        JsonGenerator g = WRITER.createGenerator(out)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          g.writeNumber(p.getText());
        } else {
          g.copyCurrentEvent(p);
        }
      }
    }
    return out.toString();
  }

  private void report(Example example, JsonBlock original, RoundTrip.Result result) {
    for (ReadProblem problem : result.problems()) {
      disagreements.report(DiagnosticCode.EXAMPLE_VALUE_MISMATCH,
          at(original, problem.pointer(), example),
          example.odataType() + problem.pointer() + ": " + problem.message());
    }
    for (ReadNote note : result.notes()) {
      if (note.kind() == ReadNote.Kind.UNDECLARED_PROPERTY) {
        disagreements.report(DiagnosticCode.EXAMPLE_PROPERTY_UNDECLARED,
            at(original, note.pointer(), example), note.detail() + " is not declared by the model");
      } else {
        disagreements.report(DiagnosticCode.EXAMPLE_ENUM_VALUE_UNLISTED,
            at(original, note.pointer(), example),
            note.detail() + " at " + note.pointer() + " is not a documented member of its enum");
      }
    }
  }

  private static Location at(JsonBlock block, String pointer, Example example) {
    Location found = block.locationOf(pointer);
    return found != null ? found : example.bodyLocation();
  }
}

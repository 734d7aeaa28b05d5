package dev.docmodel.generator.diag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** All diagnostics as JSON: totals by severity and by code, then each one with its location. */
public final class DiagnosticReport {
  private DiagnosticReport() {}

  /** {@code "field": {"CODE": n, ...}} for the diagnostics given. */
  public static void writeCountsByCode(JsonGenerator g, String field, List<Diagnostic> diagnostics)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<DiagnosticCode, Integer> e : Diagnostics.countByCode(diagnostics).entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
  }

  public static String toJson(List<Diagnostic> diagnostics) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      for (Severity severity : Severity.values()) {
        g.writeNumberField(severity.label() + "s",
            diagnostics.stream().filter(d -> d.severity() == severity).count());
      }
      writeCountsByCode(g, "countsByCode", diagnostics);
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        g.writeStartObject();
        g.writeStringField("page", d.location().page());
        g.writeNumberField("line", d.location().line());
        g.writeNumberField("column", d.location().column());
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("code", d.code().name());
        g.writeStringField("message", d.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString() + "\n";
  }
}

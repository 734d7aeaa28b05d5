package dev.docmodel.generator.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticReport;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcomes of a check-examples run and the example-vs-model disagreements. */
public record CheckReport(List<ExampleOutcome> outcomes, List<Diagnostic> disagreements) {

  public long count(ExampleOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** {@code N passed, M failed, K skipped}. */
  public String summary() {
    return count(ExampleOutcome.Status.PASSED) + " passed, " + count(ExampleOutcome.Status.FAILED)
        + " failed, " + count(ExampleOutcome.Status.SKIPPED) + " skipped";
  }

  /** Skip reasons, grouped by their text before any parenthesis, with counts. */
  public Map<String, Integer> skipReasons() {
    Map<String, Integer> reasons = new TreeMap<>();
    for (ExampleOutcome o : outcomes) {
      if (o.status() == ExampleOutcome.Status.SKIPPED) {
        String reason = o.detail();
        int paren = reason.indexOf(" (");
        reason = paren < 0 ? reason : reason.substring(0, paren);
        if (reason.endsWith(" is not documented by the resource pages")) {
          reason = "the type is not documented by the resource pages";
        }
        reasons.merge(reason, 1, Integer::sum);
      }
    }
    return reasons;
  }

  public String toJson() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      for (ExampleOutcome.Status status : ExampleOutcome.Status.values()) {
        g.writeNumberField(status.name().toLowerCase(java.util.Locale.ROOT), count(status));
      }
      g.writeObjectFieldStart("skipReasons");
      for (Map.Entry<String, Integer> e : skipReasons().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      DiagnosticReport.writeCountsByCode(g, "disagreementsByCode", disagreements);
      g.writeArrayFieldStart("examples");
      for (ExampleOutcome o : outcomes) {
        g.writeStartObject();
        g.writeStringField("page", o.example().page());
        g.writeNumberField("line", o.example().bodyLocation().line());
        g.writeStringField("kind", o.example().kind());
        g.writeStringField("type", o.example().odataType());
        g.writeStringField("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
        if (!o.detail().isEmpty()) {
          g.writeStringField("detail", o.detail());
        }
        if (!o.pointer().isEmpty()) {
          g.writeStringField("pointer", o.pointer());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("disagreements");
      for (Diagnostic d : disagreements) {
        g.writeString(d.toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString() + "\n";
  }
}

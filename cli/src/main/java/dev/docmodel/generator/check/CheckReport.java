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
    return summary(outcomes);
  }

  /** The same for the request ({@code request}) or response ({@code response}) examples only. */
  public String summary(String kind) {
    return summary(outcomes.stream().filter(o -> o.example().kind().equals(kind)).toList());
  }

  /** How many examples of a kind ended so. */
  public long count(String kind, ExampleOutcome.Status status) {
    return outcomes.stream().filter(o -> o.example().kind().equals(kind))
        .filter(o -> o.status() == status).count();
  }

  private static String summary(List<ExampleOutcome> outcomes) {
    Map<ExampleOutcome.Status, Long> counts = new java.util.EnumMap<>(ExampleOutcome.Status.class);
    outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
    return counts.getOrDefault(ExampleOutcome.Status.PASSED, 0L) + " passed, "
        + counts.getOrDefault(ExampleOutcome.Status.FAILED, 0L) + " failed, "
        + counts.getOrDefault(ExampleOutcome.Status.SKIPPED, 0L) + " skipped";
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

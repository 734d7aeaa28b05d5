package dev.docmodel.generator.compat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.docmodel.generator.diag.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes between two versions of a model, for tools (JSON) and for release notes (Markdown),
 * and the one-line summary.
 *
 * @param stillKept elements an earlier baseline kept that the docs still leave out: kept again,
 *     and not reported again as changes
 */
public record ChangeReport(List<Change> changes, int stillKept) {
  public ChangeReport {
    changes = List.copyOf(changes);
  }

  public ChangeReport(List<Change> changes) {
    this(changes, 0);
  }

  public long breaking() {
    return changes.stream().filter(Change::breaking).count();
  }

  public long wireBreaking() {
    return changes.stream().filter(c -> c.wire() == Change.Compat.BREAKING).count();
  }

  public long javaBreaking() {
    return changes.stream().filter(c -> c.java() == Change.Compat.BREAKING).count();
  }

  /**
   * The breaking changes no baseline kept: what {@code --fail-on-breaking} fails on. A property the
   * docs dropped, kept deprecated, breaks nothing that compiled; its removal is still reported.
   */
  public long unkeptBreaking() {
    return changes.stream().filter(c -> c.breaking() && !c.kept()).count();
  }

  /** {@code N changes: B breaking (W wire, J java), C compatible[; K kept earlier, still kept]}. */
  public String summary() {
    return changes.size() + " changes: " + breaking() + " breaking (" + wireBreaking() + " wire, "
        + javaBreaking() + " java), " + (changes.size() - breaking()) + " compatible"
        + (stillKept == 0 ? "" : "; " + stillKept + " kept earlier, still kept");
  }

  /** The report for tools: the counts, then a {@code changes} array. */
  public String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("total", changes.size());
      g.writeNumberField("breaking", breaking());
      g.writeNumberField("wireBreaking", wireBreaking());
      g.writeNumberField("javaBreaking", javaBreaking());
      g.writeNumberField("kept", changes.stream().filter(Change::kept).count());
      g.writeNumberField("stillKept", stillKept);
      g.writeArrayFieldStart("changes");
      for (Change c : changes) {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().name());
        g.writeStringField("element", c.element());
        g.writeStringField("wire", c.wire().label());
        g.writeStringField("java", c.java().label());
        g.writeBooleanField("kept", c.kept());
        writeLocation(g, "old", c.old());
        writeLocation(g, "new", c.current());
        g.writeArrayFieldStart("javaSymbols");
        for (String symbol : c.javaSymbols()) {
          g.writeString(symbol);
        }
        g.writeEndArray();
        g.writeStringField("detail", c.detail());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void writeLocation(JsonGenerator g, String field, Location at)
      throws IOException {
    if (at == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, at.toString());
    }
  }

  /**
   * The changelog for release notes: breaking changes first, then compatible ones, grouped by what
   * changed, each line saying it in words and naming the Java API it touches.
   */
  public String toMarkdown(String title) {
    StringBuilder md = new StringBuilder("# ").append(title).append("\n\n").append(summary())
        .append(".\n");
    section(md, "Breaking changes", changes.stream().filter(Change::breaking).toList(),
        "Code or payloads built on the previous model may fail with these.");
    section(md, "Compatible changes", changes.stream().filter(c -> !c.breaking()).toList(),
        "Existing code and payloads keep working.");
    if (stillKept > 0) {
      md.append("\n").append(stillKept).append(stillKept == 1 ? " element" : " elements")
          .append(" an earlier baseline kept, deprecated, the docs still leave out; they stay"
              + " kept.\n");
    }
    return md.toString();
  }

  private static void section(StringBuilder md, String heading, List<Change> changes,
      String intro) {
    if (changes.isEmpty()) {
      return;
    }
    md.append("\n## ").append(heading).append("\n\n").append(intro).append('\n');
    Map<Change.Kind, List<Change>> byKind = new LinkedHashMap<>();
    for (Change.Kind kind : Change.Kind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    changes.forEach(c -> byKind.get(c.kind()).add(c));
    byKind.forEach((kind, group) -> {
      if (group.isEmpty()) {
        return;
      }
      md.append("\n### ").append(kind.heading()).append(" (").append(group.size()).append(")\n\n");
      group.forEach(c -> md.append("- ").append(line(c)).append('\n'));
    });
  }

  private static String line(Change c) {
    StringBuilder line = new StringBuilder("`").append(c.element()).append("`: ")
        .append(c.detail());
    List<String> impact = new ArrayList<>();
    if (c.wire() == Change.Compat.BREAKING) {
      impact.add("payloads change");
    }
    if (c.java() == Change.Compat.BREAKING) {
      impact.add("Java code must change");
    } else if (c.kept()) {
      impact.add("the old Java API is kept, deprecated");
    }
    if (!impact.isEmpty()) {
      line.append(" (").append(String.join("; ", impact)).append(")");
    }
    if (!c.javaSymbols().isEmpty()) {
      line.append(". Java: ");
      List<String> shown = c.javaSymbols().subList(0, Math.min(4, c.javaSymbols().size()));
      shown.forEach(s -> line.append('`').append(simple(s)).append("` "));
      if (c.javaSymbols().size() > shown.size()) {
        line.append("and ").append(c.javaSymbols().size() - shown.size()).append(" more");
      }
    }
    Location where = c.current() != null ? c.current() : c.old();
    if (where != null) {
      line.append(c.current() != null ? " (docs: " : " (was: ").append(where).append(')');
    }
    return line.toString().replace("  ", " ").replace(" (", " (").strip();
  }

  /** {@code com.example.graph.User#getMail()} → {@code User#getMail()}. */
  private static String simple(String symbol) {
    int hash = symbol.indexOf('#');
    String owner = hash < 0 ? symbol : symbol.substring(0, hash);
    String member = hash < 0 ? "" : symbol.substring(hash);
    return owner.substring(owner.lastIndexOf('.') + 1) + member.replaceAll("[\\w.]+\\.(\\w+)", "$1");
  }
}

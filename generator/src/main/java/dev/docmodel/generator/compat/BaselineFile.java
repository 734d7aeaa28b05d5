package dev.docmodel.generator.compat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The baseline file: the Java API a generation promised, as users commit it next to their docs.
 * JSON, sorted, one property or enum member per line, so that a code review reads it as the
 * model's API surface and its diff as the API change. {@link BaselineReader} reads it back.
 */
public final class BaselineFile {
  /** The format this generator writes and reads; another one is refused, never guessed at. */
  public static final String FORMAT = "docmodel-baseline/1";

  private static final JsonFactory JSON = new JsonFactory();

  private BaselineFile() {}

  /**
   * A baseline read back: its surface and its id, the first twelve hex digits of its content's
   * SHA-256 (what kept elements say they are kept since).
   */
  public record Baseline(ApiSurface surface, String id) {}

  /** What reading a baseline gave: the baseline, or the problems that refuse it. */
  public record Read(Baseline baseline, List<Diagnostic> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** The id of a baseline's bytes. */
  public static String id(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** The baseline of {@code surface}, as text. */
  public static String write(ApiSurface surface) {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"format\": ").append(string(FORMAT)).append(",\n  \"package\": ")
        .append(string(surface.basePackage())).append(",\n  \"types\": [");
    List<ApiSurface.Type> types = surface.types();
    for (int i = 0; i < types.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      type(out, types.get(i));
    }
    return out.append(types.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static void type(StringBuilder out, ApiSurface.Type type) {
    out.append("    {\n      \"name\": ").append(string(type.name().toString()))
        .append(",\n      \"kind\": ").append(string(type.kind().label()));
    if (type.base() != null) {
      out.append(",\n      \"base\": ").append(string(type.base().toString()));
    }
    if (!type.key().isEmpty()) {
      out.append(",\n      \"key\": ").append(compact(g -> {
        g.writeStartArray();
        for (String k : type.key()) {
          g.writeString(k);
        }
        g.writeEndArray();
      }));
    }
    flag(out, "abstract", type.isAbstract());
    flag(out, "open", type.open());
    flag(out, "flags", type.flags());
    out.append(",\n      \"class\": ").append(string(type.modelClass()));
    if (type.serializerClass() != null) {
      out.append(",\n      \"serializer\": ").append(string(type.serializerClass()));
    }
    out.append(",\n      \"at\": ").append(string(type.location().toString()));
    if (type.kept() != null) {
      out.append(",\n      \"keptSince\": ").append(string(type.kept()));
    }
    if (type.kind() == ApiSurface.Kind.ENUM) {
      lines(out, "members", type.members().stream().map(BaselineFile::member).toList());
    } else {
      lines(out, "properties", type.properties().stream().map(BaselineFile::property).toList());
    }
    out.append("\n    }");
  }

  private static void flag(StringBuilder out, String name, boolean value) {
    if (value) {
      out.append(",\n      \"").append(name).append("\": true");
    }
  }

  private static void lines(StringBuilder out, String field, List<String> lines) {
    out.append(",\n      \"").append(field).append("\": [");
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? "\n        " : ",\n        ").append(lines.get(i));
    }
    out.append(lines.isEmpty() ? "]" : "\n      ]");
  }

  private static String property(ApiSurface.Property p) {
    return compact(g -> {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("type", p.type());
      if (p.collection()) {
        g.writeBooleanField("collection", true);
      }
      if (p.navigation()) {
        g.writeBooleanField("navigation", true);
      }
      g.writeStringField("javaType", p.javaType());
      g.writeStringField("get", p.getter());
      g.writeStringField("set", p.setter());
      g.writeStringField("has", p.has());
      g.writeStringField("clear", p.clear());
      g.writeStringField("at", p.location().toString());
      if (p.kept() != null) {
        g.writeStringField("keptSince", p.kept());
      }
      if (p.legacy() != null) {
        ApiSurface.Legacy l = p.legacy();
        g.writeObjectFieldStart("legacy");
        g.writeStringField("type", l.type());
        if (l.collection()) {
          g.writeBooleanField("collection", true);
        }
        g.writeStringField("javaType", l.javaType());
        g.writeStringField("get", l.getter());
        g.writeStringField("set", l.setter());
        g.writeStringField("keptSince", l.since());
        g.writeEndObject();
      }
      g.writeEndObject();
    });
  }

  private static String member(ApiSurface.Member m) {
    return compact(g -> {
      g.writeStartObject();
      g.writeStringField("name", m.name());
      if (m.value() != null) {
        g.writeNumberField("value", m.value());
      }
      g.writeStringField("constant", m.constant());
      g.writeStringField("at", m.location().toString());
      if (m.kept() != null) {
        g.writeStringField("keptSince", m.kept());
      }
      g.writeEndObject();
    });
  }

  private static String string(String value) {
    return compact(g -> g.writeString(value));
  }

  @FunctionalInterface
  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  /** One JSON value on one line: {@code {"name": "x", "type": "Edm.String"}}. */
  private static String compact(Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      DefaultPrettyPrinter oneLine = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEntrySpacing(Separators.Spacing.AFTER)
          .withArrayValueSpacing(Separators.Spacing.AFTER));
      oneLine.indentObjectsWith(DefaultPrettyPrinter.NopIndenter.instance);
      oneLine.indentArraysWith(DefaultPrettyPrinter.NopIndenter.instance);
      g.setPrettyPrinter(oneLine);
      writing.to(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

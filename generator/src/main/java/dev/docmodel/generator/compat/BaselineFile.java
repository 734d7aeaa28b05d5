package dev.docmodel.generator.compat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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

  /** The baseline of {@code surface}, as text (laid out by {@link BaselineLayout}). */
  public static String write(ApiSurface surface) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new BaselineLayout());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("package", surface.basePackage());
      g.writeArrayFieldStart("types");
      for (ApiSurface.Type type : surface.types()) {
        type(g, type);
      }
      g.writeEndArray();
      if (!surface.operations().isEmpty()) {
        g.writeArrayFieldStart("operations");
        for (ApiSurface.Operation operation : surface.operations()) {
          BaselineOperations.write(g, operation);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void type(JsonGenerator g, ApiSurface.Type type) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", type.name().toString());
    g.writeStringField("kind", type.kind().label());
    if (type.base() != null) {
      g.writeStringField("base", type.base().toString());
    }
    if (!type.key().isEmpty()) {
      g.writeArrayFieldStart("key");
      for (String k : type.key()) {
        g.writeString(k);
      }
      g.writeEndArray();
    }
    flag(g, "abstract", type.isAbstract());
    flag(g, "open", type.open());
    flag(g, "flags", type.flags());
    g.writeStringField("class", type.modelClass());
    if (type.serializerClass() != null) {
      g.writeStringField("serializer", type.serializerClass());
    }
    if (type.kept() != null) {
      g.writeStringField("keptSince", type.kept());
    }
    if (type.kind() == ApiSurface.Kind.ENUM) {
      g.writeArrayFieldStart("members");
      for (ApiSurface.Member member : type.members()) {
        member(g, member);
      }
    } else {
      g.writeArrayFieldStart("properties");
      for (ApiSurface.Property property : type.properties()) {
        property(g, property);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void flag(JsonGenerator g, String name, boolean value) throws IOException {
    if (value) {
      g.writeBooleanField(name, true);
    }
  }

  private static void property(JsonGenerator g, ApiSurface.Property p) throws IOException {
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
    if (p.kept() != null) {
      g.writeStringField("keptSince", p.kept());
    }
    if (p.legacy() != null) {
      legacy(g, p.legacy());
    }
    g.writeEndObject();
  }

  private static void legacy(JsonGenerator g, ApiSurface.Legacy l) throws IOException {
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

  private static void member(JsonGenerator g, ApiSurface.Member m) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    if (m.value() != null) {
      g.writeNumberField("value", m.value());
    }
    g.writeStringField("constant", m.constant());
    if (m.kept() != null) {
      g.writeStringField("keptSince", m.kept());
    }
    g.writeEndObject();
  }
}

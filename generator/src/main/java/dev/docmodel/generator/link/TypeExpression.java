package dev.docmodel.generator.link;

import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.read.Page;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a Type cell says, before names are resolved: a primitive, or the name of a type (possibly
 * qualified), and whether it is a collection. Understands the forms authors use: {@code String},
 * {@code Edm.Int32}, {@code [x](x.md) collection}, {@code Collection(String)}, {@code x[]},
 * {@code [identitySet][]}, "string, maximum size 20", "string (url)" and so on.
 *
 * @param primitive the primitive named, or null when {@code typeName} is set
 * @param typeName the (unresolved) type name, or null
 * @param linkDestination the target of the link the name came from, or null
 * @param saysEnum the cell calls the type an enum ("String (enum)")
 */
public record TypeExpression(Primitive primitive, String typeName, String linkDestination,
    boolean collection, boolean saysEnum) {

  private static final Map<String, Primitive> PRIMITIVES = Map.ofEntries(
      Map.entry("string", Primitive.STRING),
      Map.entry("str", Primitive.STRING),
      Map.entry("url", Primitive.STRING),
      Map.entry("uri", Primitive.STRING),
      Map.entry("boolean", Primitive.BOOLEAN),
      Map.entry("bool", Primitive.BOOLEAN),
      Map.entry("int32", Primitive.INT32),
      Map.entry("int", Primitive.INT32),
      Map.entry("integer", Primitive.INT32),
      Map.entry("int64", Primitive.INT64),
      Map.entry("long", Primitive.INT64),
      Map.entry("int16", Primitive.INT16),
      Map.entry("short", Primitive.INT16),
      Map.entry("byte", Primitive.BYTE),
      Map.entry("sbyte", Primitive.SBYTE),
      Map.entry("single", Primitive.SINGLE),
      Map.entry("float", Primitive.SINGLE),
      Map.entry("double", Primitive.DOUBLE),
      Map.entry("number", Primitive.DOUBLE),
      Map.entry("numeric", Primitive.DOUBLE),
      Map.entry("decimal", Primitive.DECIMAL),
      Map.entry("datetimeoffset", Primitive.DATE_TIME_OFFSET),
      Map.entry("datetime", Primitive.DATE_TIME_OFFSET),
      Map.entry("timestamp", Primitive.DATE_TIME_OFFSET),
      Map.entry("date", Primitive.DATE),
      Map.entry("timeofday", Primitive.TIME_OF_DAY),
      Map.entry("time", Primitive.TIME_OF_DAY),
      Map.entry("duration", Primitive.DURATION),
      Map.entry("timespan", Primitive.DURATION),
      Map.entry("guid", Primitive.GUID),
      Map.entry("uuid", Primitive.GUID),
      Map.entry("binary", Primitive.BINARY),
      Map.entry("base64", Primitive.BINARY),
      Map.entry("base64binary", Primitive.BINARY),
      Map.entry("stream", Primitive.STREAM),
      Map.entry("json", Primitive.JSON),
      Map.entry("untyped", Primitive.UNTYPED),
      Map.entry("object", Primitive.UNTYPED));

  /** Parses a Type cell; returns null when nothing usable is in it. */
  public static TypeExpression parse(Page.Cell cell) {
    String text = cell.text().strip();
    if (text.isEmpty()) {
      return null;
    }
    Page.Link link = cell.links().isEmpty() ? null : cell.links().get(0);
    String lower = text.toLowerCase(Locale.ROOT);
    boolean collection = false;
    boolean saysEnum = lower.contains("enum");
    String core = text;
    if (lower.startsWith("collection(") && lower.contains(")")) {
      collection = true;
      core = text.substring("collection(".length(), text.indexOf(')'));
    } else {
      String stripped = stripCollectionWords(core);
      collection = !stripped.equals(core.strip());
      core = stripped;
    }
    if (link != null && !link.text().isBlank()) {
      String linked = cleanName(link.text());
      Primitive p = primitive(linked);
      if (p != null) {
        return new TypeExpression(p, null, null, collection, saysEnum);
      }
      if (!linked.isEmpty()) {
        return new TypeExpression(null, linked, link.destination(), collection, saysEnum);
      }
    }
    String name = cleanName(firstTerm(core));
    if (name.isEmpty()) {
      return null;
    }
    Primitive p = primitive(name);
    if (p != null) {
      return new TypeExpression(p, null, null, collection, saysEnum);
    }
    return new TypeExpression(null, name, null, collection, saysEnum);
  }

  /** The primitive a name denotes ({@code Edm.} prefix and case ignored), or null. */
  public static Primitive primitive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith("edm.")) {
      n = n.substring(4);
    }
    return PRIMITIVES.get(n);
  }

  private static String stripCollectionWords(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    for (String suffix : List.of(" collection", " array", "[]", " list")) {
      if (lower.endsWith(suffix)) {
        return t.substring(0, t.length() - suffix.length()).strip();
      }
    }
    if (lower.startsWith("collection of ")) {
      return t.substring("collection of ".length()).strip();
    }
    if (lower.contains(" collection")) {
      return t.substring(0, lower.indexOf(" collection")).strip();
    }
    return t;
  }

  /** "string, maximum size 20", "string (url)" and "string/number" name their type first. */
  private static String firstTerm(String text) {
    String t = text.strip();
    int end = t.length();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '(' || c == ' ' || c == ';' || c == '/') {
        end = i;
        break;
      }
    }
    return t.substring(0, end);
  }

  /** Keeps the characters a type name can hold: drops brackets, emphasis and stray punctuation. */
  public static String cleanName(String text) {
    String t = text.strip();
    if (t.startsWith("[") && t.contains("]")) {
      t = t.substring(1, t.indexOf(']'));
    }
    StringBuilder sb = new StringBuilder();
    for (char c : t.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
        sb.append(c);
      } else if (sb.length() > 0 && (c == ' ' || c == ',' || c == '(')) {
        break;
      }
    }
    String name = sb.toString();
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    return name;
  }
}

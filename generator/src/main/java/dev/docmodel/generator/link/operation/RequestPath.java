package dev.docmodel.generator.link.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A documented request target split into segments: {@code /users/{id}/reminderView(startDateTime=
 * {startDateTime},endDateTime={endDateTime})} → {@code users}, key, {@code reminderView} with two
 * arguments. The host and version, the query, and drive paths ({@code root:/a/b.txt:}) are
 * dropped; a key in parentheses ({@code users('id')}) becomes a key segment of its own.
 */
record RequestPath(List<Segment> segments) {
  /** Longer paths are not paths the docs write; nothing is read from them. */
  private static final int MAX_SEGMENTS = 64;

  /**
   * One segment.
   *
   * @param name the name, or the key's text for a key
   * @param key a key: {@code {id}}, {@code 'literal'}, a number or a GUID
   * @param call written with parentheses that hold parameters or nothing ({@code delta()})
   * @param arguments the parameter names inside the parentheses, in order
   */
  record Segment(String name, boolean key, boolean call, List<String> arguments) {
    /** {@code $value}, {@code $ref}, {@code $count}: a view of what the path reached. */
    boolean system() {
      return name.startsWith("$");
    }

    /** The name without a namespace ({@code microsoft.graph.delta} → {@code delta}). */
    String simpleName() {
      return name.substring(name.lastIndexOf('.') + 1);
    }

    boolean qualified() {
      return name.indexOf('.') > 0;
    }
  }

  static RequestPath parse(String target) {
    String t = target.strip();
    int scheme = t.indexOf("://");
    if (scheme >= 0) {
      int slash = t.indexOf('/', scheme + 3);
      t = slash < 0 ? "" : t.substring(slash);
      t = dropVersion(t);
    }
    t = cut(t, '?');
    t = cut(t, '#');
    List<String> raw = split(t.replaceAll(":/[^:]*:?", "/"));
    List<Segment> segments = new ArrayList<>();
    for (String part : raw) {
      if (segments.size() >= MAX_SEGMENTS) {
        return new RequestPath(List.of());
      }
      if (!part.isBlank()) {
        addSegment(part.strip(), segments);
      }
    }
    return new RequestPath(List.copyOf(segments));
  }

  private static String dropVersion(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    for (String version : List.of("/v1.0", "/beta")) {
      if (lower.startsWith(version + "/") || lower.equals(version)) {
        return path.substring(version.length());
      }
    }
    return path;
  }

  /** The text before {@code c} outside braces and parentheses, or all of it. */
  private static String cut(String text, char c) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '{' || ch == '(') {
        depth++;
      } else if ((ch == '}' || ch == ')') && depth > 0) {
        depth--;
      } else if (ch == c && depth == 0) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  /** Splits at slashes outside braces, parentheses and quotes. */
  private static List<String> split(String path) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < path.length(); i++) {
      char ch = path.charAt(i);
      if (ch == '\'') {
        quoted = !quoted;
      } else if (!quoted && (ch == '{' || ch == '(')) {
        depth++;
      } else if (!quoted && (ch == '}' || ch == ')') && depth > 0) {
        depth--;
      } else if (!quoted && depth == 0 && ch == '/') {
        parts.add(path.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(path.substring(start));
    return parts;
  }

  private static void addSegment(String part, List<Segment> into) {
    if (isKey(part)) {
      into.add(new Segment(part, true, false, List.of()));
      return;
    }
    int open = part.indexOf('(');
    if (open <= 0 || !part.endsWith(")")) {
      into.add(new Segment(part, false, false, List.of()));
      return;
    }
    String name = part.substring(0, open).strip();
    String inside = part.substring(open + 1, part.length() - 1).strip();
    if (!inside.isEmpty() && !inside.contains("=")) {
      // users('id'), items({id}): the entity's key in parentheses.
      into.add(new Segment(name, false, false, List.of()));
      into.add(new Segment(inside, true, false, List.of()));
      return;
    }
    List<String> arguments = new ArrayList<>();
    for (String argument : splitArguments(inside)) {
      int eq = argument.indexOf('=');
      if (eq > 0) {
        arguments.add(argument.substring(0, eq).strip());
      }
    }
    into.add(new Segment(name, false, true, List.copyOf(arguments)));
  }

  private static List<String> splitArguments(String inside) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < inside.length(); i++) {
      char ch = inside.charAt(i);
      if (ch == '\'') {
        quoted = !quoted;
      } else if (!quoted && (ch == '{' || ch == '(')) {
        depth++;
      } else if (!quoted && (ch == '}' || ch == ')') && depth > 0) {
        depth--;
      } else if (!quoted && depth == 0 && ch == ',') {
        parts.add(inside.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(inside.substring(start));
    return parts;
  }

  /** {@code {id}}, {@code {id | userPrincipalName}}, {@code 'name'}, digits, a GUID. */
  private static boolean isKey(String part) {
    char first = part.charAt(0);
    return first == '{' || first == '\'' || first == '<' || GUID.matcher(part).matches()
        || Character.isDigit(first) && part.matches("[0-9a-fA-F-]+");
  }

  private static final java.util.regex.Pattern GUID = java.util.regex.Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
}

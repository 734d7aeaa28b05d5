package dev.docmodel.generator.read;

import dev.docmodel.generator.diag.Location;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The request lines of an HTTP request block: {@code METHOD target}, one per line. */
final class RequestLines {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  /** Longer lines are not request lines the docs write; they end up in no path template. */
  private static final int MAX_TARGET = 2048;

  private RequestLines() {}

  /** Adds each request line of {@code literal}, whose first line is at {@code first}. */
  static void read(String literal, Location first, List<Page.RequestLine> into) {
    String[] lines = literal.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String stripped = line.strip();
      int space = stripped.indexOf(' ');
      if (space < 0) {
        continue;
      }
      String method = stripped.substring(0, space);
      String target = stripped.substring(space + 1).strip();
      if (!METHODS.contains(method.toUpperCase(Locale.ROOT)) || target.isEmpty()
          || target.length() > MAX_TARGET || target.indexOf(' ') >= 0 && !target.contains("{")) {
        continue;
      }
      int column = line.indexOf(stripped) + 1;
      into.add(new Page.RequestLine(method.toUpperCase(Locale.ROOT), target,
          new Location(first.page(), first.line() + i, column)));
    }
  }
}

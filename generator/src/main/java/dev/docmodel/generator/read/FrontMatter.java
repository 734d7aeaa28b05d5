package dev.docmodel.generator.read;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * YAML front matter ({@code ---} ... {@code ---} at the top of a page). Its simple
 * {@code key: value} lines are collected; the block is replaced by blank lines so that commonmark
 * neither reads it as a heading nor shifts the line numbers of what follows.
 */
final class FrontMatter {
  private FrontMatter() {}

  static String blankOut(String text, Map<String, String> into) {
    if (!text.startsWith("---")) {
      return text;
    }
    // Only the block itself is looked at: the page after it is kept as one piece.
    Map<String, String> found = new LinkedHashMap<>();
    int start = 0;
    for (int index = 0; start <= text.length(); index++) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end < 0 ? text.length() : end);
      String content = line.strip();
      if (index == 0 ? !content.equals("---") : content.equals("---")) {
        if (index == 0) {
          return text;
        }
        into.putAll(found);
        // Lines 0..index become empty; each keeps its line break, so line numbers stay.
        return end < 0 ? "\n".repeat(index) : "\n".repeat(index + 1) + text.substring(end + 1);
      }
      if (index > 0) {
        keyValue(line, found);
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return text;
  }

  private static void keyValue(String line, Map<String, String> into) {
    int colon = line.indexOf(':');
    if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
      String value = line.substring(colon + 1).strip();
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
          || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      }
      into.putIfAbsent(line.substring(0, colon).strip(), value);
    }
  }
}

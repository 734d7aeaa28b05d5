package dev.docmodel.generator.read;

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
    String[] lines = text.split("\n", -1);
    if (!lines[0].strip().equals("---")) {
      return text;
    }
    int end = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return text;
    }
    for (int i = 1; i < end; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && !Character.isWhitespace(lines[i].charAt(0))) {
        String value = lines[i].substring(colon + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
          value = value.substring(1, value.length() - 1);
        }
        into.putIfAbsent(lines[i].substring(0, colon).strip(), value);
      }
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > end) {
        sb.append(lines[i]);
      }
      if (i < lines.length - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}

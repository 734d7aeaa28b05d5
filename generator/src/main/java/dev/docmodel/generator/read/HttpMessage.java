package dev.docmodel.generator.read;

import java.util.Arrays;

/**
 * The body of an HTTP request or response as the docs write it in a code block: an optional start
 * line ({@code HTTP/1.1 200 OK}, {@code PATCH https://...}) and headers, a blank line, the body.
 *
 * @param body the body text
 * @param skippedLines the lines before the body
 */
public record HttpMessage(String body, int skippedLines) {

  public static HttpMessage of(String literal) {
    String[] lines = literal.split("\n", -1);
    int start = 0;
    while (start < lines.length && lines[start].isBlank()) {
      start++;
    }
    if (start < lines.length && looksLikeStartLine(lines[start])) {
      start++;
      while (start < lines.length && !lines[start].isBlank()) {
        start++;
      }
    }
    while (start < lines.length && lines[start].isBlank()) {
      start++;
    }
    return new HttpMessage(String.join("\n", Arrays.copyOfRange(lines, start, lines.length)),
        start);
  }

  private static boolean looksLikeStartLine(String line) {
    String t = line.strip();
    return t.matches("^HTTP(/\\S+)?\\s+\\d{3}\\b.*")
        || t.matches("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) .*");
  }
}

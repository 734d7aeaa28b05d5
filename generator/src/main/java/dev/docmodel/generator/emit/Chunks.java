package dev.docmodel.generator.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * Code handed to JavaPoet as pre-rendered text. JavaPoet renders each file twice and splits every
 * chunk of a code block into lines; text built here in one piece renders faster than the same
 * code assembled from many format arguments, and comes out the same.
 */
final class Chunks {
  private Chunks() {}

  /** Text JavaPoet emits as it is (no format characters are interpreted in it). */
  static CodeBlock text(String text) {
    return CodeBlock.of("$L", text);
  }

  /**
   * {@code text} as a Java string literal, spelled as JavaPoet's {@code $S} spells it. A line
   * break is written {@code \n} on one line, where JavaPoet would split the literal over lines
   * (wire names never hold one).
   */
  static String stringLiteral(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\f' -> sb.append("\\f");
        case '\r' -> sb.append("\\r");
        default -> {
          if (Character.isISOControl(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}

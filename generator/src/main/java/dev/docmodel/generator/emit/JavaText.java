package dev.docmodel.generator.emit;

/**
 * Makes docs text safe inside Java comments. Unicode escapes are decoded by javac even in comments,
 * so a backslash never reaches the output unescaped; comment terminators and javadoc tags are
 * neutralised; HTML is escaped so that the text shows as written.
 */
final class JavaText {
  private JavaText() {}

  static String javadoc(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    if (!needsEscaping(text)) {
      return text.strip() + "\n"; // most descriptions: nothing to neutralise
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("&#92;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '@' -> sb.append("&#64;");
        case '*' -> sb.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
        case '/' -> sb.append(i + 1 < text.length() && text.charAt(i + 1) == '*' ? "&#47;" : "/");
        case '{' -> sb.append("&#123;");
        case '}' -> sb.append("&#125;");
        case '\r', '\u2028', '\u2029' -> sb.append(' ');
        default -> sb.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
      }
    }
    return sb.toString().strip() + "\n";
  }

  private static boolean needsEscaping(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '<' || c == '>' || c == '&' || c == '@' || c == '*' || c == '/'
          || c == '{' || c == '}' || c == '\r' || c == '\u2028' || c == '\u2029'
          || (Character.isISOControl(c) && c != '\n')) {
        return true;
      }
    }
    return false;
  }

  /** A single line for a {@code //} file comment. */
  static String lineComment(String text) {
    return javadoc(text).replace('\n', ' ').strip();
  }
}

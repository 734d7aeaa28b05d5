package dev.docmodel.generator.emit;

/**
 * Makes plain text safe inside Java comments (the docs' Markdown goes through
 * {@link MarkdownJavadoc}). Unicode escapes are decoded by javac even in comments, so a backslash
 * never reaches the output before a {@code u}; comment terminators and javadoc tags are
 * neutralised; HTML is escaped so that the text shows as written.
 */
final class JavaText {
  private JavaText() {}

  /** Plain text (a name, a page, a version) as javadoc: shown exactly as written. */
  static String javadoc(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    if (!needsEscaping(text)) {
      return text.strip() + "\n"; // most names: nothing to neutralise
    }
    String html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return MarkdownJavadoc.commentSafe(html).strip() + "\n";
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

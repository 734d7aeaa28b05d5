package dev.docmodel.generator.read;

import java.util.List;

/**
 * A table cell's text as Markdown again: its links and code spans as the page wrote them, every
 * other character escaped, so that rendering it gives back the cell's text with its links and code
 * and nothing the plain text only looked like ({@code a*b*} stays {@code a*b*}).
 */
final class CellMarkdown {
  private CellMarkdown() {}

  static String of(String text, List<Page.Link> links, List<Page.CodeSpan> codeSpans) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      Page.Link link = linkAt(text, links, i);
      if (link != null) {
        int end = i + link.text().length();
        out.append('[');
        appendInline(out, text, i, end, codeSpans);
        out.append("](<").append(link.destination().replace("<", "%3C").replace(">", "%3E"))
            .append(">)");
        i = end;
        continue;
      }
      Page.CodeSpan span = spanAt(codeSpans, i);
      if (span != null) {
        appendCode(out, span.literal());
        i += span.literal().length();
        continue;
      }
      appendEscaped(out, text.charAt(i));
      i++;
    }
    return out.toString();
  }

  private static void appendInline(StringBuilder out, String text, int from, int to,
      List<Page.CodeSpan> codeSpans) {
    int i = from;
    while (i < to) {
      Page.CodeSpan span = spanAt(codeSpans, i);
      if (span != null && i + span.literal().length() <= to) {
        appendCode(out, span.literal());
        i += span.literal().length();
      } else {
        appendEscaped(out, text.charAt(i));
        i++;
      }
    }
  }

  /** The link whose (stripped) text starts at {@code i}, or null. */
  private static Page.Link linkAt(String text, List<Page.Link> links, int i) {
    for (Page.Link link : links) {
      if (!link.text().isEmpty() && link.destination() != null && !link.destination().isBlank()
          && link.offset() <= i && text.startsWith(link.text(), i)
          && text.substring(link.offset(), i).isBlank()) {
        return link;
      }
    }
    return null;
  }

  private static Page.CodeSpan spanAt(List<Page.CodeSpan> spans, int i) {
    for (Page.CodeSpan span : spans) {
      if (span.offset() == i && !span.literal().isEmpty()) {
        return span;
      }
    }
    return null;
  }

  /** A code span with a fence longer than any run of backticks inside it. */
  private static void appendCode(StringBuilder out, String literal) {
    int longest = 0;
    int run = 0;
    for (char c : literal.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    if (out.length() > 0 && out.charAt(out.length() - 1) == '`') {
      out.append(' '); // spans the page separated by markup (<li>) only: not one span
    }
    boolean pad = literal.startsWith("`") || literal.endsWith("`");
    out.append(fence).append(pad ? " " : "").append(literal).append(pad ? " " : "")
        .append(fence);
  }

  /**
   * Escapes what would start inline Markdown (emphasis, code, links, HTML, entities) and, at the
   * start of the text, a block (a heading, a list, a quote): the rest reads as written.
   */
  private static void appendEscaped(StringBuilder out, char c) {
    boolean first = out.isEmpty();
    if (c == '\n') {
      out.append(' ');
    } else if ("\\`*_[]<&!".indexOf(c) >= 0 || first && "#-+>=|~".indexOf(c) >= 0) {
      out.append('\\').append(c);
    } else {
      out.append(c);
    }
  }
}

package dev.docmodel.generator.read;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a block's inline content, with its links and code spans collected. */
record InlineText(String text, List<Page.Link> links, List<Page.CodeSpan> codeSpans) {

  static InlineText of(Node block) {
    StringBuilder sb = new StringBuilder();
    List<Page.Link> links = new ArrayList<>();
    List<Page.CodeSpan> code = new ArrayList<>();
    append(block, sb, links, code);
    return new InlineText(sb.toString(), List.copyOf(links), List.copyOf(code));
  }

  /** The text with each code span between backticks, as written: {@code a `204 No Content`}. */
  String withCodeMarked() {
    StringBuilder sb = new StringBuilder(text);
    for (int i = codeSpans.size() - 1; i >= 0; i--) {
      Page.CodeSpan span = codeSpans.get(i);
      int end = span.offset() + span.literal().length();
      if (span.offset() >= 0 && end <= sb.length()) {
        sb.insert(end, '`').insert(span.offset(), '`');
      }
    }
    return sb.toString();
  }

  /** Inline nesting (emphasis in links in emphasis...) deeper than this is not read. */
  private static final int MAX_DEPTH = 64;

  private static void append(Node parent, StringBuilder sb, List<Page.Link> links,
      List<Page.CodeSpan> code) {
    append(parent, sb, links, code, 0);
  }

  private static void append(Node parent, StringBuilder sb, List<Page.Link> links,
      List<Page.CodeSpan> code, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        sb.append(text.getLiteral());
      } else if (node instanceof Code c) {
        code.add(new Page.CodeSpan(c.getLiteral(), sb.length()));
        sb.append(c.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        sb.append('\n');
      } else if (node instanceof HtmlInline html) {
        String tag = html.getLiteral().toLowerCase(java.util.Locale.ROOT);
        if (tag.startsWith("<br")) {
          sb.append(' ');
        }
      } else if (node instanceof Link link) {
        StringBuilder inner = new StringBuilder();
        int spansBefore = code.size();
        append(link, inner, links, code, depth + 1);
        for (int i = spansBefore; i < code.size(); i++) {
          code.set(i, code.get(i).shifted(sb.length())); // the link's text starts here
        }
        links.add(new Page.Link(inner.toString().strip(), link.getDestination(), sb.length()));
        sb.append(inner);
      } else if (!(node instanceof LinkReferenceDefinition)) {
        append(node, sb, links, code, depth + 1);
      }
    }
  }
}

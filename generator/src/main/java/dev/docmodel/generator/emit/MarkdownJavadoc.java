package dev.docmodel.generator.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The docs' Markdown as javadoc: commonmark renders it to HTML (emphasis, code spans, links,
 * entities), with the docs' own HTML escaped so that it shows as written; links resolve to the
 * published pages, or become their text where they lead nowhere a reader can follow. The HTML is
 * then made safe inside a Java comment and acceptable to doclint.
 */
final class MarkdownJavadoc {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true)
      .softbreak(" ").build();

  private MarkdownJavadoc() {}

  /**
   * @param markdown the docs' text
   * @param links a link's destination as written → the URL to link to, or null for its text only
   * @return javadoc HTML ending in a newline, or "" for blank text
   */
  static String render(String markdown, Function<String, String> links) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(markdown);
    resolveLinks(document, links);
    String html = HTML.render(document).strip();
    if (document.getFirstChild() instanceof Paragraph && html.startsWith("<p>")) {
      int end = html.indexOf("</p>");
      html = html.substring(3, end) + html.substring(end + 4);
    }
    return commentSafe(html).strip() + "\n";
  }

  private static void resolveLinks(Node document, Function<String, String> links) {
    List<Link> found = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        found.add(link);
        visitChildren(link);
      }
    });
    for (Link link : found) {
      String url = links.apply(link.getDestination());
      if (url != null) {
        link.setDestination(url);
        link.setTitle(null);
        continue;
      }
      // Unlinked: the link's text stays where the link was.
      for (Node child = link.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        link.insertBefore(child);
        child = next;
      }
      link.unlink();
    }
  }

  /**
   * HTML that javac and doclint accept inside a javadoc comment: no comment end, no inline or
   * block tag the docs did not mean, no Unicode escape, void elements not self-closed, headings
   * (which doclint wants in sequence) as bold paragraphs.
   */
  static String commentSafe(String html) {
    String safe = html.replace("{@", "{{@literal @}")
        .replace("*/", "*{@literal /}")
        .replace(" />", ">")
        .replace("\r", " ").replace("\u2028", " ").replace("\u2029", " ");
    safe = safe.replaceAll("<h[1-6]>", "<p><b>").replaceAll("</h[1-6]>", "</b>");
    safe = safe.replaceAll("(?m)^(\\s*)@", "$1{@literal @}");
    StringBuilder out = new StringBuilder(safe.length());
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (c == '\\' && i + 1 < safe.length()
          && Character.toLowerCase(safe.charAt(i + 1)) == 'u') {
        out.append("\\{@literal ").append(safe.charAt(i + 1)).append('}');
        i++;
      } else {
        out.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
      }
    }
    // The docs' own backticks and double asterisks (a code span of "****", a list of special
    // characters) are content, not Markdown left over; written so that the source shows none
    // (javac reads the Unicode escape as a backtick, javadoc shows one).
    return out.toString().replace("`", "\\u0060").replace("**", "*{@literal *}");
  }

  /** True for a destination that leaves the docs: a web address or mail. */
  static boolean absolute(String destination) {
    String d = destination.toLowerCase(Locale.ROOT);
    return d.startsWith("https://") || d.startsWith("http://") || d.startsWith("mailto:");
  }
}

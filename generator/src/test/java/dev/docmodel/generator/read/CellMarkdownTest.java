package dev.docmodel.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table cell's plain text, its links and code spans, as Markdown again. */
class CellMarkdownTest {
  @Test
  void linksAndCodeSpansComeBackAndTheRestReadsAsWritten() {
    // "See user or a*b* ` values." with [user](user.md) at 4 and code spans "a*b*" and "`".
    String text = "See user or a*b* ` values.";
    assertEquals("See [user](<user.md>) or `a*b*` `` ` `` values.",
        CellMarkdown.of(text, List.of(new Page.Link("user", "user.md", 4)),
            List.of(new Page.CodeSpan("a*b*", 12), new Page.CodeSpan("`", 17))));
    assertEquals("2 \\*bold\\* \\_x\\_ \\[y\\] \\<b> \\&amp;",
        CellMarkdown.of("2 *bold* _x_ [y] <b> &amp;", List.of(), List.of()));
    assertEquals("\\# not a heading", CellMarkdown.of("# not a heading", List.of(), List.of()));
  }

  @Test
  void aCodeSpanInALinkAndSpansSeparatedOnlyByMarkupStayApart() {
    assertEquals("[`user`](<user.md>) `Boolean` `DateTime`",
        CellMarkdown.of("user BooleanDateTime", List.of(new Page.Link("user", "user.md", 0)),
            List.of(new Page.CodeSpan("user", 0), new Page.CodeSpan("Boolean", 5),
                new Page.CodeSpan("DateTime", 12))));
  }
}

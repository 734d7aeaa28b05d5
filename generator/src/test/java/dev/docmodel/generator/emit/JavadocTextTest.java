package dev.docmodel.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.TypeModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The docs' Markdown as javadoc: rendered, linked to the published pages, safe in a comment. */
class JavadocTextTest {
  private final Javadocs javadocs = new Javadocs(new TypeModel(List.of(), "microsoft.graph"),
      Javadocs.GRAPH_REFERENCE);
  private static final Location USER = new Location("user.md", 10, 1);
  private static final Location API = new Location("user-get.md", 10, 1);

  @Test
  void markdownIsRenderedAndLinksLeadToThePublishedPages() {
    assertEquals("The <strong>user</strong> has <code>id</code>; see "
        + "<a href=\"https://learn.microsoft.com/graph/api/resources/group?view=graph-rest-1.0\">"
        + "group</a>, <a href=\"https://learn.microsoft.com/graph/api/user-get?view=graph-rest-1.0\">"
        + "get</a>, <a href=\"https://learn.microsoft.com/graph/delta-query-overview\">delta</a> "
        + "and <a href=\"https://learn.microsoft.com/graph/api/resources/user?view=graph-rest-1.0"
        + "#legal-age-group\">below</a>.\n",
        javadocs.text("The **user** has `id`; see [group](group.md), [get](../api/user-get.md), "
            + "[delta](/graph/delta-query-overview) and [below](#legal-age-group).", USER, false));
    assertEquals("A <a href=\"https://learn.microsoft.com/graph/api/resources/user?view=graph-rest-1.0\">"
        + "user</a> and its <a href=\"https://learn.microsoft.com/graph/api/user-list?view=graph-rest-1.0\">"
        + "list</a>.\n",
        javadocs.text("A [user](../resources/user.md) and its [list](user-list.md).", API, true));
  }

  @Test
  void whatLeadsNowhereIsItsTextAndTheDocsOwnHtmlShowsAsWritten() {
    assertEquals("run it, &lt;b&gt;or&lt;/b&gt; &lt;script&gt;\n",
        javadocs.text("[run](javascript:alert(1)) it, <b>or</b> <script>", USER, false));
    assertEquals("no page: text\n", new Javadocs(new TypeModel(List.of(), "microsoft.graph"), "")
        .text("no page: [text](user.md)", USER, false));
  }

  @Test
  void nothingEndsTheCommentOrStartsATagOrAnEscape() {
    assertEquals("a *{@literal /} b {{@literal @}code x} \\{@literal u}002a/ mail@x.org\n",
        MarkdownJavadoc.render("a \\*/ b {@code x} \\\\u002a/ mail@x.org", d -> null));
    assertEquals("<code>\\u0060</code> and <code>*{@literal *}*{@literal *}</code>\n",
        MarkdownJavadoc.render("`` ` `` and `****`", d -> null));
    assertEquals("line<br>\n{@literal @}deprecated\n",
        MarkdownJavadoc.commentSafe("line<br />\n@deprecated\n"));
  }

  @Test
  void aHeadingsAnchorIsThePublishedPagesOne() {
    assertEquals("#activitydomain-values", Javadocs.anchor("activityDomain values"));
    assertEquals("#agegroup-values", Javadocs.anchor(" ageGroup  values "));
    assertEquals("", Javadocs.anchor("!!"));
  }
}

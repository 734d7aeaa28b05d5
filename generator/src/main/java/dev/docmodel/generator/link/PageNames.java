package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The name of the type a resource page defines, when the page names it in several ways: its
 * annotation's {@code @odata.type}, its heading and its front matter's title ("x resource type"),
 * and its file name. Names that abbreviate one another agree ({@code chart.md}, "chart resource
 * type" and {@code workbookChart}; {@code identityuserflow.md} and "userFlow"; a plural; a typo of
 * two letters): the page then names one type, the annotation's, as always. Unrelated names are a
 * contradiction (a page copied from another, its heading and annotation not updated), reported
 * with every name and its sources, and decided by these rules in order (where every name the page
 * writes agrees and only its file is named otherwise, nothing is in doubt and nothing reported: a
 * file may be named freely, as {@code a.md} in a project's own docs; unless that name is another
 * page's file name):
 * <ol>
 *   <li>a name that is another page's file name belongs to that page;
 *   <li>the name with more sources wins;
 *   <li>on a tie, the file name's: the page's address, which every link to it uses and a copy
 *       cannot carry over.
 * </ol>
 * The winning group is spelled as its first source in the order annotation, heading, title, file.
 */
final class PageNames {
  private enum Source {
    ANNOTATION("annotation"), HEADING("heading"), TITLE("front matter title"), FILE("file name");

    final String label;

    Source(String label) {
      this.label = label;
    }
  }

  private record Named(String name, Source source) {}

  private static final String RESOURCE_TYPE = " resource type";

  /**
   * The last dash-separated part of each resource page's file name, lower-cased ("security-x.md":
   * x); an API page's ({@code user-assignlicense.md}) names an operation, not a type.
   */
  private final Set<String> fileStems;
  private final Diagnostics diagnostics;

  PageNames(List<Page> pages, Diagnostics diagnostics) {
    this.fileStems = pages.stream().filter(p -> !p.apiPage()).map(p -> stem(p.path()))
        .collect(Collectors.toSet());
    this.diagnostics = diagnostics;
  }

  /**
   * The type {@code page} defines.
   *
   * @param stated the annotation's name, or else the heading's
   * @param fromAnnotation whether {@code stated} is the annotation's
   * @param at where {@code stated} was read
   */
  QualifiedName decide(Page page, QualifiedName stated, boolean fromAnnotation, Location at) {
    List<Named> names = new ArrayList<>();
    names.add(new Named(stated.name(), fromAnnotation ? Source.ANNOTATION : Source.HEADING));
    if (fromAnnotation) {
      add(names, resourceTypeName(heading(page)), Source.HEADING);
    }
    add(names, resourceTypeName(page.frontMatter().get("title")), Source.TITLE);
    add(names, stem(page.path()), Source.FILE);
    List<List<Named>> groups = group(names);
    String pageStem = stem(page.path());
    if (groups.size() == 1 || onlyTheFileDissents(groups)
        && groups.stream().noneMatch(g -> isOtherPage(g, pageStem))) {
      return stated;
    }
    List<List<Named>> ranked = new ArrayList<>(groups);
    ranked.sort(Comparator
        .comparing((List<Named> g) -> isOtherPage(g, pageStem))
        .thenComparing(g -> -g.size())
        .thenComparing(g -> g.stream().noneMatch(n -> n.source() == Source.FILE)));
    List<Named> winner = ranked.get(0);
    String why = isOtherPage(ranked.get(1), pageStem)
        ? spelling(ranked.get(1)) + " is the name of another page"
        : winner.size() > ranked.get(1).size() ? "it has the most sources"
        : "the file name decides a tie";
    QualifiedName chosen = QualifiedName.parse(spelling(winner), stated.namespace())
        .orElse(stated);
    diagnostics.report(DiagnosticCode.TYPE_NAME_CONFLICT, at, "the page names its type "
        + groups.stream().map(PageNames::describe).collect(Collectors.joining(" and "))
        + "; using " + chosen + ": " + why);
    return chosen;
  }

  /**
   * Every name the page writes agrees, only its file is named otherwise: nothing is in doubt (a
   * file may be named freely, as {@code a.md} in a project's own docs), unless the name the page
   * writes is another page's.
   */
  private static boolean onlyTheFileDissents(List<List<Named>> groups) {
    return groups.size() == 2 && groups.stream().anyMatch(g -> g.size() == 1
        && g.get(0).source() == Source.FILE);
  }

  private static void add(List<Named> names, String name, Source source) {
    if (name != null && QualifiedName.isIdentifier(name)) {
      names.add(new Named(name, source));
    }
  }

  /** Groups of names that abbreviate one another, in the order of their first member. */
  private static List<List<Named>> group(List<Named> names) {
    List<List<Named>> groups = new ArrayList<>();
    for (Named named : names) {
      List<Named> home = groups.stream()
          .filter(g -> g.stream().anyMatch(n -> related(n.name(), named.name())))
          .findFirst().orElse(null);
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(named);
    }
    return groups;
  }

  /** The group names another page: some page's file is named after it, and not this one. */
  private boolean isOtherPage(List<Named> group, String pageStem) {
    return group.stream().noneMatch(n -> n.source() == Source.FILE)
        && group.stream().map(n -> n.name().toLowerCase(Locale.ROOT))
            .anyMatch(n -> !n.equals(pageStem) && fileStems.contains(n));
  }

  private static String spelling(List<Named> group) {
    return group.stream().min(Comparator.comparing(Named::source)).orElseThrow().name();
  }

  private static String describe(List<Named> group) {
    return spelling(group) + " (" + group.stream().map(n -> n.source().label)
        .collect(Collectors.joining(", ")) + ")";
  }

  /**
   * Two names of one type: equal but for case; one inside the other ({@code chart} in
   * {@code workbookChart}); one made of some of the other's words in order ({@code
   * onenotebasemodel}, {@code onenoteEntityBaseModel}), a plural allowed; or a typo (at most two
   * edits, in names of eight letters or more).
   */
  static boolean related(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return x.contains(y) || y.contains(x) || madeOfWords(x, words(b), 0)
        || madeOfWords(y, words(a), 0)
        || Math.min(x.length(), y.length()) >= 8 && editDistance(x, y) <= 2;
  }

  /** The lower-cased words of a camelCase name. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= name.length(); i++) {
      if (i == name.length() || Character.isUpperCase(name.charAt(i))
          && !Character.isUpperCase(name.charAt(i - 1))) {
        words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
        start = i;
      }
    }
    return words;
  }

  /** {@code rest} is a concatenation of {@code words} from {@code from} on, in order. */
  private static boolean madeOfWords(String rest, List<String> words, int from) {
    if (rest.isEmpty() || rest.equals("s") || rest.equals("es")) {
      return true;
    }
    for (int i = from; i < words.size(); i++) {
      if (rest.startsWith(words.get(i)) && madeOfWords(rest.substring(words.get(i).length()),
          words, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance with adjacent transpositions (type names are short). */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String heading(Page page) {
    return page.headings().stream().filter(h -> h.level() == 1).map(Page.Heading::text)
        .findFirst().orElse(null);
  }

  /** "x resource type" → x; null for any other text. */
  static String resourceTypeName(String text) {
    if (text == null || !text.toLowerCase(Locale.ROOT).endsWith(RESOURCE_TYPE)) {
      return null;
    }
    String name = TypeExpression.cleanName(text.substring(0, text.length()
        - RESOURCE_TYPE.length()));
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  private static String stem(String path) {
    String file = CollectDefinitions.fileName(path);
    file = file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    return file.substring(file.lastIndexOf('-') + 1);
  }
}

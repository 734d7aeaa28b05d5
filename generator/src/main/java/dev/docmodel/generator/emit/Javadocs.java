package dev.docmodel.generator.emit;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a type's javadoc says beyond its own description: the published page it comes from, and,
 * for an enum (the docs rarely describe an enum table), the properties it types with their
 * descriptions.
 */
final class Javadocs {
  /** The Graph v1.0 reference: {@code {page}} is the page's file name without {@code .md}. */
  static final String GRAPH_REFERENCE =
      "https://learn.microsoft.com/graph/api/resources/{page}?view=graph-rest-1.0";
  /** How many using properties an enum's javadoc names. */
  private static final int USAGES_SHOWN = 3;

  private final String pageUrl;
  private final Map<QualifiedName, List<Usage>> enumUsages = new HashMap<>();

  private record Usage(StructuredType owner, Property property) {}

  /**
   * @param pageUrl the published page of a docs page: {@code {page}} is its file name without
   *     {@code .md}, {@code {path}} its path under the docs directory; empty: no links
   */
  Javadocs(TypeModel model, String pageUrl) {
    this.pageUrl = pageUrl;
    for (StructuredType owner : model.structuredTypes()) {
      for (Property property : owner.properties()) {
        if (property.type() instanceof TypeRef.NamedRef ref) {
          enumUsages.computeIfAbsent(ref.name(), k -> new ArrayList<>())
              .add(new Usage(owner, property));
        }
      }
    }
  }

  /**
   * The block tags that end a type's javadoc, after a blank line: why it is deprecated when a
   * baseline keeps it, and its published page; nothing when there is neither.
   */
  String tags(TypeDefinition type) {
    // An enum in a section about it ("activityDomain values" on enums.md) links to that section;
    // one on a page of its own ("Members") to the page.
    String see = type instanceof EnumType e && inSectionOfItsOwn(e)
        ? see(type.location(), false, anchor(e.section()))
        : see(type.location(), type instanceof StructuredType s
            && s.origin() == Origin.OPERATION_BODY, "");
    String deprecated = type.kept() == null ? "" : Deprecations.type(type.kept());
    return deprecated.isEmpty() && see.isEmpty() ? "" : "\n" + deprecated + see;
  }

  /**
   * {@code @see <a href="...">user.md</a>}, or nothing when the type has no page or no URL. An API
   * page is published beside the resources, not among them: the default URL's
   * {@code resources/} does not apply to it.
   */
  String see(Location at, boolean apiPage) {
    return see(at, apiPage, "");
  }

  /** The same, to a section of the page ({@code #activitydomain-values}), or "" for the page. */
  private String see(Location at, boolean apiPage, String fragment) {
    String path = at.page().replace('\\', '/');
    if (pageUrl.isEmpty() || !path.endsWith(".md") || at.line() <= 0) {
      return "";
    }
    String stem = path.substring(0, path.length() - 3);
    String page = stem.substring(stem.lastIndexOf('/') + 1);
    String template = apiPage ? pageUrl.replace("resources/{page}", "{page}") : pageUrl;
    String url = template.replace("{page}", page).replace("{path}", stem) + fragment;
    return "@see <a href=\"" + html(url) + "\">" + html(page) + "</a> (published reference)\n";
  }

  private static boolean inSectionOfItsOwn(EnumType type) {
    return type.section() != null && type.section().toLowerCase(java.util.Locale.ROOT)
        .contains(type.name().name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The anchor the published pages give a heading: lower case, spaces as hyphens, punctuation
   * dropped ("activityDomain values" → {@code #activitydomain-values}).
   */
  static String anchor(String heading) {
    StringBuilder id = new StringBuilder("#");
    for (char c : heading.strip().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        id.append(c);
      } else if (Character.isWhitespace(c) && id.charAt(id.length() - 1) != '-') {
        id.append('-');
      }
    }
    return id.length() == 1 ? "" : id.toString();
  }

  /**
   * The docs' Markdown {@code text}, written on {@code page}, as javadoc HTML: its links point at
   * the published pages (a relative {@code .md} link at the page it names, a site path like
   * {@code /graph/delta-query-overview} on the published reference's host), or are their text
   * where no page URL is configured.
   *
   * @param apiPage the text is from an API page (where a link to a sibling is to an API page)
   */
  String text(String markdown, Location page, boolean apiPage) {
    return MarkdownJavadoc.render(markdown, destination -> link(destination, page, apiPage));
  }

  private String link(String destination, Location page, boolean apiPage) {
    if (destination == null || destination.isBlank()) {
      return null;
    }
    if (MarkdownJavadoc.absolute(destination)) {
      return destination;
    }
    if (pageUrl.isEmpty()) {
      return null;
    }
    if (destination.startsWith("/")) {
      int host = pageUrl.indexOf('/', pageUrl.indexOf("//") + 2);
      return pageUrl.startsWith("http") && host > 0 ? pageUrl.substring(0, host) + destination
          : null;
    }
    int cut = indexOfAny(destination, "#?");
    String path = cut < 0 ? destination : destination.substring(0, cut);
    String anchor = destination.indexOf('#') < 0 ? "" : destination.substring(
        destination.indexOf('#'));
    String from = page.page().replace('\\', '/');
    if (path.isEmpty() && !anchor.isEmpty() && from.endsWith(".md")) {
      path = from.substring(from.lastIndexOf('/') + 1); // "#section": a section of this page
    }
    if (!path.endsWith(".md")) {
      return null;
    }
    String resolved = normalize(from, path);
    String stem = resolved.substring(0, resolved.length() - 3);
    String file = stem.substring(stem.lastIndexOf('/') + 1);
    String folder = stem.contains("/") ? stem.substring(0, stem.lastIndexOf('/')) : "";
    boolean api = folder.endsWith("api") || !folder.endsWith("resources") && apiPage;
    String template = api ? pageUrl.replace("resources/{page}", "{page}") : pageUrl;
    return template.replace("{page}", file).replace("{path}", stem) + anchor;
  }

  /** {@code target} relative to {@code from}'s folder, without {@code .} or {@code ..} segments. */
  private static String normalize(String from, String target) {
    List<String> parts = new ArrayList<>(List.of(from.split("/")));
    parts.remove(parts.size() - 1);
    for (String segment : target.split("/")) {
      if (segment.equals("..")) {
        if (parts.isEmpty() || parts.get(parts.size() - 1).equals("..")) {
          parts.add(".."); // above the docs directory: kept, the folder name still tells
        } else {
          parts.remove(parts.size() - 1);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.add(segment);
      }
    }
    String joined = String.join("/", parts);
    return joined.replace("../", "");
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * For an enum the docs do not describe: the first properties it types, each with its
   * description ({@code <p>Types user.ageGroup: Sets the age group of the user.}).
   */
  String usages(EnumType type, NamingPlan names) {
    List<Usage> usages = enumUsages.getOrDefault(type.name(), List.of());
    if (usages.isEmpty()) {
      return "";
    }
    StringBuilder doc = new StringBuilder();
    for (Usage usage : usages.subList(0, Math.min(USAGES_SHOWN, usages.size()))) {
      String description = text(usage.property().description(), usage.property().location(),
          false).strip();
      doc.append("<p>Types ").append(link(names, usage))
          .append(description.isEmpty() ? "" : ": " + description).append('\n');
    }
    if (usages.size() > USAGES_SHOWN) {
      // The rest by name only: every use listed, the first ones described.
      doc.append("<p>Also types ");
      List<Usage> rest = usages.subList(USAGES_SHOWN, usages.size());
      for (int i = 0; i < rest.size(); i++) {
        doc.append(i == 0 ? "" : i == rest.size() - 1 ? " and " : ", ")
            .append(link(names, rest.get(i)));
      }
      doc.append(".\n");
    }
    return doc.toString();
  }

  private static String link(NamingPlan names, Usage usage) {
    return "{@link " + names.modelClass(usage.owner().name()).canonicalName() + "#"
        + getter(names, usage) + "() " + JavaText.lineComment(usage.owner().name().name() + "."
        + usage.property().name()) + "}";
  }

  private static String getter(NamingPlan names, Usage usage) {
    return names.properties(usage.owner()).stream()
        .filter(p -> p.property() == usage.property()).findFirst()
        .map(NamingPlan.PropertyNames::getter).orElseThrow();
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

package dev.docmodel.generator.read;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.Page.TypeLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the base type a page's prose names: "Inherits from [entity](entity.md)" on a line of its
 * own, or, in the introduction, "... derived from [x](x.md)", "a subclass of [x](x.md)", "Inherits
 * from [x](x.md)" inside a sentence (further down only "x derives from [y]"). Inside a sentence only
 * a linked name counts: prose says "derived from the user's input" too.
 */
public final class BaseTypeProse {
  private static final Pattern PHRASE = Pattern.compile(
      "\\b(?:inherits? from|inherited from|derived from|derives from|subclass (?:of|from)|extends"
          + "|inherits (?:all )?(?:of )?the properties (?:of|from))"
          + "\\s+(?:the\\s+|an?\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final String LINE_START = "inherits from";
  private static final Pattern DERIVED = Pattern.compile(
      "\\b(?:derived types?|base (?:type|class|resource|entity) for)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "Resources that derive from **baseItem** include:", announcing a list. */
  private static final Pattern DERIVED_LIST = Pattern.compile(
      "\\b(?:types|resources) that derive from\\b.*\\binclude:$", Pattern.CASE_INSENSITIVE);
  /**
   * Phrases after which the types linked before them derive from the page's type: "The [a] and
   * [b] types inherit from this type", "[a] and [b] resources are subclasses of this superclass",
   * "[a] is a derived type of x".
   */
  private static final Pattern DERIVED_BEFORE = Pattern.compile(
      "\\b(?:types?|resources?)\\s+inherits? from this\\b"
          + "|\\b(?:are|is) (?:a )?subclass(?:es)? of this\\b"
          + "|\\bis a derived type of\\b", Pattern.CASE_INSENSITIVE);

  private BaseTypeProse() {}

  /**
   * Whether a paragraph can speak of base or derived types at all: every phrase the patterns look
   * for holds one of these words, and most paragraphs hold none, so they skip the patterns.
   */
  static boolean mayRelateTypes(InlineText text) {
    String plain = text.text();
    return Phrases.contains(plain, "inherit") || Phrases.contains(plain, "derive")
        || Phrases.contains(plain, "subclass") || Phrases.contains(plain, "extends")
        || Phrases.contains(plain, "base ");
  }

  /**
   * @param text a paragraph's text
   * @param at where the paragraph starts
   * @param intro whether the paragraph comes before the page's properties
   * @return the named base, or null
   */
  static TypeLink find(InlineText text, Location at, boolean intro) {
    String plain = text.text();
    int lineStart = 0;
    int lineIndex = 0;
    for (String line : plain.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith(LINE_START)) {
        int phraseEnd = lineStart + line.indexOf(trimmed) + LINE_START.length();
        Page.Link link = linkAt(text, phraseEnd, lineStart + line.length());
        String name = link != null ? link.text() : firstWord(trimmed.substring(LINE_START.length()));
        if (!name.isBlank()) {
          return new TypeLink(name.strip(), link == null ? null : link.destination(),
              at.plusLines(lineIndex, 1));
        }
      }
      lineStart += line.length() + 1;
      lineIndex++;
    }
    Matcher m = PHRASE.matcher(plain);
    while (m.find()) {
      if (!intro && plain.substring(0, m.start()).strip().contains(" ")) {
        continue; // among the properties, only "x derives from [y]" speaks about the type
      }
      Page.Link link = linkAt(text, m.end(), m.end());
      if (link != null && !link.text().isBlank()) {
        int line = (int) plain.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        return new TypeLink(link.text().strip(), link.destination(), at.plusLines(line, 1));
      }
    }
    return null;
  }

  /**
   * The linked types a sentence names as derived from the page's type: "the derived types are
   * [a](a.md) and [b](b.md)", "the base type for [a](a.md)".
   */
  static List<TypeLink> derivedTypes(InlineText text, Location at) {
    List<TypeLink> before = derivedTypesBefore(text, at);
    if (!before.isEmpty()) {
      return before;
    }
    Matcher m = DERIVED.matcher(text.text());
    if (!m.find()) {
      return List.of();
    }
    String plain = text.text();
    int sentenceEnd = plain.indexOf(". ", m.end());
    sentenceEnd = sentenceEnd < 0 ? plain.length() : sentenceEnd;
    List<TypeLink> types = new ArrayList<>();
    for (Page.Link link : text.links()) {
      if (link.offset() < m.end() || link.offset() > sentenceEnd || link.text().isBlank()) {
        continue;
      }
      if (types.isEmpty() && !introducesList(plain.substring(m.end(), link.offset()))) {
        return List.of(); // "base class for apply actions in the [x]": x is not derived
      }
      types.add(new TypeLink(link.text().strip(), link.destination(), at));
    }
    return types;
  }

  /** The types linked in the sentence before a {@link #DERIVED_BEFORE} phrase. */
  private static List<TypeLink> derivedTypesBefore(InlineText text, Location at) {
    String plain = text.text();
    Matcher m = DERIVED_BEFORE.matcher(plain);
    if (!m.find()) {
      return List.of();
    }
    int sentenceStart = Math.max(plain.lastIndexOf(". ", m.start()) + 1, 0);
    List<TypeLink> types = new ArrayList<>();
    for (Page.Link link : text.links()) {
      if (link.offset() >= sentenceStart && link.offset() < m.start() && !link.text().isBlank()) {
        types.add(new TypeLink(link.text().strip(), link.destination(), at));
      }
    }
    return types;
  }

  /** What may stand between "derived types" and the first one named. */
  private static boolean introducesList(String between) {
    String words = between.strip().toLowerCase(Locale.ROOT);
    return words.length() <= 3 || words.endsWith("such as") || words.endsWith("are")
        || words.endsWith("include") || words.endsWith("including") || words.endsWith(":");
  }

  /** "... the following derived types:" announces a list of them. */
  static boolean announcesDerivedTypes(InlineText text) {
    String plain = text.text().strip();
    return plain.endsWith(":")
        && (DERIVED.matcher(plain).find() || DERIVED_LIST.matcher(plain).find());
  }

  /** The first link starting in [from, to] (to inclusive: a link right after the phrase). */
  private static Page.Link linkAt(InlineText text, int from, int to) {
    for (Page.Link link : text.links()) {
      if (link.offset() >= from && link.offset() <= Math.max(from, to)) {
        return link;
      }
    }
    return null;
  }

  private static String firstWord(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
        sb.append(c);
      } else if (sb.length() > 0) {
        break;
      }
    }
    String word = sb.toString();
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * The ancestor a property's description names: "Inherited from [entity](entity.md)." (the link
   * right after the phrase); null when it names none.
   */
  public static Page.TypeLink inheritedFrom(Page.Cell description) {
    int phrase = description == null ? -1 : Phrases.indexOf(description.text(), "inherited from");
    if (phrase < 0) {
      return null;
    }
    int after = phrase + "inherited from".length();
    for (Page.Link link : description.links()) {
      if (link.offset() >= after && link.offset() <= after + 6 && !link.text().isBlank()) {
        return new Page.TypeLink(link.text().strip(), link.destination(), description.location());
      }
    }
    return null;
  }
}

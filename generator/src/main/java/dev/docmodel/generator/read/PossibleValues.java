package dev.docmodel.generator.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a property's description lists: "Possible values are: `notStarted`, `inProgress`."
 * The prose about types is read here and in {@link BaseTypeProse}, nowhere else; the linker gets
 * the values, not the sentence.
 */
public final class PossibleValues {
  private PossibleValues() {}

  /**
   * The code spans of the sentence listing possible values (and of following sentences that list
   * values too) that can be member names, in order, without repeats; empty when the description
   * lists none.
   *
   * @param codeSpans the description's code spans, with their offsets in {@code description}
   */
  public static List<String> listed(String description, List<Page.CodeSpan> codeSpans) {
    int phrase = Phrases.indexOf(description, "possible values");
    if (phrase < 0) {
      return List.of();
    }
    int sentenceEnd = sentenceEnd(description, phrase);
    List<String> members = new ArrayList<>();
    for (Page.CodeSpan span : codeSpans) {
      String member = span.literal().strip();
      int at = span.offset();
      if (at >= phrase && at < sentenceEnd && isMemberName(member) && !members.contains(member)) {
        members.add(member);
      }
    }
    return List.copyOf(members);
  }



  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=[A-Z])");

  /**
   * Where the sentence listing the values ends: code spans after it are not values ("Supports
   * `$filter` (`eq`, `startsWith`)" says how to query, and may be appended to any description).
   * The next sentence continues the list when it lists values too.
   */
  private static int sentenceEnd(String text, int phrase) {
    Matcher m = SENTENCE_END.matcher(text);
    int from = phrase;
    while (m.find(from)) {
      int next = Phrases.indexOf(text.substring(m.end()), "possible values");
      if (next != 0) {
        return m.start();
      }
      from = m.end();
    }
    return text.length();
  }

  private static boolean isMemberName(String text) {
    if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
      return false;
    }
    for (char c : text.toCharArray()) {
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return !lower.equals("null") && !lower.equals("true") && !lower.equals("false");
  }
}

package dev.docmodel.generator.read;

/**
 * Finds fixed English phrases in docs prose whatever their capitalisation ("Possible values",
 * "Inherited from"), without lower-casing a copy of the text: positions are those of the text
 * itself, and no string is allocated per description searched.
 */
public final class Phrases {
  private Phrases() {}

  /** The first position at which {@code phrase} occurs in {@code text}, ignoring case, or -1. */
  public static int indexOf(String text, String phrase) {
    for (int i = 0, last = text.length() - phrase.length(); i <= last; i++) {
      if (text.regionMatches(true, i, phrase, 0, phrase.length())) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code text} holds {@code word} as a whole word (not inside a longer one), ignoring case. */
  public static boolean containsWord(String text, String word) {
    for (int from = 0; from <= text.length() - word.length(); from++) {
      if (text.regionMatches(true, from, word, 0, word.length())
          && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
          && (from + word.length() == text.length()
              || !Character.isLetterOrDigit(text.charAt(from + word.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds {@code phrase}, ignoring case. */
  public static boolean contains(String text, String phrase) {
    return indexOf(text, phrase) >= 0;
  }
}

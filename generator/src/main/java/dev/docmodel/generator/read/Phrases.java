package dev.docmodel.generator.read;

/**
 * Finds fixed English phrases in docs prose whatever their capitalisation ("Possible values",
 * "Inherited from"), without lower-casing a copy of the text: positions are those of the text
 * itself, and no string is allocated per description searched.
 */
public final class Phrases {
  private Phrases() {}

  /**
   * The first position at which {@code phrase} occurs in {@code text}, ignoring the case of ASCII
   * letters, or -1.
   *
   * @param phrase lower-case ASCII, not empty
   */
  public static int indexOf(String text, String phrase) {
    int last = text.length() - phrase.length();
    char first = phrase.charAt(0);
    for (int i = 0; i <= last; i++) {
      if (sameLetter(text.charAt(i), first) && matchesAt(text, i, phrase)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code text} holds {@code phrase}, ignoring the case of ASCII letters. */
  public static boolean contains(String text, String phrase) {
    return indexOf(text, phrase) >= 0;
  }

  private static boolean matchesAt(String text, int at, String phrase) {
    for (int j = 1; j < phrase.length(); j++) {
      if (!sameLetter(text.charAt(at + j), phrase.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameLetter(char c, char lower) {
    return c == lower || (lower >= 'a' && lower <= 'z' && c == lower - ('a' - 'A'));
  }
}

package dev.docmodel.generator.link;

import java.util.Locale;
import java.util.regex.Pattern;

/** The words of a camelCase name: {@code recordingStatus} → recording, status. */
final class CamelWords {
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+");

  private CamelWords() {}

  /** The last word, lower-cased: the head noun of a Graph name ({@code recordingStatus} → status). */
  static String last(String name) {
    String[] words = BOUNDARY.split(name);
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i].toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}

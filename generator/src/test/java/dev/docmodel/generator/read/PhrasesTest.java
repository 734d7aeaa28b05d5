package dev.docmodel.generator.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  @Test
  void findsPhrasesWhateverTheirCapitalisation() {
    assertEquals(4, Phrases.indexOf("The Possible values are", "possible values"));
    assertEquals(0, Phrases.indexOf("INHERITED FROM [entity](entity.md)", "inherited from"));
    assertTrue(Phrases.contains("It derives from x", "derive"));
    assertFalse(Phrases.contains("possible  values", "possible values"));
    assertEquals(-1, Phrases.indexOf("short", "longer phrase"));
    assertEquals(-1, Phrases.indexOf("", "x"));
  }

  @Test
  void positionsAreThoseOfTheTextEvenWhereLowerCasingChangesItsLength() {
    // U+0130 lower-cases to two chars: an index into a lower-cased copy would be off by one.
    String text = "\u0130stanbul: possible values are `a`.";
    assertEquals(10, Phrases.indexOf(text, "possible values"));
    assertEquals("possible values", text.substring(10, 25));
  }

  @Test
  void agreesWithLowerCasingOnAsciiText() {
    Random random = new Random(7);
    String alphabet = "aAbBeEiInNsS -_";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      String phrase = random.nextBoolean() ? "base " : "ab";
      assertEquals(text.toLowerCase(Locale.ROOT).indexOf(phrase), Phrases.indexOf(text, phrase),
          text);
    }
  }
}

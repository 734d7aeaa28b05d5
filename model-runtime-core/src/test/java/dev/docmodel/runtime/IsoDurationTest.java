package dev.docmodel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast duration path agrees with java.time on every value tried. */
class IsoDurationTest {
  private static Duration fast(String text) {
    return IsoDuration.parseCanonical(text.toCharArray(), 0, text.length());
  }

  @Test
  void readsWhatDurationWritesForWholeSeconds() {
    Random r = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      long seconds = switch (r.nextInt(4)) {
        case 0 -> r.nextInt(60);
        case 1 -> r.nextInt(3600);
        case 2 -> r.nextInt(1_000_000);
        default -> Math.abs(r.nextLong() % 100_000_000_000L);
      };
      Duration v = Duration.ofSeconds(seconds);
      assertEquals(v, fast(v.toString()), v.toString());
    }
  }

  @Test
  void leavesEverythingElseToTheGeneralParser() {
    for (String text : List.of("PT0H40M", "PT40M0S", "PT60M", "PT1H60S", "PT040M", "PT", "P1D",
        "PT1.5S", "PT-40M", "-PT40M", "pt40m", "PT40m", "PT1M1H", "PT1H1H", "PT0M", "PT00S", "",
        "P", "PT40", "PT1234567890123H", "PT+40M")) {
      assertNull(fast(text), text);
    }
  }

  @Test
  void whateverItAcceptsTheGeneralParserReadsTheSame() {
    Random r = new Random(7);
    String alphabet = "0123456789HMSPT.-";
    int accepted = 0;
    for (int i = 0; i < 300_000; i++) {
      StringBuilder sb = new StringBuilder("PT");
      for (int k = 0, n = r.nextInt(9); k < n; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      Duration fast = fast(text);
      if (fast != null) {
        accepted++;
        assertEquals(Duration.parse(text), fast, text);
        assertEquals(text, fast.toString(), text);
      } else {
        try {
          // the general parser accepts it: then it is not written back identically, or not whole
          Duration general = Duration.parse(text);
          assertEquals(true, !general.toString().equals(text) || general.getNano() != 0
              || general.isNegative(), text);
        } catch (DateTimeParseException expected) {
          // neither reads it
        }
      }
    }
    assertEquals(true, accepted > 1000, accepted + " accepted");
  }
}

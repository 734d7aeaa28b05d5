package dev.docmodel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast timestamp paths agree with java.time's ISO formatter on every value tried. */
class IsoDateTimeTest {
  @Test
  void formatIsTheIsoFormatterAndParseItsInverse() {
    Random r = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      int nano = switch (r.nextInt(4)) {
        case 0 -> 0;
        case 1 -> r.nextInt(1000) * 1_000_000;
        case 2 -> r.nextInt(10_000_000) * 100;
        default -> r.nextInt(1_000_000_000);
      };
      ZoneOffset offset = r.nextInt(3) == 0 ? ZoneOffset.UTC
          : ZoneOffset.ofTotalSeconds((r.nextInt(36 * 4 + 1) - 18 * 4) * 15 * 60);
      OffsetDateTime v = OffsetDateTime.of(1 + r.nextInt(9999), 1 + r.nextInt(12),
          1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60), nano, offset);
      String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v);
      assertEquals(iso, IsoDateTime.format(v));
      assertEquals(v, IsoDateTime.parseCanonical(iso), iso);
    }
  }

  @Test
  void nonCanonicalTextIsLeftToTheGeneralParser() {
    for (String text : List.of("2021-07-01T00:00:00+00:00", "2021-07-01T00:00:00.100Z",
        "2021-07-01T00:00Z", "2021-07-01t00:00:00Z", "2021-07-01T00:00:00z",
        "2021-07-01T00:00:00.1234567890Z", "2021-07-01T00:00:00.Z", "2021-13-01T00:00:00Z",
        "2021-02-30T00:00:00Z", "2021-07-01T24:00:00Z", "+12021-07-01T00:00:00Z", "",
        "2021-07-01T00:00:00", "2021-07-01T00:00:00+01:00:30", "2021-07-01 00:00:00Z",
        "2021-07-01T00:00:00+19:00", "2021-07-01T00:00:00+01:60",
        // the characters just below '0' and just above '9', in a digit of each field
        "/021-07-01T00:00:00Z", "2:21-07-01T00:00:00Z", "2021-0/-01T00:00:00Z",
        "2021-07-0:T00:00:00Z", "2021-07-01T/0:00:00Z", "2021-07-01T00:0::00Z",
        "2021-07-01T00:00:0/Z", "2021-07-01T00:00:00.1:Z", "2021-07-01T00:00:00+0/:00",
        "2021-07-01T00:00:00+01:0:")) {
      assertNull(IsoDateTime.parseCanonical(text), text);
    }
  }

  @Test
  void whateverItAcceptsTheGeneralParserReadsTheSame() {
    Random r = new Random(7);
    String alphabet = "0123456789-T:.Z+ ";
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder("2021-07-01T12:34:56");
      for (int k = 0, n = r.nextInt(12); k < n; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      if (r.nextBoolean()) {
        sb.setCharAt(r.nextInt(sb.length()), alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      OffsetDateTime fast = IsoDateTime.parseCanonical(text);
      if (fast != null) {
        accepted++;
        assertEquals(OffsetDateTime.parse(text), fast, text);
        assertEquals(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(fast), text);
      } else {
        try {
          OffsetDateTime general = OffsetDateTime.parse(text);
          // the general parser accepts it: then it must not be written back identically
          assertEquals(false, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(general)
              .equals(text), text);
        } catch (DateTimeParseException expected) {
          // neither reads it
        }
      }
    }
    System.out.println("canonical inputs accepted: " + accepted);
  }
}

package dev.docmodel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** OData URL literals and the percent-encoding of a function's call segment. */
class FunctionCallTest {
  /** What a generated call class is: typed setters over {@link FunctionCall}. */
  static final class ReminderView extends FunctionCall {
    ReminderView() {
      super("reminderView", "StartDateTime", "EndDateTime", "top");
    }

    ReminderView start(String value) {
      argument(0, value);
      return this;
    }

    ReminderView end(String value) {
      argument(1, value);
      return this;
    }

    ReminderView top(Integer value) {
      argument(2, value);
      return this;
    }
  }

  enum Color implements WireEnum {
    DARK_RED;

    @Override
    public String wireName() {
      return "darkRed";
    }
  }

  @Test
  void theArgumentsSetAreRenderedInTheDocsOrder() {
    assertEquals("reminderView(StartDateTime='2017-06-05T10:00:00',"
            + "EndDateTime='2017-06-11T11:00:00')",
        new ReminderView().end("2017-06-11T11:00:00").start("2017-06-05T10:00:00").segment());
    assertEquals("reminderView()", new ReminderView().segment());
    assertEquals("reminderView(top=null)", new ReminderView().top(null).segment());
  }

  @Test
  void stringsAreQuotedWithDoubledQuotesAndPercentEncoded() {
    assertEquals("reminderView(StartDateTime='O''Neil%20&%20co%2Fx%3F%23%C3%A9')",
        new ReminderView().start("O'Neil & co/x?#é").segment());
    assertEquals("'O''Neil'", FunctionCall.literal("O'Neil"));
  }

  @Test
  void eachTypeHasItsLiteral() {
    assertEquals("true", FunctionCall.literal(true));
    assertEquals("-5", FunctionCall.literal(-5L));
    assertEquals("1.5", FunctionCall.literal(1.5));
    assertEquals("INF", FunctionCall.literal(Double.POSITIVE_INFINITY));
    assertEquals("NaN", FunctionCall.literal(Float.NaN));
    assertEquals("0.000001", FunctionCall.literal(new BigDecimal("1E-6")));
    assertEquals("2017-06-05T10:00:00Z", FunctionCall.literal(OffsetDateTime.of(2017, 6, 5, 10, 0,
        0, 0, ZoneOffset.UTC)));
    assertEquals("2017-06-05", FunctionCall.literal(LocalDate.of(2017, 6, 5)));
    assertEquals("duration'PT1H'", FunctionCall.literal(Duration.ofHours(1)));
    assertEquals("11b0131d-43c8-4bbb-b2c8-e80f9a50834a",
        FunctionCall.literal(UUID.fromString("11b0131d-43c8-4bbb-b2c8-e80f9a50834a")));
    assertEquals("'darkRed'", FunctionCall.literal(Color.DARK_RED));
    assertEquals("binary'AAE='", FunctionCall.literal(new byte[] {0, 1}));
    assertEquals("null", FunctionCall.literal(null));
    assertThrows(IllegalArgumentException.class, () -> FunctionCall.literal(List.of()));
  }

  @Test
  void theEncodingKeepsWhatAPathSegmentMayHold() {
    assertEquals("a-._~!$&'()*+,;=:@b%20%2F%3F%23%25%C3%A9",
        FunctionCall.encode("a-._~!$&'()*+,;=:@b /?#%é"));
  }
}

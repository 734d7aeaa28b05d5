package dev.docmodel.generator.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Location and Diagnostic write equals/hashCode out; they must still be value equality. */
class ValueEqualityTest {
  @Test
  void locationsAreEqualExactlyWhenEveryComponentIs() {
    Location at = new Location("a.md", 3, 7);
    assertEquals(at, new Location("a.md", 3, 7));
    assertEquals(at.hashCode(), new Location("a.md", 3, 7).hashCode());
    for (Location other : List.of(new Location("b.md", 3, 7), new Location("a.md", 4, 7),
        new Location("a.md", 3, 8), new Location(null, 3, 7))) {
      assertNotEquals(at, other);
      assertNotEquals(other, at);
    }
    assertEquals(new Location(null, 1, 1), new Location(null, 1, 1));
    assertNotEquals(at, "a.md:3:7");
  }

  @Test
  void diagnosticsAreEqualExactlyWhenEveryComponentIs() {
    Location at = new Location("a.md", 3, 7);
    Diagnostic d = Diagnostic.of(DiagnosticCode.TABLE_ROW_MALFORMED, at, "m");
    assertEquals(d, Diagnostic.of(DiagnosticCode.TABLE_ROW_MALFORMED, new Location("a.md", 3, 7),
        "m"));
    assertEquals(d.hashCode(), Diagnostic.of(DiagnosticCode.TABLE_ROW_MALFORMED, at, "m")
        .hashCode());
    for (Diagnostic other : List.of(Diagnostic.of(DiagnosticCode.PAGE_UNREADABLE, at, "m"),
        Diagnostic.of(DiagnosticCode.TABLE_ROW_MALFORMED, Location.ofPage("a.md"), "m"),
        Diagnostic.of(DiagnosticCode.TABLE_ROW_MALFORMED, at, "n"),
        new Diagnostic(DiagnosticCode.TABLE_ROW_MALFORMED, Severity.ERROR, at, "m"))) {
      assertNotEquals(d, other);
    }
  }

  @Test
  void diagnosticsDedupeRepeatedFindings() {
    Diagnostics diagnostics = new Diagnostics();
    Location at = new Location("a.md", 3, 7);
    diagnostics.report(DiagnosticCode.TABLE_ROW_MALFORMED, at, "m");
    diagnostics.report(DiagnosticCode.TABLE_ROW_MALFORMED, new Location("a.md", 3, 7), "m");
    diagnostics.report(DiagnosticCode.TABLE_ROW_MALFORMED, at, "other");
    assertEquals(2, diagnostics.sorted().size());
  }
}

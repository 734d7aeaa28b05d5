package dev.docmodel.generator.diag;

import java.util.Objects;

/** One finding about the docs, as a value: {@code page.md:12:3: warning [CODE] message}. */
public record Diagnostic(DiagnosticCode code, Severity severity, Location location, String message)
    implements Comparable<Diagnostic> {

  public static Diagnostic of(DiagnosticCode code, Location location, String message) {
    return new Diagnostic(code, code.severity(), location, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = location.compareTo(o.location);
    if (c != 0) {
      return c;
    }
    c = code.compareTo(o.code);
    return c != 0 ? c : message.compareTo(o.message);
  }

  // equals and hashCode written out: a record's own bootstrap through method handles on first
  // use, about 15 ms of a CLI run that otherwise never touches them (Diagnostics dedupes).
  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d && code == d.code && severity == d.severity
        && Objects.equals(location, d.location) && Objects.equals(message, d.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, location, message);
  }

  @Override
  public String toString() {
    return location + ": " + severity.label() + " [" + code + "] " + message;
  }
}

package dev.docmodel.generator.diag;

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

  @Override
  public String toString() {
    return location + ": " + severity.label() + " [" + code + "] " + message;
  }
}

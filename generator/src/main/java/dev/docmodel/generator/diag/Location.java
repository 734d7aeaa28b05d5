package dev.docmodel.generator.diag;

import java.util.Objects;

/** Where an element came from: page path (relative to its docs directory), 1-based line and column. */
public record Location(String page, int line, int column) implements Comparable<Location> {
  public static Location ofPage(String page) {
    return new Location(page, 1, 1);
  }

  /** A location {@code lineOffset} lines below this one (for positions inside an embedded block). */
  public Location plusLines(int lineOffset, int newColumn) {
    return new Location(page, line + lineOffset, newColumn);
  }

  @Override
  public int compareTo(Location o) {
    int c = page.compareTo(o.page);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  // Written out, not generated: see Diagnostic.equals.
  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && line == l.line && column == l.column
        && Objects.equals(page, l.page);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Objects.hashCode(page) + line) + column;
  }

  @Override
  public String toString() {
    return page + ":" + line + ":" + column;
  }
}

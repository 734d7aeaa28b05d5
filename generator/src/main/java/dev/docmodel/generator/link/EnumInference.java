package dev.docmodel.generator.link;

import java.util.List;
import java.util.Locale;

/**
 * When a String property whose description lists "Possible values" becomes an enum the docs do not
 * name. Graph's own enums follow its naming guideline (members in camelCase: {@code notStarted},
 * {@code unknownFutureValue}); lists of PascalCase words ({@code Enabled}, {@code Visible}) are, on
 * the service, mostly plain strings from older APIs. Measured on the 2021 v1.0 reference: about
 * nine in ten of the lists the service types as enums are camelCase, and about nine in ten of
 * those it keeps as strings are not.
 */
public enum EnumInference {
  /** Never: the property stays a String. */
  OFF,
  /** When every listed value follows Graph's enum member convention (camelCase). */
  CONVENTIONAL,
  /** Whenever at least two values are listed. */
  ALWAYS;

  /** Parses {@code off}, {@code conventional} or {@code always}, case-insensitively. */
  public static EnumInference parse(String text) {
    String value = text.strip().toUpperCase(Locale.ROOT);
    return switch (value) {
      case "FALSE", "NONE" -> OFF;
      case "TRUE" -> ALWAYS;
      default -> valueOf(value);
    };
  }

  /** Whether these listed values make an enum under this policy. */
  boolean accepts(List<String> members, boolean declaredEnum) {
    if (this == OFF || members.size() < 2) {
      return false;
    }
    return this == ALWAYS || declaredEnum
        || members.stream().allMatch(m -> Character.isLowerCase(m.charAt(0)));
  }
}

package dev.docmodel.generator;

import java.util.Locale;

/**
 * The Jackson major version the generated serializers are written for; the downstream project
 * depends on the matching runtime, {@code model-runtime-jackson2} or {@code model-runtime-jackson3}.
 */
public enum JacksonVersion {
  /** {@code com.fasterxml.jackson} 2.x: checked {@code IOException}s. The default. */
  JACKSON_2("2", "model-runtime-jackson2"),
  /** {@code tools.jackson} 3.x (Spring Boot 4): unchecked {@code JacksonException}s. */
  JACKSON_3("3", "model-runtime-jackson3");

  private final String option;
  private final String runtimeArtifact;

  JacksonVersion(String option, String runtimeArtifact) {
    this.option = option;
    this.runtimeArtifact = runtimeArtifact;
  }

  /** As the CLI and the plugin spell it: {@code 2} or {@code 3}. */
  public String option() {
    return option;
  }

  /** The runtime artifact the generated code compiles against. */
  public String runtimeArtifact() {
    return runtimeArtifact;
  }

  /** {@code 2} or {@code 3} (also {@code jackson2}, {@code jackson3}). */
  public static JacksonVersion parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (JacksonVersion v : values()) {
      if (t.equals(v.option) || t.equals("jackson" + v.option)) {
        return v;
      }
    }
    throw new IllegalArgumentException("jackson must be 2 or 3, not \"" + text + "\"");
  }
}

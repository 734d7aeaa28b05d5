package dev.docmodel.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The tests run on the Jackson 3 each surefire execution says: the build's, and the one Spring
 * Boot manages. Without this, a class path that silently kept the newer Jackson would pass both.
 */
class JacksonVersionTest {
  @Test
  void theTestsRunOnTheJacksonTheExecutionNames() {
    assertEquals(System.getProperty("docmodel.expected.jackson3"),
        tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
    assertEquals(System.getProperty("docmodel.expected.jackson3"),
        tools.jackson.core.json.PackageVersion.VERSION.toString());
  }
}

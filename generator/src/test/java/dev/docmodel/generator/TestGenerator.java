package dev.docmodel.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Generation in memory for tests: a baseline that cannot be used fails the test. */
public final class TestGenerator {
  private TestGenerator() {}

  /** The options of {@code docs} generated into {@code basePackage}, all else by default. */
  public static GenerationOptions.Builder options(List<Path> docs, String basePackage) {
    return GenerationOptions.builder().docs(docs).basePackage(basePackage);
  }

  public static Generator.Result build(GenerationOptions options) throws IOException {
    try {
      return Generator.build(options);
    } catch (Generator.UnusableBaseline e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public static Generator.Result build(List<Path> docs, String basePackage) throws IOException {
    return build(options(docs, basePackage).build());
  }
}

package dev.docmodel.generator.check;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.JacksonVersion;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.link.operation.RequestTyping;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * check-examples as a library call: compiles a generated model in-process and round-trips every
 * typed request and response example of the API pages through it; every other example block is
 * counted as skipped, with its reason.
 */
public final class ExampleCheck {
  private ExampleCheck() {}

  /**
   * @param generated the generated model (its sources are compiled into a temporary directory,
   *     deleted afterwards)
   * @param basePackage the package it was generated into
   * @param api the directories of the API pages
   * @param each called with every outcome as it is known
   */
  public static CheckReport run(Generator.Result generated, String basePackage, List<Path> api,
      Consumer<ExampleOutcome> each) throws IOException {
    return run(generated, basePackage, JacksonVersion.JACKSON_2, api, each);
  }

  /** @param jackson the Jackson the model was generated for, and is read and written with */
  public static CheckReport run(Generator.Result generated, String basePackage,
      JacksonVersion jackson, List<Path> api, Consumer<ExampleOutcome> each) throws IOException {
    Path classes = Files.createTempDirectory("docmodel-check");
    try (CompiledModel compiled = CompiledModel.compile(generated.files(), basePackage, classes,
        jackson)) {
      Diagnostics disagreements = new Diagnostics();
      List<Page> pages = new ArrayList<>();
      for (DocsSource.PageFile file : new DocsSource(api, List.of(), List.of()).pages()) {
        // The reader's diagnostics are the generator's business; here only the examples matter.
        pages.add(PageReader.read(file.relativePath(), DocsSource.readText(file.file()),
            new Diagnostics()));
      }
      ExampleChecker checker = new ExampleChecker(generated.model(), compiled,
          RequestTyping.of(generated.model(), pages), disagreements);
      List<ExampleOutcome> outcomes = new ArrayList<>();
      for (Page page : pages) {
        for (Example example : ExampleReader.read(page)) {
          ExampleOutcome outcome = checker.check(example);
          outcomes.add(outcome);
          each.accept(outcome);
        }
      }
      return new CheckReport(outcomes, disagreements.sorted());
    } finally {
      deleteTree(classes);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package com.example.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.check.Example;
import dev.docmodel.generator.check.ExampleReader;
import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.Pages;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example in seeds/api that names a type: read into the typed class, write, same tree. */
class SeedExamplesRoundTripTest {
  static final Path API = Path.of(System.getProperty("docmodel.seeds.dir", "../seeds"), "api");

  static List<Example> typedExamples() throws IOException {
    List<Example> examples = new ArrayList<>();
    try (Stream<Path> files = Files.list(API)) {
      for (Path file : files.sorted().toList()) {
        for (Example e : ExampleReader.read(file.getFileName().toString(),
            DocsSource.readText(file))) {
          if (e.odataType() != null && !e.body().isBlank()) {
            examples.add(e);
          }
        }
      }
    }
    return examples;
  }

  @Test
  void theSeedPagesHaveTypedExamplesOfBothKinds() throws IOException {
    List<Example> examples = typedExamples();
    assertTrue(examples.stream().filter(e -> e.kind().equals("response")).count() >= 10,
        "typed responses: " + examples.size());
    assertTrue(examples.stream().anyMatch(Example::collection));
  }

  @TestFactory
  Stream<DynamicTest> everyTypedExampleRoundTrips() throws IOException {
    return typedExamples().stream().map(example -> DynamicTest.dynamicTest(
        example.bodyLocation() + " " + example.kind() + " " + example.odataType(),
        () -> roundTrip(example)));
  }

  private static void roundTrip(Example example) throws IOException {
    TypeDescriptor<?> type = ModelTypes.resolve(example.odataType());
    assertNotNull(type, "no generated type for " + example.odataType());
    String original = Json.tree(example.body());
    String written;
    try (var p = Json.parser(example.body())) {
      if (example.collection()) {
        CollectionPage<?> page = Pages.read(p, ModelTypes.newReadContext(ReadMode.LENIENT),
            type);
        assertFalse(page.getValue().isEmpty(), "a collection example with items");
        page.getValue().forEach(item -> assertTrue(type.type().isInstance(item)));
        written = Json.write(g -> Pages.write(g, page));
      } else {
        GraphObject value = GraphJson.readObject(p, ModelTypes.newReadContext(ReadMode.LENIENT),
            type);
        assertTrue(type.type().isInstance(value), value.getClass() + " for " + type.odataName());
        written = Json.write(g -> GraphJson.writeObject(g, value));
      }
    }
    assertEquals(original, Json.tree(written), () -> "round trip changed " + example.page());
  }
}

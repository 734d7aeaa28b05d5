package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.check.CompiledModel;
import dev.docmodel.generator.check.RoundTrip;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.runtime.ReadNote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Enums whose documented values are powers of two combine as "a,b" and read into sets. */
class FlagsEnumTest {
  private static final String ENUM = "# windowsArchitecture enum type\n\nNamespace: microsoft.graph\n\n"
      + "## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|none|0|No flags set.|\n"
      + "|x86|1|X86.|\n|x64|2|X64.|\n|arm|4|Arm.|\n";
  private static final String SEQUENTIAL = "# priority enum type\n\nNamespace: microsoft.graph\n\n"
      + "## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|low|0|L.|\n|normal|1|N.|\n"
      + "|high|2|H.|\n|urgent|3|U.|\n";
  private static final String APP = Fixtures.resourcePage("app", "", null,
      "|applicableArchitectures|[windowsArchitecture](windowsarchitecture.md)|Where.|\n"
          + "|priority|[priority](priority.md)|How.|", "{}");

  @Test
  void powersOfTwoMakeAFlagsEnum() {
    Fixtures.Linked linked = Fixtures.link("windowsarchitecture.md", ENUM, "priority.md",
        SEQUENTIAL, "app.md", APP);
    assertTrue(((EnumType) linked.model().find(new QualifiedName("microsoft.graph",
        "windowsArchitecture")).orElseThrow()).flags());
    assertTrue(!((EnumType) linked.model().find(new QualifiedName("microsoft.graph",
        "priority")).orElseThrow()).flags(), "0, 1, 2, 3 is a plain enum");
  }

  /** On both Jacksons: the model is compiled and run on its own binding. */
  @ParameterizedTest
  @EnumSource(JacksonVersion.class)
  void flagsReadIntoSetsTolerateSpacesAndKeepUnknownMembers(JacksonVersion jackson,
      @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("windowsarchitecture.md"), ENUM);
    Files.writeString(dir.resolve("priority.md"), SEQUENTIAL);
    Files.writeString(dir.resolve("app.md"), APP);
    Generator.Result result = TestGenerator.build(TestGenerator.options(List.of(dir), "flags")
        .jackson(jackson).build());
    try (CompiledModel model = CompiledModel.compile(result.files(), "flags",
        dir.resolve("classes"), jackson)) {
      RoundTrip app = model.roundTrip();
      String type = "microsoft.graph.app";

      String canonical = "{\"applicableArchitectures\":\"x64,x86\"}";
      RoundTrip.Result exact = app.run(type, canonical, false);
      Set<?> set = (Set<?>) exact.value().getClass().getMethod("getApplicableArchitectures")
          .invoke(exact.value());
      assertEquals("[X64, X86]", set.toString());
      assertTrue(exact.value().getRawValues().isEmpty(), "canonical text needs no raw value");
      assertEquals(canonical, exact.written());

      String spaced = "{\"applicableArchitectures\":\"x86, arm\"}";
      RoundTrip.Result tolerant = app.run(type, spaced, false);
      Set<?> both = (Set<?>) tolerant.value().getClass().getMethod("getApplicableArchitectures")
          .invoke(tolerant.value());
      assertEquals(2, both.size());
      assertEquals(spaced, tolerant.written(), "the spacing is kept");

      String unknown = "{\"applicableArchitectures\":\"x86,riscv\"}";
      RoundTrip.Result kept = app.run(type, unknown, false);
      assertEquals(unknown, kept.written());
      assertEquals(ReadNote.Kind.UNLISTED_ENUM_MEMBER, kept.notes().get(0).kind());
      assertEquals("/applicableArchitectures", kept.notes().get(0).pointer());
    }
  }
}

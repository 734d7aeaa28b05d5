package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.docmodel.generator.check.CompiledModel;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.ReadNote;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.ReadContext;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void flagsReadIntoSetsTolerateSpacesAndKeepUnknownMembers(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("windowsarchitecture.md"), ENUM);
    Files.writeString(dir.resolve("priority.md"), SEQUENTIAL);
    Files.writeString(dir.resolve("app.md"), APP);
    Generator.Result result = Generator.run(new Generator.Request(
        new DocsSource(List.of(dir), List.of(), List.of()), "flags", Linker.Options.defaults()));
    try (CompiledModel model = CompiledModel.compile(result.files(), "flags",
        dir.resolve("classes"))) {
      TypeDescriptor<?> app = model.resolve("microsoft.graph.app");

      GraphObject exact = read(model, app, "{\"applicableArchitectures\":\"x64,x86\"}");
      Set<?> set = (Set<?>) exact.getClass().getMethod("getApplicableArchitectures").invoke(exact);
      assertEquals("[X64, X86]", set.toString());
      assertTrue(exact.getRawValues().isEmpty(), "canonical text needs no raw value");
      assertEquals("{\"applicableArchitectures\":\"x64,x86\"}", write(exact));

      String spaced = "{\"applicableArchitectures\":\"x86, arm\"}";
      GraphObject tolerant = read(model, app, spaced);
      Set<?> both = (Set<?>) tolerant.getClass().getMethod("getApplicableArchitectures")
          .invoke(tolerant);
      assertEquals(2, both.size());
      assertEquals(spaced, write(tolerant), "the spacing is kept");

      ReadContext ctx = model.newReadContext(ReadMode.LENIENT);
      String unknown = "{\"applicableArchitectures\":\"x86,riscv\"}";
      GraphObject kept = read(ctx, app, unknown);
      assertEquals(unknown, write(kept));
      assertEquals(ReadNote.Kind.UNLISTED_ENUM_MEMBER, ctx.notes().get(0).kind());
      assertEquals("/applicableArchitectures", ctx.notes().get(0).pointer());
    }
  }

  private static GraphObject read(CompiledModel model, TypeDescriptor<?> type, String json)
      throws Exception {
    return read(model.newReadContext(ReadMode.LENIENT), type, json);
  }

  private static GraphObject read(ReadContext ctx, TypeDescriptor<?> type, String json)
      throws Exception {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      return GraphJson.readObject(p, ctx, type);
    }
  }

  private static String write(GraphObject value) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      GraphJson.writeObject(g, value);
    }
    return out.toString();
  }
}

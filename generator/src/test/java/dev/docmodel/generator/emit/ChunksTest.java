package dev.docmodel.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {
  @Test
  void stringLiteralsAreSpelledAsJavaPoetSpellsThem() {
    List<String> names = List.of("displayName", "@odata.type", "a\"b", "back\\slash", "it's",
        "tab\there", "bell\u0007", "cr\rlf", "\u00e9t\u00e9", "*/ static { } /*", "\\u000a",
        "{@code x}", "$dollar$", "");
    for (String name : names) {
      assertEquals(CodeBlock.of("$S", name).toString(), Chunks.stringLiteral(name), name);
    }
  }

  @Test
  void aLineBreakStaysOnOneLine() {
    assertEquals("\"two\\nlines\"", Chunks.stringLiteral("two\nlines"),
        "JavaPoet would split the literal over lines; one line is as valid");
  }
}

package dev.docmodel.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaTextTest {
  @Test
  void stringLiteralsAreSpelledAsJavaPoetSpellsThem() {
    List<String> names = List.of("displayName", "@odata.type", "a\"b", "back\\slash", "it's",
        "tab\there", "bell\u0007", "cr\rlf", "\u00e9t\u00e9", "*/ static { } /*", "\\u000a",
        "{@code x}", "$dollar$", "");
    for (String name : names) {
      assertEquals(CodeBlock.of("$S", name).toString(), JavaText.stringLiteral(name), name);
    }
  }

  @Test
  void aLineBreakIsLeftToJavaPoet() {
    assertNull(JavaText.stringLiteral("two\nlines"),
        "JavaPoet splits such literals over lines; the caller passes them as $S");
  }
}

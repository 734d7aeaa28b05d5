package dev.docmodel.generator;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.read.PageReader;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class FuzzProbe {
  @Test
  void probe() throws Exception {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    for (char fill : "x|`*[<{\\".toCharArray()) {
      String text = "# t\n\n" + String.valueOf(fill).repeat(1_000_000) + "\n";
      long t0 = System.nanoTime();
      parser.parse(text);
      long t1 = System.nanoTime();
      PageReader.read("m.md", text, new Diagnostics());
      long t2 = System.nanoTime();
      System.out.printf("probe '%s' 1MB: commonmark %d ms, reader %d ms%n", fill, (t1 - t0) / 1000000, (t2 - t1) / 1000000);
    }
  }
}

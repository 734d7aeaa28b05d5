package dev.docmodel.bench;

import dev.docmodel.generator.DocsSource;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The floor for generation: only read every page and parse it with commonmark (GFM tables, source
 * spans, as the generator does), nothing else. Run in a cold JVM, like the CLI:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.docmodel.bench.ParseFloor DIR}.
 */
public final class ParseFloor {
  private ParseFloor() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    int pages = 0;
    long nodes = 0;
    for (DocsSource.PageFile page : new DocsSource(List.of(Path.of(args[0])), List.of(),
        List.of()).pages()) {
      Node document = parser.parse(DocsSource.readText(page.file()));
      pages++;
      for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
        nodes++;
      }
    }
    System.out.printf("commonmark parse floor: %d pages, %d blocks, %d ms in process%n", pages,
        nodes, (System.nanoTime() - start) / 1_000_000);
  }
}

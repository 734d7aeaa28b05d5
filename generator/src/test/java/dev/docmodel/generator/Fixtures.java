package dev.docmodel.generator;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written pages and a one-call read + link. */
public final class Fixtures {
  private Fixtures() {}

  public record Linked(TypeModel model, Diagnostics diagnostics) {
    String diagnosticsText() {
      return diagnostics.sorted().toString();
    }

    /** Every diagnostic, sorted, as {@code page.md:12:3: warning [CODE] message}. */
    public List<String> lines() {
      return diagnostics.sorted().stream().map(Object::toString).toList();
    }
  }

  /** Pages as alternating path, text. */
  public static Linked link(String... pathsAndTexts) {
    return link(Linker.Options.defaults(), pathsAndTexts);
  }

  public static Linked link(Linker.Options options, String... pathsAndTexts) {
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      pages.add(PageReader.read(pathsAndTexts[i], pathsAndTexts[i + 1], diagnostics));
    }
    return new Linked(new Linker(options, diagnostics).link(pages), diagnostics);
  }

  public static String resourcePage(String name, String annotationExtra, String inherits, String table,
      String json) {
    return "---\ntitle: \"" + name + " resource type\"\ndescription: \"The " + name + ".\"\n---\n\n"
        + "# " + name + " resource type\n\nNamespace: microsoft.graph\n\n"
        + (inherits == null ? "" : "Inherits from [" + inherits + "](" + inherits + ".md)\n\n")
        + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n" + table + "\n\n"
        + "## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n"
        + "  \"@odata.type\": \"microsoft.graph." + name + "\"" + annotationExtra + "\n}-->\n"
        + "```json\n" + json + "\n```\n";
  }
}

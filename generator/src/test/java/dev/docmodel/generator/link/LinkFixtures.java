package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The passes of the linker run one by one on small pages: each pass's test runs the passes before
 * it as the {@link Linker} does and looks at what its own pass returns.
 */
final class LinkFixtures {
  static final String NS = Linker.GRAPH_NAMESPACE;

  private LinkFixtures() {}

  static QualifiedName graph(String name) {
    return new QualifiedName(NS, name);
  }

  static Diagnostic diagnostic(DiagnosticCode code, String page, int line, int column,
      String message) {
    return Diagnostic.of(code, new Location(page, line, column), message);
  }

  /** Pages as alternating path, text; read, sorted by path as the linker sorts them. */
  static List<Page> pages(Diagnostics diagnostics, String... pathsAndTexts) {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      pages.add(PageReader.read(pathsAndTexts[i], pathsAndTexts[i + 1], diagnostics));
    }
    pages.sort(Comparator.comparing(Page::path));
    return pages;
  }

  /** Through pass 2. */
  static Definitions definitions(Diagnostics diagnostics, String... pathsAndTexts) {
    return CollectSampleTypes.run(CollectDefinitions.run(pages(diagnostics, pathsAndTexts), NS,
        diagnostics));
  }

  /** Through pass 4. */
  static Resolution resolution(Diagnostics diagnostics, String... pathsAndTexts) {
    Definitions definitions = definitions(diagnostics, pathsAndTexts);
    Map<QualifiedName, List<PropertyDraft>> merged = MergeProperties.run(definitions, diagnostics);
    return ResolveNames.run(definitions, merged, NS, diagnostics);
  }

  /** Through pass 5. */
  static Declared declared(Resolution resolution, Diagnostics diagnostics) {
    return InferEnums.run(resolution, EnumInference.CONVENTIONAL, diagnostics);
  }

  /** Through pass 8. */
  static Hierarchy hierarchy(Resolution resolution, Diagnostics diagnostics) {
    Declared declared = declared(resolution, diagnostics);
    return ResolveHierarchy.run(resolution, Usage.of(resolution, declared),
        ApiEvidence.run(resolution), diagnostics);
  }

  /** Only the diagnostics of these codes, sorted. */
  static List<Diagnostic> only(Diagnostics diagnostics, DiagnosticCode... codes) {
    List<DiagnosticCode> wanted = List.of(codes);
    return diagnostics.sorted().stream().filter(d -> wanted.contains(d.code())).toList();
  }

  /** A resource page of today's shape; rows are table lines, json the sample. */
  static String page(String name, String annotationExtra, String prose, String rows,
      String json) {
    return "---\ntitle: \"" + name + " resource type\"\n---\n\n# " + name + " resource type\n\n"
        + "Namespace: microsoft.graph\n\n" + prose + "\n\n## Properties\n\n"
        + "| Property | Type | Description |\n|:--|:--|:--|\n" + rows + "\n\n"
        + "## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n"
        + "  \"@odata.type\": \"microsoft.graph." + name + "\"" + annotationExtra + "\n}-->\n"
        + "```json\n" + json + "\n```\n";
  }
}

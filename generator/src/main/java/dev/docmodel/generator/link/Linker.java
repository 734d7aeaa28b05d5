package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Stage 2: merges the elements of all pages into one immutable {@link TypeModel}, in named passes
 * that each take immutable values and return new ones:
 * <ol>
 *   <li>{@link CollectDefinitions}: pages → what each defines, names unresolved;
 *   <li>{@link CollectSampleTypes}: objects nested in JSON samples add to the types they name;
 *   <li>{@link MergeProperties}: each type's table rows and sample members → its properties;
 *   <li>{@link ResolveNames}: every name resolved; placeholders for what no page defines;
 *   <li>{@link InferEnums}: "Possible values" lists → enum-typed properties;
 *   <li>{@link CheckSamples}: samples that contradict the declared types are reported;
 *   <li>{@link ApiEvidence}: what API pages' response examples say of derivation;
 *   <li>{@link ResolveHierarchy}: base types and keys, weighing all the evidence;
 *   <li>{@link AssembleModel}: kinds, own properties, the model.
 * </ol>
 * Problems are reported with their locations as they are found and repaired where they are (a
 * cycle is cut, a name claimed twice keeps one meaning), so every pass runs and every problem is
 * known before anything is emitted.
 */
public final class Linker {
  /** The namespace of Microsoft Graph's types: the default for pages that name none. */
  public static final String GRAPH_NAMESPACE = "microsoft.graph";

  /** Linking choices. */
  public record Options(String defaultNamespace, EnumInference enumInference) {
    public static Options defaults() {
      return new Options(GRAPH_NAMESPACE, EnumInference.CONVENTIONAL);
    }
  }

  private final Options options;
  private final Diagnostics diagnostics;

  public Linker(Options options, Diagnostics diagnostics) {
    this.options = options;
    this.diagnostics = diagnostics;
  }

  public TypeModel link(List<Page> pages) {
    String namespace = options.defaultNamespace();
    List<Page> sorted = pages.stream().sorted(Comparator.comparing(Page::path)).toList();
    Definitions definitions = CollectSampleTypes.run(
        CollectDefinitions.run(sorted, namespace, diagnostics));
    Map<QualifiedName, List<PropertyDraft>> merged = MergeProperties.run(definitions, diagnostics);
    Resolution resolution = ResolveNames.run(definitions, merged, namespace, diagnostics);
    Declared declared = InferEnums.run(resolution, options.enumInference(), diagnostics);
    CheckSamples.run(resolution, declared, diagnostics);
    Hierarchy hierarchy = ResolveHierarchy.run(resolution, Usage.of(resolution, declared),
        ApiEvidence.run(resolution), diagnostics);
    return AssembleModel.run(resolution, declared, hierarchy, namespace, diagnostics);
  }
}

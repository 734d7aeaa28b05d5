package dev.docmodel.generator;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.api.NamePins;
import dev.docmodel.generator.compat.BaselineFile;
import dev.docmodel.generator.compat.BaselineReader;
import dev.docmodel.generator.compat.ChangeReport;
import dev.docmodel.generator.compat.Compatibility;
import dev.docmodel.generator.compat.KeepMerge;
import dev.docmodel.generator.compat.ModelDiff;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.emit.JavaEmitter;
import dev.docmodel.generator.emit.SourceFile;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.link.operation.OperationBodies;
import dev.docmodel.generator.link.operation.OperationLinker;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import dev.docmodel.generator.select.Slice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The whole generation, from docs to files, as one call: {@link #run} reads the docs and the
 * baseline, links, slices, keeps the baseline's API, plans the output once, diffs, and writes the
 * sources and every report; {@link #build} is the same without writing, for tools that use the
 * files in memory (check-examples, tests). The CLI and the Maven plugin are shells around
 * {@link #run}: they map their arguments to {@link GenerationOptions} and print the
 * {@link Outcome}.
 */
public final class Generator {
  /**
   * The outcome in memory: the model, the files to generate and all diagnostics. Files are
   * generated even when some pages have problems: the linker repairs what they break (a base
   * cycle is cut, a name claimed twice keeps one meaning), so a problem in one page changes
   * nothing generated from the others.
   *
   * @param basePackage the package generated into (the options', else the baseline's)
   * @param changes the changes against the baseline, or null without one
   */
  public record Result(TypeModel model, String basePackage, List<SourceFile> sources,
      List<Diagnostic> diagnostics, Map<String, Long> timingsMillis, int pageCount,
      Supplier<ApiSurface> surface, ChangeReport changes) {
    public long errorCount() {
      return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** Every file, emitted now (JavaPoet trees of a large model take much memory; see {@link
     * SourceFile}). */
    public List<JavaFile> files() {
      return JavaEmitter.emitAll(sources);
    }
  }

  /** The baseline cannot be used; nothing is generated from it. */
  public static final class UnusableBaseline extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> problems;

    UnusableBaseline(List<Diagnostic> problems) {
      super("the baseline cannot be used: " + problems.get(0));
      this.problems = List.copyOf(problems);
    }

    /** Each problem at its place in the baseline file (BASELINE_INVALID). */
    public List<Diagnostic> problems() {
      return problems;
    }
  }

  private Generator() {}

  /** Generates, writes the sources and the reports the options ask for, and says how it went. */
  public static Outcome run(GenerationOptions options) throws IOException {
    return GenerationRun.run(options);
  }

  /** The generation in memory: reads the docs and the baseline, writes nothing. */
  public static Result build(GenerationOptions options) throws IOException, UnusableBaseline {
    Compatibility compatibility = compatibility(options);
    String basePackage = options.basePackage() != null ? options.basePackage()
        : compatibility.baseline() != null ? compatibility.baseline().surface().basePackage()
        : null;
    if (basePackage == null) {
      throw new IllegalArgumentException("no base package: give one, or a baseline to take it "
          + "from");
    }
    Map<String, Long> timings = new LinkedHashMap<>();
    Diagnostics diagnostics = new Diagnostics();
    long start = System.nanoTime();
    List<DocsSource.PageFile> files = options.source().pages();
    List<Page> pages = readAll(files, diagnostics);
    long read = System.nanoTime();
    TypeModel docsModel = link(options, pages, diagnostics);
    long linked = System.nanoTime();
    TypeModel model = docsModel;
    NamePins pins = NamePins.NONE;
    NamePins baselinePins = NamePins.NONE;
    if (compatibility.keeps()) {
      KeepMerge.Merged merged = KeepMerge.run(docsModel, compatibility.baseline());
      diagnostics.addAll(merged.diagnostics());
      model = merged.model();
      pins = merged.pins();
      baselinePins = merged.baselinePins();
    }
    JavaEmitter.Plan plan = JavaEmitter.plan(model, new JavaEmitter.Settings(basePackage,
        options.pageUrl(), options.jackson()), pins);
    diagnostics.addAll(plan.adjustments());
    ChangeReport changes = null;
    if (compatibility.compares()) {
      // What the docs alone give, named as the baseline names it: the report's middle column.
      ApiSurface docsSurface = compatibility.keeps()
          ? JavaEmitter.surface(docsModel, basePackage, baselinePins) : plan.surface().get();
      changes = ModelDiff.report(compatibility.baseline().surface(), docsSurface,
          plan.surface().get());
    }
    long planned = System.nanoTime();
    timings.put("read", (read - start) / 1_000_000);
    timings.put("link", (linked - read) / 1_000_000);
    timings.put("plan", (planned - linked) / 1_000_000);
    return new Result(model, basePackage, plan.files(), diagnostics.sorted(), timings,
        files.size(), plan.surface(), changes);
  }

  /**
   * Stage 2: the types, the operations when wanted, the slice when asked for, and the actions'
   * body types (after slicing, so that a slice's operations bring exactly their bodies).
   */
  private static TypeModel link(GenerationOptions options, List<Page> pages,
      Diagnostics diagnostics) {
    TypeModel model = new Linker(options.linking(), diagnostics).link(pages);
    if (options.operations()) {
      model = OperationLinker.link(model, pages, diagnostics);
    }
    if (!options.roots().isEmpty()) {
      Slice.Result slice = Slice.of(model, options.roots());
      diagnostics.addAll(slice.diagnostics());
      model = slice.model();
    }
    return OperationBodies.addTo(model);
  }

  /** The baseline read and checked, or none; a baseline that cannot be used stops the run. */
  private static Compatibility compatibility(GenerationOptions options) throws UnusableBaseline {
    if (options.baseline() == null || options.compatibility() == Compatibility.Mode.OFF) {
      return Compatibility.NONE;
    }
    BaselineFile.Read read = BaselineReader.read(options.baseline(), options.basePackage());
    if (!read.ok()) {
      throw new UnusableBaseline(read.problems());
    }
    return new Compatibility(options.compatibility(), read.baseline());
  }

  /** Pages are independent: read in parallel, each with its own diagnostics, merged in order. */
  private static List<Page> readAll(List<DocsSource.PageFile> files, Diagnostics diagnostics) {
    List<Diagnostics> perPage = new ArrayList<>();
    files.forEach(f -> perPage.add(new Diagnostics()));
    List<Page> pages = IntStream.range(0, files.size()).parallel()
        .mapToObj(i -> readPage(files.get(i), perPage.get(i))).toList();
    perPage.forEach(d -> diagnostics.addAll(d.sorted()));
    return pages;
  }

  /** Reads one page; a page that cannot be read is a diagnostic, never a failed run. */
  static Page readPage(DocsSource.PageFile file, Diagnostics diagnostics) {
    try {
      return PageReader.read(file.relativePath(), DocsSource.readText(file.file()), diagnostics);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      diagnostics.report(DiagnosticCode.PAGE_UNREADABLE, Location.ofPage(file.relativePath()),
          e.getClass().getSimpleName() + ": " + e.getMessage());
      return new Page(file.relativePath(), Map.of(), List.of(), null, null, List.of(), List.of(),
          List.of(), List.of(), List.of(), null, List.of(), null, null);
    }
  }
}

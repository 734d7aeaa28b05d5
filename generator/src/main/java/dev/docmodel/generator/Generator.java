package dev.docmodel.generator;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.compat.ChangeReport;
import dev.docmodel.generator.compat.Compatibility;
import dev.docmodel.generator.compat.KeepMerge;
import dev.docmodel.generator.compat.ModelDiff;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.emit.ApiSurface;
import dev.docmodel.generator.emit.JavaEmitter;
import dev.docmodel.generator.emit.NamePins;
import dev.docmodel.generator.emit.SourceFile;
import dev.docmodel.generator.link.Linker;
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
 * The pipeline, read → link → plan the output, as one call. Emitting and writing are left to the
 * caller (CLI or plugin), which decides where and how: {@link
 * dev.docmodel.generator.write.SourceWriter} emits, renders and writes each file in one pass.
 */
public final class Generator {
  /**
   * What to generate from.
   *
   * @param compatibility what to do with a baseline: keep its API, report against it, or nothing
   * @param roots the types to generate with what they need ({@link Slice}); empty: the whole model
   * @param pageUrl the published URL of a docs page, linked from each type's javadoc
   *     ({@code {page}}: the file name without {@code .md}; {@code {path}}: the path in the docs
   *     directory); empty: no links
   */
  public record Request(DocsSource docs, String basePackage, Linker.Options options,
      Compatibility compatibility, List<String> roots, String pageUrl, JacksonVersion jackson) {
    public Request {
      roots = List.copyOf(roots);
    }

    public Request(DocsSource docs, String basePackage, Linker.Options options,
        Compatibility compatibility, List<String> roots, String pageUrl) {
      this(docs, basePackage, options, compatibility, roots, pageUrl, JacksonVersion.JACKSON_2);
    }

    /** The same request, for serializers written against {@code version}. */
    public Request withJackson(JacksonVersion version) {
      return new Request(docs, basePackage, options, compatibility, roots, pageUrl, version);
    }

    public Request(DocsSource docs, String basePackage, Linker.Options options,
        Compatibility compatibility, List<String> roots) {
      this(docs, basePackage, options, compatibility, roots, JavaEmitter.GRAPH_REFERENCE);
    }

    public Request(DocsSource docs, String basePackage, Linker.Options options) {
      this(docs, basePackage, options, Compatibility.NONE);
    }

    public Request(DocsSource docs, String basePackage, Linker.Options options,
        Compatibility compatibility) {
      this(docs, basePackage, options, compatibility, List.of());
    }
  }

  /**
   * The outcome: the model, the files to generate and all diagnostics. Files are generated even
   * when some pages have errors: the linker repairs what they break (a base cycle is cut, a name
   * claimed twice keeps one meaning), so an error in one page changes nothing generated from the
   * others. Callers decide whether errors fail their run.
   */
  public record Result(TypeModel model, List<SourceFile> sources, List<Diagnostic> diagnostics,
      Map<String, Long> timingsMillis, int pageCount, Supplier<ApiSurface> surface,
      ChangeReport changes) {
    public long errorCount() {
      return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** Every file, emitted now (JavaPoet trees of a large model take much memory; see {@link
     * SourceFile}). */
    public List<JavaFile> files() {
      return JavaEmitter.emitAll(sources);
    }
  }

  private Generator() {}

  public static Result run(Request request) throws IOException {
    Map<String, Long> timings = new LinkedHashMap<>();
    Diagnostics diagnostics = new Diagnostics();
    long start = System.nanoTime();
    List<DocsSource.PageFile> files = request.docs().pages();
    // Pages are independent: read them in parallel, each with its own diagnostics, merged in order.
    List<Diagnostics> perPage = new ArrayList<>();
    files.forEach(f -> perPage.add(new Diagnostics()));
    List<Page> pages = IntStream.range(0, files.size()).parallel()
        .mapToObj(i -> readPage(files.get(i), perPage.get(i))).toList();
    perPage.forEach(d -> diagnostics.addAll(d.sorted()));
    long read = System.nanoTime();
    TypeModel docsModel = new Linker(request.options(), diagnostics).link(pages);
    if (!request.roots().isEmpty()) {
      Slice.Result slice = Slice.of(docsModel, request.roots());
      diagnostics.addAll(slice.diagnostics());
      docsModel = slice.model();
    }
    long linked = System.nanoTime();
    Compatibility compatibility = request.compatibility();
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
    JavaEmitter.Plan plan = JavaEmitter.plan(model, request.basePackage(), pins,
        request.pageUrl(), request.jackson());
    diagnostics.addAll(plan.adjustments());
    List<SourceFile> sources = plan.files();
    ChangeReport changes = null;
    if (compatibility.compares()) {
      ApiSurface docsSurface = compatibility.keeps()
          ? JavaEmitter.plan(docsModel, request.basePackage(), baselinePins).surface().get()
          : plan.surface().get();
      changes = ModelDiff.report(compatibility.baseline().surface(), docsSurface,
          plan.surface().get());
    }
    long planned = System.nanoTime();
    timings.put("read", (read - start) / 1_000_000);
    timings.put("link", (linked - read) / 1_000_000);
    timings.put("plan", (planned - linked) / 1_000_000);
    return new Result(model, sources, diagnostics.sorted(), timings, files.size(), plan.surface(),
        changes);
  }

  /** Reads one page; a page that cannot be read is a diagnostic, never a failed run. */
  static Page readPage(DocsSource.PageFile file, Diagnostics diagnostics) {
    try {
      return PageReader.read(file.relativePath(), DocsSource.readText(file.file()), diagnostics);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      diagnostics.report(DiagnosticCode.PAGE_UNREADABLE, Location.ofPage(file.relativePath()),
          e.getClass().getSimpleName() + ": " + e.getMessage());
      return new Page(file.relativePath(), Map.of(), List.of(), null, null, List.of(), List.of(),
          List.of(), List.of());
    }
  }
}

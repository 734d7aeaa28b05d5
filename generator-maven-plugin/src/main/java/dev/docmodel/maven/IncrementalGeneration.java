package dev.docmodel.maven;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.Severity;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.write.SourceWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution of the plugin, without Maven: fingerprint the inputs, and either leave everything
 * as it is (up to date) or regenerate, write only changed files, delete the files of the previous
 * run that are no longer produced, and commit the cache — last, and only on success.
 */
final class IncrementalGeneration {
  /** Where diagnostics go: the build log and, in an IDE, markers on the pages. */
  interface Reporter {
    void diagnostic(Diagnostic diagnostic, Path page);
  }

  /** The docs have problems that fail the build; nothing was written and the cache is unchanged. */
  static final class DocsProblems extends Exception {
    private static final long serialVersionUID = 1L;

    DocsProblems(String message) {
      super(message);
    }
  }

  record Outcome(boolean upToDate, int pages, int types, List<Path> produced, List<Path> written,
      List<Path> deleted) {}

  private final PluginSettings settings;
  private final Reporter reporter;

  IncrementalGeneration(PluginSettings settings, Reporter reporter) {
    this.settings = settings;
    this.reporter = reporter;
  }

  Outcome run() throws IOException, DocsProblems {
    Path output = settings.outputDirectory().toAbsolutePath().normalize();
    DocsSource source = new DocsSource(settings.docsDirectories(), settings.includes(),
        settings.excludes());
    List<DocsSource.PageFile> pages = source.pages();
    String fingerprint = Fingerprint.of(settings, pages);
    GenerationCache previous = GenerationCache.read(settings.cacheFile());
    if (previous != null && previous.fingerprint().equals(fingerprint)
        && previous.outputsExist(output)) {
      List<Path> outputs = previous.outputPaths(output);
      return new Outcome(true, pages.size(), -1, outputs, List.of(), List.of());
    }
    Generator.Result result = Generator.run(new Generator.Request(source, settings.basePackage(),
        new Linker.Options(settings.defaultNamespace(), settings.enumInference())));
    report(result.diagnostics(), pages);
    checkFailures(result.diagnostics());
    SourceWriter.Result written = SourceWriter.write(output, result.sources());
    List<Path> deleted = previous == null ? List.of()
        : SourceWriter.deleteStale(output, previous.outputPaths(output), written.produced());
    List<String> relative = new ArrayList<>();
    written.produced().forEach(p -> relative.add(output.relativize(p).toString().replace('\\', '/')));
    new GenerationCache(fingerprint, relative).write(settings.cacheFile());
    return new Outcome(false, result.pageCount(), result.model().types().size(), written.produced(),
        written.written(), deleted);
  }

  private void report(List<Diagnostic> diagnostics, List<DocsSource.PageFile> pages) {
    Map<String, Path> files = new HashMap<>();
    pages.forEach(p -> files.putIfAbsent(p.relativePath(), p.file()));
    for (Diagnostic d : diagnostics) {
      reporter.diagnostic(d, files.get(d.location().page()));
    }
  }

  private void checkFailures(List<Diagnostic> diagnostics) throws DocsProblems {
    List<Diagnostic> failing = diagnostics.stream().filter(d -> d.isError()
        || (settings.failOnWarning() && d.severity() == Severity.WARNING)).toList();
    if (!failing.isEmpty()) {
      String what = settings.failOnWarning() ? "error(s) or warning(s)" : "error(s)";
      throw new DocsProblems("docmodel: " + failing.size() + " " + what
          + " in the docs; the first: " + failing.get(0));
    }
  }
}

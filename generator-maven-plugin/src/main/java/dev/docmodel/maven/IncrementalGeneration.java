package dev.docmodel.maven;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.GenerationOptions;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.link.Linker;
import java.io.IOException;
import java.nio.file.Files;
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

  /**
   * @param changes the summary of the changes against the baseline, or null without one
   */
  record Outcome(boolean upToDate, int pages, int types, List<Path> produced, List<Path> written,
      List<Path> deleted, String changes) {}

  private final PluginSettings settings;
  private final Reporter reporter;

  IncrementalGeneration(PluginSettings settings, Reporter reporter) {
    this.settings = settings;
    this.reporter = reporter;
  }

  Outcome run() throws IOException, DocsProblems {
    Path output = settings.outputDirectory().toAbsolutePath().normalize();
    List<DocsSource.PageFile> pages = new DocsSource(settings.docsDirectories(),
        settings.includes(), settings.excludes()).pages();
    String fingerprint = Fingerprint.of(settings, pages);
    GenerationCache previous = GenerationCache.read(settings.cacheFile());
    if (previous != null && previous.fingerprint().equals(fingerprint)
        && previous.outputsExist(output)) {
      List<Path> outputs = previous.outputPaths(output);
      return new Outcome(true, pages.size(), -1, outputs, List.of(), List.of(), null);
    }
    dev.docmodel.generator.Outcome generated = Generator.run(options(settings)
        .outputDirectory(output)
        .previousOutputs(previous == null ? List.of() : previous.outputPaths(output))
        .reports(new GenerationOptions.Reports(null, null, settings.changeReport(),
            changelog(settings.changeReport()), null))
        .build());
    checked(generated, pages, reporter, settings);
    List<String> relative = new ArrayList<>();
    generated.produced().forEach(p -> relative.add(output.relativize(p).toString()
        .replace('\\', '/')));
    new GenerationCache(fingerprint, relative).write(settings.cacheFile());
    return new Outcome(false, generated.pages(), generated.types(), generated.produced(),
        generated.written(), generated.deleted(), generated.changes());
  }

  /**
   * What an execution asks the generator for, generate and update-baseline alike: a baseline is
   * used when its file exists (until then, update-baseline writes it).
   */
  static GenerationOptions.Builder options(PluginSettings settings) {
    Path baseline = settings.baseline() != null && Files.isRegularFile(settings.baseline())
        ? settings.baseline() : null;
    return GenerationOptions.builder().docs(settings.docsDirectories())
        .includes(settings.includes()).excludes(settings.excludes())
        .basePackage(settings.basePackage())
        .linking(new Linker.Options(settings.defaultNamespace(), settings.enumInference()))
        .operations(settings.operations()).roots(settings.roots()).pageUrl(settings.pageUrl()).jackson(settings.jackson())
        .baseline(baseline).compatibility(settings.compatibility())
        .failOnWarning(settings.failOnWarning()).failOnBreaking(settings.failOnBreaking());
  }

  /**
   * Reports the diagnostics of a run, each with its file; a run that did not generate becomes a
   * {@link DocsProblems} saying why, with what to do next.
   */
  static void checked(dev.docmodel.generator.Outcome outcome, List<DocsSource.PageFile> pages,
      Reporter reporter, PluginSettings settings) throws DocsProblems {
    if (outcome.status() == dev.docmodel.generator.Outcome.Status.BASELINE_UNUSABLE) {
      outcome.diagnostics().forEach(d -> reporter.diagnostic(d, settings.baseline()));
    } else {
      report(outcome.diagnostics(), pages, reporter);
    }
    switch (outcome.status()) {
      case GENERATED -> { }
      case BREAKING -> throw new DocsProblems("docmodel: " + outcome.failure() + ". Read "
          + settings.changeReport() + "; accept them with docmodel:update-baseline");
      default -> throw new DocsProblems("docmodel: " + outcome.failure());
    }
  }

  /** The Markdown changelog beside the JSON change report. */
  static Path changelog(Path json) {
    if (json == null) {
      return null;
    }
    String name = json.getFileName().toString();
    return json.resolveSibling(name.endsWith(".json")
        ? name.substring(0, name.length() - 5) + ".md" : name + ".md");
  }

  /** Reports each diagnostic with the file of its page. */
  static void report(List<Diagnostic> diagnostics, List<DocsSource.PageFile> pages,
      Reporter reporter) {
    Map<String, Path> files = new HashMap<>();
    pages.forEach(p -> files.putIfAbsent(p.relativePath(), p.file()));
    for (Diagnostic d : diagnostics) {
      reporter.diagnostic(d, files.get(d.location().page()));
    }
  }
}

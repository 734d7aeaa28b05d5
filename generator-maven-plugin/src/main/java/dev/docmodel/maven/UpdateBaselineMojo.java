package dev.docmodel.maven;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.GenerationOptions;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Accepts the Java API generated now as the new baseline: after reading the changelog of a docs
 * update, {@code mvn docmodel:update-baseline} writes the API that {@code generate} produces (what
 * the docs describe, plus what the current baseline keeps, in {@code keep} mode) to the baseline
 * file, for the user to commit, and the change report against the baseline it replaces. With
 * {@code -Ddocmodel.compatibility=report} it is a major release: the docs' API alone, with the
 * names a fresh project gets, every change reported as it is.
 */
@Mojo(name = "update-baseline", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class UpdateBaselineMojo extends AbstractDocmodelMojo {
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("docmodel: skipped");
      return;
    }
    PluginSettings settings = settings();
    if (settings.baseline() == null) {
      throw new MojoExecutionException("docmodel: no baseline file is configured");
    }
    try {
      Path file = settings.baseline().toAbsolutePath();
      Outcome outcome = Generator.run(IncrementalGeneration.options(settings)
          .failOnBreaking(false).failOnWarning(false)
          .reports(new GenerationOptions.Reports(null, null, settings.changeReport(),
              IncrementalGeneration.changelog(settings.changeReport()), file)).build());
      List<DocsSource.PageFile> pages = new DocsSource(settings.docsDirectories(),
          settings.includes(), settings.excludes()).pages();
      IncrementalGeneration.checked(outcome, pages, this::report, settings);
      getLog().info("docmodel: baseline " + (outcome.reports().contains(file) ? "updated"
          : "unchanged") + ": " + file + " (" + outcome.apiTypes() + " types)"
          + (outcome.changes() == null ? "" : "; accepted " + outcome.changes()
              + (settings.changeReport() == null ? "" : " (see "
                  + IncrementalGeneration.changelog(settings.changeReport()) + ")")));
    } catch (IncrementalGeneration.DocsProblems e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("docmodel: updating the baseline failed: " + e, e);
    }
  }
}

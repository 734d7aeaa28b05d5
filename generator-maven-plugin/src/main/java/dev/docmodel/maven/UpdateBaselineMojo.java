package dev.docmodel.maven;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.compat.BaselineFile;
import dev.docmodel.generator.write.SourceWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Accepts the Java API generated now as the new baseline: after reading the changelog of a docs
 * update, {@code mvn docmodel:update-baseline} writes the API that {@code generate} produces (what
 * the docs describe, plus what the current baseline keeps, in {@code keep} mode) to the baseline
 * file, for the user to commit. Writes nothing else.
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
      DocsSource source = new DocsSource(settings.docsDirectories(), settings.includes(),
          settings.excludes());
      Generator.Result result = Generator.run(IncrementalGeneration.request(settings, source,
          this::report));
      IncrementalGeneration.report(result.diagnostics(), source.pages(), this::report);
      if (result.errorCount() > 0) {
        throw new MojoFailureException("docmodel: " + result.errorCount() + " error(s) in the "
            + "docs; the baseline is not updated");
      }
      Path file = settings.baseline().toAbsolutePath();
      Files.createDirectories(file.getParent());
      boolean written = SourceWriter.writeIfChanged(file, BaselineFile.write(
          result.surface().get()).getBytes(StandardCharsets.UTF_8));
      getLog().info("docmodel: baseline " + (written ? "updated" : "unchanged") + ": " + file
          + " (" + result.surface().get().types().size() + " types)"
          + (result.changes() == null ? "" : "; accepted " + result.changes().summary()));
    } catch (IncrementalGeneration.DocsProblems e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("docmodel: updating the baseline failed: " + e, e);
    }
  }
}

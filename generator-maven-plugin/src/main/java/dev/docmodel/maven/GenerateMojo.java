package dev.docmodel.maven;

import dev.docmodel.generator.compat.Compatibility;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Generates the Java model from API reference pages and adds it as a compile source root. Thin on
 * purpose: it resolves the configuration and hands over to {@link IncrementalGeneration}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractDocmodelMojo {
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("docmodel: skipped");
      return;
    }
    PluginSettings settings = settings();
    publishModuleName();
    String sourceRoot = settings.outputDirectory().toAbsolutePath().toString();
    if (buildContext.isIncremental() && !hasDelta(settings)
        && Files.isDirectory(settings.outputDirectory())) {
      project.addCompileSourceRoot(sourceRoot);
      getLog().debug("docmodel: no page changed since the last incremental build");
      return;
    }
    long start = System.nanoTime();
    IncrementalGeneration.Outcome outcome;
    try {
      outcome = new IncrementalGeneration(settings, this::report).run();
    } catch (IncrementalGeneration.DocsProblems e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("docmodel: generation failed: " + e, e);
    }
    project.addCompileSourceRoot(sourceRoot);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (outcome.upToDate()) {
      getLog().info(String.format("docmodel: up to date (%d pages, %d files); nothing written"
          + " (%d ms)", outcome.pages(), outcome.produced().size(), millis));
      return;
    }
    buildContext.refresh(settings.outputDirectory().toFile());
    getLog().info(String.format("docmodel: %d pages, %d types, %d files (%d written, %d deleted)"
        + " in %s (%d ms)", outcome.pages(), outcome.types(), outcome.produced().size(),
        outcome.written().size(), outcome.deleted().size(), settings.outputDirectory(), millis));
    if (notes > 0) {
      getLog().info("docmodel: " + notes + (notes == 1 ? " note" : " notes")
          + " about the docs' own quality, resolved as documented (mvn -X lists them)");
    }
    if (outcome.changes() != null) {
      getLog().info("docmodel: against the baseline " + settings.baseline() + ": "
          + outcome.changes() + " (see " + settings.changeReport() + ")");
    } else if (settings.baseline() != null && !Files.isRegularFile(settings.baseline())
        && settings.compatibility() != Compatibility.Mode.OFF) {
      getLog().info("docmodel: no baseline at " + settings.baseline() + " yet; "
          + "docmodel:update-baseline writes the API generated now as the baseline");
    }
  }

  private boolean hasDelta(PluginSettings settings) {
    if (settings.baseline() != null && buildContext.hasDelta(settings.baseline().toFile())) {
      return true;
    }
    return settings.docsDirectories().stream().anyMatch(d -> buildContext.hasDelta(d.toFile()));
  }
}

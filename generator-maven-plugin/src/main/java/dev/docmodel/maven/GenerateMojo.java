package dev.docmodel.maven;

import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Generates the Java model from API reference pages and adds it as a compile source root. Thin on
 * purpose: it resolves the configuration and hands over to {@link IncrementalGeneration}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
  /** Skips generation entirely (checked before any I/O). */
  @Parameter(property = "docmodel.skip", defaultValue = "false")
  private boolean skip;

  /** Directories holding the markdown pages. */
  @Parameter(property = "docmodel.docsDirectories", defaultValue = "${project.basedir}/src/main/docs")
  private List<File> docsDirectories;

  /** Globs (relative to a docs directory) of the pages to read; all {@code .md} files by default. */
  @Parameter(property = "docmodel.includes")
  private List<String> includes;

  /** Globs of pages to leave out. */
  @Parameter(property = "docmodel.excludes")
  private List<String> excludes;

  /** Where the sources go. Files in it that an earlier run of this execution wrote and this one
   * does not are deleted; nothing else in it is touched. */
  @Parameter(property = "docmodel.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/docmodel")
  private File outputDirectory;

  /** The package of the root namespace; other namespaces become subpackages of it. */
  @Parameter(property = "docmodel.basePackage", required = true)
  private String basePackage;

  /** Namespace of pages that name none. */
  @Parameter(property = "docmodel.defaultNamespace", defaultValue = Linker.GRAPH_NAMESPACE)
  private String defaultNamespace;

  /**
   * When a String property whose description lists "Possible values" becomes an inferred enum:
   * {@code off}, {@code conventional} (the values are camelCase, as Graph's enum members are) or
   * {@code always}.
   */
  @Parameter(property = "docmodel.inferEnums", defaultValue = "conventional")
  private String inferEnums;

  /** Fails the build on warnings too. */
  @Parameter(property = "docmodel.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Where each execution keeps its fingerprint and the list of files it wrote. */
  @Parameter(property = "docmodel.cacheDirectory",
      defaultValue = "${project.build.directory}/docmodel-cache")
  private File cacheDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  private MojoExecution mojoExecution;

  @Component
  private BuildContext buildContext;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("docmodel: skipped");
      return;
    }
    PluginSettings settings = settings();
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
  }

  private boolean hasDelta(PluginSettings settings) {
    return settings.docsDirectories().stream().anyMatch(d -> buildContext.hasDelta(d.toFile()));
  }

  PluginSettings settings() throws MojoExecutionException {
    if (basePackage == null || !SourceVersion.isName(basePackage)) {
      throw new MojoExecutionException("docmodel: basePackage '" + basePackage
          + "' is not a Java package name");
    }
    EnumInference inference;
    try {
      inference = EnumInference.parse(inferEnums == null ? "conventional" : inferEnums);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("docmodel: inferEnums must be off, conventional or "
          + "always, not '" + inferEnums + "'");
    }
    List<Path> docs = new ArrayList<>();
    for (File dir : docsDirectories == null ? List.<File>of() : docsDirectories) {
      docs.add(dir.toPath());
    }
    String execution = mojoExecution == null ? "default" : mojoExecution.getExecutionId();
    return new PluginSettings(project.getBasedir() == null ? Path.of("") : project.getBasedir()
        .toPath(), docs, includes == null ? List.of() : includes,
        excludes == null ? List.of() : excludes, outputDirectory.toPath(), basePackage,
        defaultNamespace, inference, failOnWarning,
        cacheDirectory.toPath().resolve(execution + ".json"), CodeVersion.current());
  }

  /** Logs {@code file:line:col: [CODE] message}; warnings and errors also become IDE markers. */
  private void report(Diagnostic d, Path page) {
    String file = page == null ? d.location().page() : page.toString();
    String line = file + ":" + d.location().line() + ":" + d.location().column() + ": ["
        + d.code() + "] " + d.message();
    Log log = getLog();
    switch (d.severity()) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      default -> log.debug(line);
    }
    // Plexus' DefaultBuildContext (plain Maven) only logs messages, which would log each twice.
    if (page != null && d.severity() != dev.docmodel.generator.diag.Severity.INFO
        && !(buildContext instanceof DefaultBuildContext)) {
      buildContext.addMessage(page.toFile(), d.location().line(), d.location().column(),
          "[" + d.code() + "] " + d.message(), d.isError() ? BuildContext.SEVERITY_ERROR
              : BuildContext.SEVERITY_WARNING, null);
    }
  }
}

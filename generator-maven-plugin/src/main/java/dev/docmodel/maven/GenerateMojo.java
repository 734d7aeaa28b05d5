package dev.docmodel.maven;

import dev.docmodel.generator.DocsSource;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.write.SourceWriter;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the Java model from API reference pages and adds it as a compile source root. Thin on
 * purpose: the work is the generator library's.
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

  /** Where the sources go. */
  @Parameter(property = "docmodel.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/docmodel")
  private File outputDirectory;

  /** The package of the root namespace; other namespaces become subpackages of it. */
  @Parameter(property = "docmodel.basePackage", required = true)
  private String basePackage;

  /** Namespace of pages that name none. */
  @Parameter(property = "docmodel.defaultNamespace", defaultValue = "microsoft.graph")
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

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("docmodel: skipped");
      return;
    }
    Generator.Result result;
    SourceWriter.Result written;
    try {
      List<java.nio.file.Path> dirs = new ArrayList<>();
      docsDirectories.forEach(d -> dirs.add(d.toPath()));
      result = Generator.run(new Generator.Request(new DocsSource(dirs, includes, excludes),
          basePackage, new Linker.Options(defaultNamespace, EnumInference.parse(inferEnums))));
      report(result.diagnostics(), getLog());
      checkFailures(result.diagnostics());
      written = SourceWriter.write(outputDirectory.toPath(), result.files());
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("docmodel: generation failed: " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    getLog().info(String.format("docmodel: %d pages, %d types, %d files (%d written) in %s",
        result.pageCount(), result.model().types().size(), written.produced().size(),
        written.written().size(), outputDirectory));
  }

  private void checkFailures(List<Diagnostic> diagnostics) throws MojoFailureException {
    List<Diagnostic> failing = diagnostics.stream()
        .filter(d -> d.isError() || failOnWarning
            && d.severity() == dev.docmodel.generator.diag.Severity.WARNING)
        .toList();
    if (!failing.isEmpty()) {
      throw new MojoFailureException("docmodel: " + failing.size() + " problem(s) in the docs; first: "
          + failing.get(0));
    }
  }

  /** Logs each diagnostic as {@code file:line:col: severity [CODE] message}. */
  static void report(List<Diagnostic> diagnostics, Log log) {
    for (Diagnostic d : diagnostics) {
      switch (d.severity()) {
        case ERROR -> log.error(d.toString());
        case WARNING -> log.warn(d.toString());
        default -> log.debug(d.toString());
      }
    }
  }
}

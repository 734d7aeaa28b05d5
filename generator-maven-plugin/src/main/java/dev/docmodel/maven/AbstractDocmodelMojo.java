package dev.docmodel.maven;

import dev.docmodel.generator.JacksonVersion;
import dev.docmodel.generator.compat.Compatibility;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.Severity;
import dev.docmodel.generator.emit.JavaEmitter;
import dev.docmodel.generator.link.EnumInference;
import dev.docmodel.generator.link.Linker;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/** What the goals share: the docs, the package, the baseline, and how diagnostics are logged. */
abstract class AbstractDocmodelMojo extends AbstractMojo {
  /** Skips the goal entirely (checked before any I/O). */
  @Parameter(property = "docmodel.skip", defaultValue = "false")
  boolean skip;

  /** Directories holding the markdown pages. */
  @Parameter(property = "docmodel.docsDirectories", defaultValue = "${project.basedir}/src/main/docs")
  List<File> docsDirectories;

  /** Globs (relative to a docs directory) of the pages to read; all {@code .md} files by default. */
  @Parameter(property = "docmodel.includes")
  List<String> includes;

  /** Globs of pages to leave out. */
  @Parameter(property = "docmodel.excludes")
  List<String> excludes;

  /** Where the sources go. Files in it that an earlier run of this execution wrote and this one
   * does not are deleted; nothing else in it is touched. */
  @Parameter(property = "docmodel.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/docmodel")
  File outputDirectory;

  /** The package of the root namespace; other namespaces become subpackages of it. */
  @Parameter(property = "docmodel.basePackage", required = true)
  String basePackage;

  /** Namespace of pages that name none. */
  @Parameter(property = "docmodel.defaultNamespace", defaultValue = Linker.GRAPH_NAMESPACE)
  String defaultNamespace;

  /**
   * When a String property whose description lists "Possible values" becomes an inferred enum:
   * {@code off}, {@code conventional} (the values are camelCase, as Graph's enum members are) or
   * {@code always}.
   */
  @Parameter(property = "docmodel.inferEnums", defaultValue = "conventional")
  String inferEnums;

  /**
   * Qualified OData names of the types to generate, with what they need to be read and written
   * completely (their bases, the types of their structural properties and those types' derived
   * types); navigation properties to types outside the slice stay as additional data. Empty: the
   * whole model.
   */
  @Parameter(property = "docmodel.roots")
  List<String> roots;

  /**
   * Generate the actions and functions the API pages document: a body class per action, a call
   * class per function with parameters, a descriptor per operation. On by default; API pages
   * among the docs directories are read either way (their examples are evidence for the types).
   */
  @Parameter(property = "docmodel.operations", defaultValue = "true")
  boolean operations = true;

  /**
   * The Java module name of the model jar: published as the project property
   * {@code docmodel.moduleName} for the jar's manifest
   * ({@code <Automatic-Module-Name>${docmodel.moduleName}</Automatic-Module-Name>}). Default: the
   * base package.
   */
  @Parameter(property = "docmodel.moduleName")
  String moduleName;

  /**
   * The published URL of a docs page, linked from each type's javadoc ({@code @see}):
   * {@code {page}} is the page's file name without {@code .md}, {@code {path}} its path in the
   * docs directory. Default: the Graph v1.0 reference. Empty: no links.
   */
  @Parameter(property = "docmodel.pageUrl", defaultValue = JavaEmitter.GRAPH_REFERENCE)
  String pageUrl;

  /**
   * The Jackson the serializers are written for: {@code 2} ({@code com.fasterxml.jackson}, with
   * the dependency {@code dev.docmodel:model-runtime-jackson2}) or {@code 3}
   * ({@code tools.jackson}, Spring Boot 4, with {@code dev.docmodel:model-runtime-jackson3}). The
   * generated classes' API is the same on both. Default {@code 2}: what most applications have
   * today; Spring Boot 4 applications set {@code 3}.
   */
  @Parameter(property = "docmodel.jackson", defaultValue = "2")
  String jackson;

  /** Notes about the docs' own quality reported by this run: counted in one line, listed with -X. */
  int notes;

  /** Fails the build on warnings too (notes about the docs' own quality never do). */
  @Parameter(property = "docmodel.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Where each execution keeps its fingerprint and the list of files it wrote. */
  @Parameter(property = "docmodel.cacheDirectory",
      defaultValue = "${project.build.directory}/docmodel-cache")
  File cacheDirectory;

  /**
   * The API a previous generation promised, committed next to the docs: written by
   * {@code docmodel:update-baseline}, read by {@code generate}. Used when it exists.
   */
  @Parameter(property = "docmodel.baseline",
      defaultValue = "${project.basedir}/src/main/docmodel-baseline.json")
  File baseline;

  /**
   * What {@code generate} does with the baseline: {@code keep} its API (what the docs dropped or
   * retyped stays, deprecated), {@code report} the changes only, or {@code off}.
   */
  @Parameter(property = "docmodel.compatibility", defaultValue = "keep")
  String compatibility;

  /** Fails the build on a breaking change against the baseline that it does not keep. */
  @Parameter(property = "docmodel.failOnBreaking", defaultValue = "false")
  boolean failOnBreaking;

  /** Where the change report ({@code <execution>-changes.json}) and changelog (.md) go. */
  @Parameter(property = "docmodel.reportDirectory",
      defaultValue = "${project.build.directory}/docmodel")
  File reportDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution mojoExecution;

  @Component
  BuildContext buildContext;

  /**
   * Sets the project property {@code docmodel.moduleName}, for the jar plugin's manifest, to the
   * configured module name or the base package.
   */
  void publishModuleName() throws MojoExecutionException {
    String name = moduleName == null || moduleName.isBlank() ? basePackage : moduleName.strip();
    if (name == null || !SourceVersion.isName(name)) {
      throw new MojoExecutionException("docmodel: moduleName '" + name + "' is not a Java module"
          + " name (dot-separated identifiers, no keywords)");
    }
    project.getProperties().setProperty("docmodel.moduleName", name);
  }

  PluginSettings settings() throws MojoExecutionException {
    if (basePackage == null || !SourceVersion.isName(basePackage)) {
      throw new MojoExecutionException("docmodel: basePackage '" + basePackage
          + "' is not a Java package name");
    }
    EnumInference inference;
    Compatibility.Mode mode;
    try {
      inference = EnumInference.parse(inferEnums == null ? "conventional" : inferEnums);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("docmodel: inferEnums must be off, conventional or "
          + "always, not '" + inferEnums + "'");
    }
    try {
      mode = Compatibility.Mode.parse(compatibility == null ? "keep" : compatibility);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("docmodel: compatibility must be keep, report or off, "
          + "not '" + compatibility + "'");
    }
    JacksonVersion jacksonVersion = jacksonVersion();
    List<Path> docs = new ArrayList<>();
    for (File dir : docsDirectories == null ? List.<File>of() : docsDirectories) {
      docs.add(dir.toPath());
    }
    String execution = mojoExecution == null ? "default" : mojoExecution.getExecutionId();
    Path reports = (reportDirectory != null ? reportDirectory
        : new File(project.getBuild() == null ? "target" : project.getBuild().getDirectory(),
            "docmodel")).toPath();
    return new PluginSettings(project.getBasedir() == null ? Path.of("") : project.getBasedir()
        .toPath(), docs, includes == null ? List.of() : includes,
        excludes == null ? List.of() : excludes, outputDirectory.toPath(), basePackage,
        defaultNamespace, inference, failOnWarning,
        cacheDirectory.toPath().resolve(execution + ".json"), CodeVersion.current(),
        baseline == null ? null : baseline.toPath(), mode, failOnBreaking,
        reports.resolve(execution + "-changes.json"), roots == null ? List.of() : roots,
        pageUrl == null ? "" : pageUrl, jacksonVersion, operations);
  }

  /**
   * The Jackson version, checked against the runtime the project declares: code generated for one
   * Jackson does not compile against the other's runtime, and javac would only say so in 2,000
   * errors.
   */
  private JacksonVersion jacksonVersion() throws MojoExecutionException {
    JacksonVersion version;
    try {
      version = JacksonVersion.parse(jackson == null ? "2" : jackson);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("docmodel: jackson must be 2 or 3, not '" + jackson + "'");
    }
    for (Dependency d : project.getDependencies() == null ? List.<Dependency>of()
        : project.getDependencies()) {
      for (JacksonVersion other : JacksonVersion.values()) {
        if (other != version && "dev.docmodel".equals(d.getGroupId())
            && other.runtimeArtifact().equals(d.getArtifactId())) {
          throw new MojoExecutionException("docmodel: jackson is " + version.option()
              + " but the project depends on " + other.runtimeArtifact() + ": depend on "
              + version.runtimeArtifact() + " instead, or set <jackson>" + other.option()
              + "</jackson>");
        }
      }
    }
    return version;
  }

  /**
   * Logs {@code file:line:col: [CODE] message}: errors and warnings as such (and as IDE markers),
   * notes about the docs and infos at debug level ({@code mvn -X}), as they ask nothing of users.
   */
  void report(Diagnostic d, Path page) {
    if (d.severity() == Severity.NOTE) {
      notes++;
    }
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
    if (page != null && (d.isError() || d.severity() == Severity.WARNING) && buildContext != null
        && !(buildContext instanceof DefaultBuildContext)) {
      buildContext.addMessage(page.toFile(), d.location().line(), d.location().column(),
          "[" + d.code() + "] " + d.message(), d.isError() ? BuildContext.SEVERITY_ERROR
              : BuildContext.SEVERITY_WARNING, null);
    }
  }
}

package dev.docmodel.maven;

import dev.docmodel.generator.JacksonVersion;
import dev.docmodel.generator.compat.Compatibility;
import dev.docmodel.generator.link.EnumInference;
import java.nio.file.Path;
import java.util.List;

/**
 * The effective configuration of one execution, resolved from the mojo's parameters: a value, so
 * it can be fingerprinted and tested without Maven.
 *
 * @param baseDirectory the project's directory; paths under it are fingerprinted relative to it
 * @param cacheFile where this execution keeps its incremental state
 * @param codeVersion the plugin version plus a hash of the generator's code
 * @param baseline the baseline file, or null
 * @param compatibility what to do with the baseline
 * @param failOnBreaking fail on a breaking change no baseline kept
 * @param changeReport where the JSON change report goes (the changelog beside it, .md)
 * @param roots the types of the slice to generate; empty: all
 * @param pageUrl the published URL of a docs page, for javadoc links; empty: none
 * @param jackson the Jackson the serializers are written for
 * @param operations generate the API pages' actions and functions
 */
record PluginSettings(
    Path baseDirectory,
    List<Path> docsDirectories,
    List<String> includes,
    List<String> excludes,
    Path outputDirectory,
    String basePackage,
    String defaultNamespace,
    EnumInference enumInference,
    boolean failOnWarning,
    Path cacheFile,
    String codeVersion,
    Path baseline,
    Compatibility.Mode compatibility,
    boolean failOnBreaking,
    Path changeReport,
    List<String> roots,
    String pageUrl,
    JacksonVersion jackson,
    boolean operations) {

  PluginSettings {
    roots = List.copyOf(roots);
    docsDirectories = List.copyOf(docsDirectories);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /** The configuration as sorted {@code key=value} lines; paths relative to the project. */
  String describe() {
    return "basePackage=" + basePackage + "\n"
        + "defaultNamespace=" + defaultNamespace + "\n"
        + "docsDirectories=" + docsDirectories.stream().map(this::relative).toList() + "\n"
        + "enumInference=" + enumInference + "\n"
        + "excludes=" + excludes + "\n"
        + "failOnWarning=" + failOnWarning + "\n"
        + "includes=" + includes + "\n"
        + "outputDirectory=" + relative(outputDirectory) + "\n"
        + "baseline=" + (baseline == null ? "" : relative(baseline)) + "\n"
        + "compatibility=" + compatibility + "\n"
        + "failOnBreaking=" + failOnBreaking + "\n"
        + "changeReport=" + (changeReport == null ? "" : relative(changeReport)) + "\n"
        + "roots=" + roots + "\n"
        + "pageUrl=" + pageUrl + "\n"
        + "jackson=" + jackson.option() + "\n"
        + "operations=" + operations + "\n";
  }

  String relative(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = baseDirectory.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString()
        .replace('\\', '/');
  }
}

package dev.docmodel.generator;

import dev.docmodel.generator.compat.Compatibility;
import dev.docmodel.generator.emit.JavaEmitter;
import dev.docmodel.generator.link.Linker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one generation takes, as one immutable value: what the CLI's flags and the plugin's
 * parameters map to. Its defaults are in one place, {@link #builder()}; a null path means "not
 * wanted" (no baseline, no sources written, no such report).
 *
 * @param docs the docs directories, read recursively
 * @param includes globs of pages to read (relative to a docs directory); empty: all
 * @param excludes globs of pages to leave out
 * @param basePackage the Java package of the model; null: the baseline's
 * @param linking the default namespace and enum inference
 * @param operations link and generate the API pages' actions and functions
 * @param roots the types of a slice, with what they need; empty: the whole model
 * @param pageUrl the published URL of a page, linked from javadoc ({@code {page}}, {@code {path}});
 *     empty: no links
 * @param jackson the Jackson the serializers are written for
 * @param baseline the baseline file to keep or report against, or null
 * @param compatibility what to do with the baseline
 * @param outputDirectory where the sources go, or null to write none
 * @param previousOutputs the files the previous run produced: those not produced now are deleted
 * @param reports the reports to write
 * @param failOnWarning warnings fail the run as errors do (the CLI's {@code --strict})
 * @param failOnBreaking a breaking change no baseline keeps fails the run
 */
public record GenerationOptions(
    List<Path> docs,
    List<String> includes,
    List<String> excludes,
    String basePackage,
    Linker.Options linking,
    boolean operations,
    List<String> roots,
    String pageUrl,
    JacksonVersion jackson,
    Path baseline,
    Compatibility.Mode compatibility,
    Path outputDirectory,
    List<Path> previousOutputs,
    Reports reports,
    boolean failOnWarning,
    boolean failOnBreaking) {

  public GenerationOptions {
    docs = List.copyOf(docs);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    roots = List.copyOf(roots);
    previousOutputs = List.copyOf(previousOutputs);
  }

  /**
   * The report files of a run; each null when not wanted.
   *
   * @param csdl the linked model as CSDL JSON
   * @param diagnostics every diagnostic as JSON
   * @param changes the changes against the baseline as JSON (only with a baseline)
   * @param changelog the same as Markdown
   * @param baseline the Java API generated now, as a baseline file
   */
  public record Reports(Path csdl, Path diagnostics, Path changes, Path changelog,
      Path baseline) {
    public static final Reports NONE = new Reports(null, null, null, null, null);
  }

  public DocsSource source() {
    return new DocsSource(docs, includes, excludes);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The options' defaults, here and nowhere else. */
  public static final class Builder {
    private final List<Path> docs = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private String basePackage;
    private Linker.Options linking = Linker.Options.defaults();
    private boolean operations = true;
    private final List<String> roots = new ArrayList<>();
    private String pageUrl = JavaEmitter.GRAPH_REFERENCE;
    private JacksonVersion jackson = JacksonVersion.JACKSON_2;
    private Path baseline;
    private Compatibility.Mode compatibility = Compatibility.Mode.KEEP;
    private Path outputDirectory;
    private final List<Path> previousOutputs = new ArrayList<>();
    private Reports reports = Reports.NONE;
    private boolean failOnWarning;
    private boolean failOnBreaking;

    private Builder() {}

    public Builder docs(List<Path> directories) {
      docs.addAll(directories);
      return this;
    }

    public Builder includes(List<String> globs) {
      includes.addAll(globs);
      return this;
    }

    public Builder excludes(List<String> globs) {
      excludes.addAll(globs);
      return this;
    }

    public Builder basePackage(String name) {
      basePackage = name;
      return this;
    }

    public Builder linking(Linker.Options options) {
      linking = options;
      return this;
    }

    public Builder operations(boolean generate) {
      operations = generate;
      return this;
    }

    public Builder roots(List<String> names) {
      roots.addAll(names);
      return this;
    }

    public Builder pageUrl(String url) {
      pageUrl = url;
      return this;
    }

    public Builder jackson(JacksonVersion version) {
      jackson = version;
      return this;
    }

    public Builder baseline(Path file) {
      baseline = file;
      return this;
    }

    public Builder compatibility(Compatibility.Mode mode) {
      compatibility = mode;
      return this;
    }

    public Builder outputDirectory(Path directory) {
      outputDirectory = directory;
      return this;
    }

    public Builder previousOutputs(List<Path> files) {
      previousOutputs.addAll(files);
      return this;
    }

    public Builder reports(Reports files) {
      reports = files;
      return this;
    }

    public Builder failOnWarning(boolean fail) {
      failOnWarning = fail;
      return this;
    }

    public Builder failOnBreaking(boolean fail) {
      failOnBreaking = fail;
      return this;
    }

    public GenerationOptions build() {
      return new GenerationOptions(docs, includes, excludes, basePackage, linking, operations, roots,
          pageUrl,
          jackson, baseline, compatibility, outputDirectory, previousOutputs, reports,
          failOnWarning, failOnBreaking);
    }
  }
}

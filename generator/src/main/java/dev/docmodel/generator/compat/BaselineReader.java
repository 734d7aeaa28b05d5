package dev.docmodel.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.JsonBlock;
import dev.docmodel.generator.read.LenientJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * Reads a baseline file and refuses, with the place, anything a generation could not stand on:
 * another format, a package other than the one generated, names that are not OData or Java names
 * (keywords, path segments), classes outside the base package, strings or files far larger than
 * any real baseline. It never throws on content: every problem is a BASELINE_INVALID diagnostic.
 */
public final class BaselineReader {
  /** Far above any real baseline (the 2021 Graph reference's is about 4 MB). */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** Far above any real name or Java type in it. */
  static final int MAX_STRING = 4096;

  private final String file;
  private String basePackage;
  private final List<Diagnostic> problems = new ArrayList<>();
  private JsonBlock block;

  private BaselineReader(String file, String basePackage) {
    this.file = file;
    this.basePackage = basePackage;
  }

  /**
   * @param basePackage the package being generated: the baseline must be for it (null: the
   *     baseline's own package is taken)
   */
  public static BaselineFile.Read read(Path path, String basePackage) {
    BaselineReader reader = new BaselineReader(path.toString(), basePackage);
    try {
      if (!Files.isRegularFile(path)) {
        return reader.refuse(1, 1, "the baseline file does not exist");
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        return reader.refuse(1, 1, "the baseline is " + Files.size(path) + " bytes, more than "
            + MAX_FILE_BYTES + ": not a baseline this generator wrote");
      }
      byte[] bytes = Files.readAllBytes(path);
      return reader.parse(bytes);
    } catch (IOException e) {
      return reader.refuse(1, 1, "the baseline cannot be read: " + e.getMessage());
    }
  }

  private BaselineFile.Read parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      block = LenientJson.parseStrict(text, new Location(file, 1, 1), MAX_STRING);
    } catch (LenientJson.Invalid e) {
      problems.add(Diagnostic.of(DiagnosticCode.BASELINE_INVALID, e.location(),
          "the baseline is not valid JSON: " + e.getMessage()));
      return result(null, null);
    }
    JsonNode root = block.root();
    if (!root.isObject()) {
      return refuse(1, 1, "the baseline is not a JSON object");
    }
    String format = root.path("format").asText("");
    if (!format.equals(BaselineFile.FORMAT)) {
      return refuseAt("/format", "the baseline's format is '" + abbreviate(format) + "', not "
          + BaselineFile.FORMAT + ": it was written by another version of docmodel; regenerate"
          + " it with --write-baseline");
    }
    String pkg = root.path("package").asText("");
    if (basePackage == null && SourceVersion.isName(pkg)) {
      basePackage = pkg;
    }
    if (!pkg.equals(basePackage)) {
      return refuseAt("/package", "the baseline is for package '" + abbreviate(pkg)
          + "', not " + basePackage);
    }
    List<ApiSurface.Type> types = new ArrayList<>();
    JsonNode typeNodes = root.path("types");
    if (!typeNodes.isArray()) {
      return refuseAt("/types", "the baseline has no types array");
    }
    for (int i = 0; i < typeNodes.size(); i++) {
      ApiSurface.Type type = new BaselineTypeReading(this, "/types/" + i, typeNodes.get(i)).read();
      if (type != null) {
        types.add(type);
      }
    }
    ApiSurface surface = new ApiSurface(pkg, types, operations(root.path("operations")));
    if (problems.isEmpty()) {
      BaselineConsistency.check(surface, this::problem);
    }
    return result(surface, BaselineFile.id(bytes));
  }

  /** The operations, each checked; none in a baseline written before operations were. */
  private List<ApiSurface.Operation> operations(JsonNode nodes) {
    List<ApiSurface.Operation> operations = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      ApiSurface.Operation operation = BaselineOperations.read(this, "/operations/" + i,
          nodes.get(i));
      if (operation != null) {
        operations.add(operation);
      }
    }
    return operations;
  }

  private BaselineFile.Read result(ApiSurface surface, String id) {
    return problems.isEmpty() ? new BaselineFile.Read(new BaselineFile.Baseline(surface, id),
        List.of()) : new BaselineFile.Read(null, List.copyOf(problems));
  }

  private BaselineFile.Read refuse(int line, int column, String message) {
    problems.add(Diagnostic.of(DiagnosticCode.BASELINE_INVALID, new Location(file, line, column),
        message));
    return result(null, null);
  }

  private BaselineFile.Read refuseAt(String pointer, String message) {
    problem(pointer, message);
    return result(null, null);
  }

  /**
   * Where an entry sits in the baseline file: the location of what it keeps, since a baseline
   * records no docs location (those move with every edit of a page, and a baseline's diff in
   * review should show what changed in the API, not where).
   */
  Location entryAt(String pointer) {
    return block.locationOf(pointer);
  }

  void problem(String pointer, String message) {
    problems.add(Diagnostic.of(DiagnosticCode.BASELINE_INVALID, block.locationOf(pointer),
        message));
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  String basePackage() {
    return basePackage;
  }

  /** Whether {@code name} is a class this generation may write: inside the base package. */
  boolean insidePackage(String name) {
    return SourceVersion.isName(name) && name.startsWith(basePackage + ".");
  }

  /** Reads {@code page.md:12:3} back into a location. */
  static final class Locations {
    private Locations() {}

    /** The {@code page:line:column} (or a page) that earlier baselines recorded. */
    static Location parse(String text) {
      Location full = parseFull(text);
      if (full != null) {
        return full;
      }
      return text.isEmpty() || text.indexOf(':') >= 0 ? null : Location.ofPage(text);
    }

    private static Location parseFull(String text) {
      int column = text.lastIndexOf(':');
      int line = column <= 0 ? -1 : text.lastIndexOf(':', column - 1);
      if (line <= 0) {
        return null;
      }
      try {
        return new Location(text.substring(0, line), Integer.parseInt(text.substring(line + 1,
            column)), Integer.parseInt(text.substring(column + 1)));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}

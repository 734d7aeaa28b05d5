package dev.docmodel.generator.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A report (JSON, Markdown, a baseline): written only when its bytes change, its directory made. */
public final class ReportFile {
  private ReportFile() {}

  /** Writes {@code text} to {@code file}; true when the file changed. */
  public static boolean write(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    return SourceWriter.writeIfChanged(target, text.getBytes(StandardCharsets.UTF_8));
  }
}

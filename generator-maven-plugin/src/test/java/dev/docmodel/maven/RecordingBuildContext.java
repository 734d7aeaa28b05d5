package dev.docmodel.maven;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.Scanner;
import org.sonatype.plexus.build.incremental.BuildContext;

/** An IDE-like build context: records markers and refreshes, reports deltas as told. */
final class RecordingBuildContext implements BuildContext {
  final List<String> messages = new ArrayList<>();
  final List<File> refreshed = new ArrayList<>();
  boolean incremental;
  boolean delta = true;

  @Override
  public boolean hasDelta(String relpath) {
    return delta;
  }

  @Override
  public boolean hasDelta(File file) {
    return delta;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public boolean hasDelta(List relpaths) {
    return delta;
  }

  @Override
  public OutputStream newFileOutputStream(File file) throws IOException {
    return Files.newOutputStream(file.toPath());
  }

  @Override
  public Scanner newScanner(File basedir) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void refresh(File file) {
    refreshed.add(file);
  }

  @Override
  public Scanner newDeleteScanner(File basedir) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Scanner newScanner(File basedir, boolean ignoreDelta) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isIncremental() {
    return incremental;
  }

  @Override
  public void setValue(String key, Object value) {}

  @Override
  public Object getValue(String key) {
    return null;
  }

  @Override
  public void addWarning(File file, int line, int column, String message, Throwable cause) {
    addMessage(file, line, column, message, SEVERITY_WARNING, cause);
  }

  @Override
  public void addError(File file, int line, int column, String message, Throwable cause) {
    addMessage(file, line, column, message, SEVERITY_ERROR, cause);
  }

  @Override
  public void addMessage(File file, int line, int column, String message, int severity,
      Throwable cause) {
    messages.add(file.getName() + ":" + line + ":" + column + ":" + severity + ":" + message);
  }

  @Override
  public void removeMessages(File file) {}

  @Override
  public boolean isUptodate(File target, File source) {
    return false;
  }
}

package dev.docmodel.maven;

import dev.docmodel.generator.Generator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The version of the code that generates: the plugin's version plus a hash of the plugin and
 * generator jars, so that a rebuilt SNAPSHOT (same version, new code) invalidates the cache.
 */
final class CodeVersion {
  private CodeVersion() {}

  /** Computed per execution (a few milliseconds): the plugin keeps no static mutable state. */
  static String current() {
    Package pkg = CodeVersion.class.getPackage();
    String version = pkg == null || pkg.getImplementationVersion() == null ? "dev"
        : pkg.getImplementationVersion();
    return version + "+" + hashOf(CodeVersion.class) + "+" + hashOf(Generator.class);
  }

  private static String hashOf(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location != null && Files.isRegularFile(location)) {
        return Fingerprint.ofBytes(Files.readAllBytes(location));
      }
      try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
        return in == null ? "unknown" : Fingerprint.ofBytes(in.readAllBytes());
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }
}

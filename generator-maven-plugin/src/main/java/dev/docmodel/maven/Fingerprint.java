package dev.docmodel.maven;

import dev.docmodel.generator.DocsSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over everything that decides the output: the cache format, the plugin's code version,
 * the effective configuration, the baseline's bytes, and every input page (its path and bytes, in
 * sorted order). Equal
 * fingerprints mean equal output, so a run with an unchanged fingerprint writes nothing.
 */
final class Fingerprint {
  static final String FORMAT = "docmodel-cache/2";

  private Fingerprint() {}

  static String of(PluginSettings settings, List<DocsSource.PageFile> pages) throws IOException {
    MessageDigest sha = sha256();
    update(sha, FORMAT);
    update(sha, settings.codeVersion());
    update(sha, settings.describe());
    // The baseline decides what is kept and how it is named: its bytes count like a page's.
    if (settings.baseline() != null && Files.isRegularFile(settings.baseline())) {
      sha.update(Files.readAllBytes(settings.baseline()));
    }
    sha.update((byte) 0);
    for (DocsSource.PageFile page : pages) {
      update(sha, page.relativePath());
      sha.update(Files.readAllBytes(page.file()));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A hash of a code jar or class directory entry, for SNAPSHOT builds whose version is fixed. */
  static String ofBytes(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

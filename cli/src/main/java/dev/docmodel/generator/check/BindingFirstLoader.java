package dev.docmodel.generator.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Loads the classes under some package prefixes from its own jars before its parent's, everything
 * else from the parent. Two JSON bindings (and models generated for each) have the same class
 * names; this runs the Jackson 3 one beside a Jackson 2 one, sharing the runtime core, Jackson
 * itself and the caller's interfaces.
 */
public final class BindingFirstLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final List<String> ownPrefixes;

  /** @param ownPrefixes class name prefixes loaded from {@code urls} first, e.g. a package + '.' */
  public BindingFirstLoader(URL[] urls, ClassLoader parent, List<String> ownPrefixes) {
    super(urls, parent);
    this.ownPrefixes = List.copyOf(ownPrefixes);
  }

  /**
   * Copies a jar embedded as a resource of {@code owner} to a temporary file a class loader (and
   * javac) can read; the caller deletes it.
   *
   * @throws IOException when there is no such resource (a build without it) or it cannot be copied
   */
  public static Path extract(Class<?> owner, String resource) throws IOException {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("this build lacks the embedded jar " + resource);
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      Path jar = Files.createTempFile("docmodel-", "-" + name);
      Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
      return jar;
    }
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (ownPrefixes.stream().noneMatch(name::startsWith)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        c = findClass(name);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }
}

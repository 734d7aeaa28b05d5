package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.check.CompiledModel;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Generated models as jars, and japicmp's verdict on two of them. */
final class Jars {
  private Jars() {}

  /** Compiles a generation and packs its classes, sorted, into a jar. */
  static Path jar(Generator.Result result, Path work, String name) throws IOException {
    Path classes = work.resolve(name + "-classes");
    assertEquals(List.of(), CompiledModel.compileTo(result.files(), classes));
    Path jar = work.resolve(name + ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  /** japicmp's verdict: each incompatible class, with its incompatible members. */
  static Map<String, Set<String>> incompatibilities(Path oldJar, Path newJar) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      options.getClassPathEntries().add(entry); // the runtime and Jackson the model extends
    }
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    List<JApiClass> classes = new JarArchiveComparator(options).compare(
        new JApiCmpArchive(oldJar.toFile(), "old"), new JApiCmpArchive(newJar.toFile(), "new"));
    Map<String, Set<String>> incompatible = new TreeMap<>();
    for (JApiClass c : classes) {
      if (compatible(c)) {
        continue;
      }
      Set<String> members = new TreeSet<>();
      c.getMethods().stream().filter(m -> !compatible(m)).forEach(m -> members.add(m.getName()));
      c.getFields().stream().filter(f -> !compatible(f)).forEach(f -> members.add(f.getName()));
      incompatible.put(c.getFullyQualifiedName(), members);
    }
    return incompatible;
  }

  private static boolean compatible(JApiCompatibility element) {
    return element.isBinaryCompatible() && element.isSourceCompatible();
  }

}

package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.api.NamePins;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.emit.JavaEmitter;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.link.operation.OperationBodies;
import dev.docmodel.generator.link.operation.OperationLinker;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over real resource and API pages: truncation, deleted and duplicated lines, broken tables,
 * broken and huge JSON blocks, random bytes, invalid UTF-8, deep nesting, CRLF, tabs, 10 MB lines,
 * hostile type names. Each mutant goes through read, link and emit: it must end with diagnostics,
 * never an exception, within a CPU budget relative to this machine and linear in the mutant's size:
 * {@value #BUDGET_MULTIPLE} times the slowest real page (measured after a warm-up pass over them),
 * scaled by how much larger than the largest real page the mutant is. {@code
 * -Ddocmodel.fuzz.pages=N} (default 2,000) and
 * {@code -Ddocmodel.fuzz.seed=S} choose the run; failures print the seed and mutant index.
 */
class PageFuzzTest {
  /**
   * A mutant may cost this many times the slowest real page: the bounded reader caps a page at
   * 512 KB, about six times the largest real page, and quadratic work would show as far more.
   */
  static final int BUDGET_MULTIPLE = 20;
  /** A floor, so that a machine fast on real pages does not fail on its own timer's jitter. */
  private static final long MIN_BUDGET_NANOS = 250_000_000L;

  private static void generate(String path, byte[] text, Diagnostics diagnostics) {
    Page page = PageReader.read(path, DocsSource.decode(text), diagnostics);
    TypeModel types = new Linker(Linker.Options.defaults(), diagnostics).link(List.of(page));
    TypeModel model = OperationBodies.addTo(OperationLinker.link(types, List.of(page),
        diagnostics));
    JavaEmitter.emitAll(JavaEmitter.plan(model, new JavaEmitter.Settings("fuzz",
        JavaEmitter.GRAPH_REFERENCE, JacksonVersion.JACKSON_2), NamePins.NONE).files());
  }

  /** The CPU time of the slowest real page, on a second pass (the first warms the JIT up). */
  private static long slowestRealPage(List<byte[]> corpus, ThreadMXBean cpu) {
    long slowest = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < corpus.size(); i++) {
        long start = cpu.getCurrentThreadCpuTime();
        generate("page" + i + ".md", corpus.get(i), new Diagnostics());
        slowest = pass == 0 ? 0 : Math.max(slowest, cpu.getCurrentThreadCpuTime() - start);
      }
    }
    return slowest;
  }

  static List<byte[]> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> seeds = Files.walk(TestPaths.seeds())) {
      seeds.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    Path shared = TestPaths.shared();
    for (String dir : List.of("resources", "api")) {
      Path pagesDir = shared == null ? null
          : shared.resolve("corpus/graph-docs-2021-07/v1.0/" + dir);
      if (pagesDir == null || !Files.isDirectory(pagesDir)) {
        continue;
      }
      try (Stream<Path> pages = Files.list(pagesDir)) {
        List<Path> all = pages.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        for (int i = 0; i < all.size(); i += 7) { // every 7th page: ~480 varied real pages
          files.add(all.get(i));
        }
      }
    }
    List<byte[]> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(Files.readAllBytes(file));
    }
    return texts;
  }

  @Test
  void mutantsEndInDiagnosticsNeverInExceptionsOrHangs() throws IOException {
    long seed = Long.getLong("docmodel.fuzz.seed", 20261125L);
    int count = Integer.getInteger("docmodel.fuzz.pages", 2000);
    List<byte[]> corpus = corpus();
    Random random = new Random(seed);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long reference = slowestRealPage(corpus, cpu);
    int largest = corpus.stream().mapToInt(b -> b.length).max().orElse(1);
    long budget = Math.max(MIN_BUDGET_NANOS, BUDGET_MULTIPLE * reference);
    double closest = 0;
    int withDiagnostics = 0;
    for (int i = 0; i < count; i++) {
      byte[] original = corpus.get(random.nextInt(corpus.size()));
      byte[] mutant = PageMutator.mutate(original, random);
      long start = cpu.getCurrentThreadCpuTime();
      Diagnostics diagnostics = new Diagnostics();
      try {
        generate("mutant" + i + ".md", mutant, diagnostics);
      } catch (Throwable t) {
        throw new AssertionError("seed " + seed + ", mutant " + i + " (" + mutant.length
            + " bytes) threw " + t, t);
      }
      long spent = cpu.getCurrentThreadCpuTime() - start;
      // Linear in size: a mutant ten times the largest page may take ten times as long.
      long allowed = budget * Math.max(1, (mutant.length + largest - 1) / largest);
      closest = Math.max(closest, (double) spent / allowed);
      assertTrue(spent < allowed, "seed " + seed + ", mutant " + i + " (" + mutant.length
          + " bytes) took " + spent / 1_000_000 + " ms of CPU, more than " + allowed / 1_000_000
          + " ms (" + BUDGET_MULTIPLE + " times the slowest real page, per largest page's size)");
      if (!diagnostics.sorted().isEmpty()) {
        withDiagnostics++;
      }
    }
    System.out.printf("page fuzz: %d mutants, %d with diagnostics, closest to its budget %.0f%% "
        + "(budget %d ms per largest page's size, slowest real page %d ms)%n", count,
        withDiagnostics, 100 * closest, budget / 1_000_000, reference / 1_000_000);
    assertTrue(withDiagnostics > count / 4, "the mutations break pages: " + withDiagnostics);
  }

  @Test
  void theMutatorIsDeterministic() throws IOException {
    byte[] page = corpus().get(0);
    assertEquals(new String(PageMutator.mutate(page, new Random(7)), StandardCharsets.ISO_8859_1),
        new String(PageMutator.mutate(page, new Random(7)), StandardCharsets.ISO_8859_1));
  }

  /** The mutations, each a function of the page and the seeded random. */
  static final class PageMutator {
    static byte[] mutate(byte[] page, Random r) {
      byte[] out = page;
      int rounds = 1 + r.nextInt(3);
      for (int i = 0; i < rounds; i++) {
        out = once(out, r);
      }
      return out;
    }

    private static byte[] once(byte[] page, Random r) {
      String text = new String(page, StandardCharsets.ISO_8859_1); // byte-preserving
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int op = r.nextInt(100);
      if (op < 10) {
        return java.util.Arrays.copyOf(page, page.length == 0 ? 0 : r.nextInt(page.length));
      } else if (op < 20) {
        int at = r.nextInt(lines.size());
        int n = 1 + r.nextInt(Math.max(1, Math.min(10, lines.size() - at)));
        for (int k = 0; k < n && at < lines.size(); k++) {
          lines.remove(at);
        }
      } else if (op < 30) {
        int at = r.nextInt(lines.size());
        for (int k = 0, n = 1 + r.nextInt(5); k < n; k++) {
          lines.add(at, lines.get(at));
        }
      } else if (op < 42) {
        for (int k = 0; k < lines.size(); k++) {
          String line = lines.get(k);
          if (line.startsWith("|") && r.nextInt(3) == 0) {
            lines.set(k, breakTableRow(line, r));
          }
        }
      } else if (op < 54) {
        text = breakJson(String.join("\n", lines), r);
        return text.getBytes(StandardCharsets.ISO_8859_1);
      } else if (op < 62) {
        byte[] out = page.clone();
        for (int k = 0, n = 1 + r.nextInt(20); k < n && out.length > 0; k++) {
          out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
      } else if (op < 68) {
        String[] invalid = {"\u00c3(", "\u00ed\u00a0\u0080", "\u00ff\u00fe", "\u00c0\u00af",
            "\u00f4\u0090\u0080\u0080", "\u0000"};
        int at = r.nextInt(lines.size());
        lines.set(at, lines.get(at) + invalid[r.nextInt(invalid.length)]);
      } else if (op < 74) {
        int depth = 200 + r.nextInt(5000);
        String prefix = r.nextBoolean() ? "> " : "- ";
        StringBuilder deep = new StringBuilder();
        for (int k = 0; k < depth; k++) {
          deep.append(prefix.repeat(Math.min(k, 300))).append(k % 2 == 0 ? "[x](x.md)\n" : "*a*\n");
        }
        lines.add(r.nextInt(lines.size()), prefix.repeat(depth) + "deep " + deep);
      } else if (op < 80) {
        return String.join(r.nextBoolean() ? "\r\n" : "\r", lines)
            .getBytes(StandardCharsets.ISO_8859_1);
      } else if (op < 86) {
        lines.replaceAll(l -> l.replace("  ", "\t").replace("|", r.nextBoolean() ? "\t|" : "|"));
      } else if (op < 88) {
        String fills = "x|`*[<{\\";
        char fill = fills.charAt(r.nextInt(fills.length()));
        lines.add(r.nextInt(lines.size()), String.valueOf(fill).repeat(10_000_000));
      } else if (op < 94) {
        String[] names = {"class", "../../x", "a b", "", "\u00e9t\u00e9", "2x", "record",
            "x\"y", "microsoft.graph.", ".", "a..b", "#", "String", "java.lang.Object"};
        text = String.join("\n", lines).replaceAll("(\"@odata\\.type\"\\s*:\\s*\")[^\"]*",
            "$1microsoft.graph." + names[r.nextInt(names.length)].replace("\\", "\\\\")
                .replace("$", "\\$"));
        return text.getBytes(StandardCharsets.ISO_8859_1);
      } else {
        for (int k = 0; k < lines.size(); k++) {
          if (lines.get(k).startsWith("#")) {
            lines.set(k, "#".repeat(1 + r.nextInt(7)) + lines.get(k).replaceFirst("^#+", ""));
          }
        }
      }
      return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String breakTableRow(String line, Random r) {
      return switch (r.nextInt(4)) {
        case 0 -> line.replaceFirst("\\|", "");
        case 1 -> line + "|extra|cells|" + "|".repeat(r.nextInt(50));
        case 2 -> line.replace("|", "\\|");
        default -> "|" + line.substring(Math.min(line.length(), 1 + r.nextInt(Math.max(1,
            line.length()))));
      };
    }

    private static String breakJson(String text, Random r) {
      return switch (r.nextInt(5)) {
        case 0 -> text.replaceFirst("\\{", "");
        case 1 -> text.replaceFirst("}", "}}},,,");
        case 2 -> text.replaceFirst("```json\n", "```json\n" + "[".repeat(5000 + r.nextInt(100_000)));
        case 3 -> text.replaceFirst("```json\n", "```json\n{\"a\": [" + "1,".repeat(200_000) + "1]}\n");
        default -> text.replaceFirst("\"([^\"]*)\"\\s*:", "\"$1\"" + " : : \"");
      };
    }
  }
}

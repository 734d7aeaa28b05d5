package dev.docmodel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@link FirstRead} in fresh JVMs under {@code -Xlog:class+load} and reports, for ours and
 * for the SDK, the model classes the first read loads and how long it takes.
 */
public final class FirstReadReport {
  private FirstReadReport() {}

  /** The outcome of one cold first read. */
  /**
   * @param modelClasses named classes of the model loaded (the generated package, or the SDK's
   *     {@code models} packages)
   * @param lambdaClasses hidden classes the JVM spun for lambdas and method references in them
   */
  public record Result(String readClass, double millis, long modelClasses, long lambdaClasses) {}

  public static void main(String[] args) throws Exception {
    for (String contender : List.of("ours", "sdk")) {
      Result r = run(contender);
      System.out.printf("%-5s first read as entity -> %s: %d model classes loaded (+%d lambda "
          + "classes), %.1f ms%n", contender, r.readClass(), r.modelClasses(), r.lambdaClasses(),
          r.millis());
    }
  }

  /** Spawns the JVM; model classes are those of the generated package or the SDK's models. */
  public static Result run(String contender) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp",
        System.getProperty("java.class.path"), "-Dbench.payloads=" + Payloads.DIR.toAbsolutePath(),
        FirstRead.class.getName(), contender).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("first read failed:\n" + output);
    }
    String prefix = contender.equals("sdk") ? " com.microsoft.graph.models." : " com.example.graph.";
    List<String> loaded = output.lines()
        .filter(l -> l.contains("[class,load]") && l.contains(prefix)).toList();
    long lambdas = loaded.stream().filter(l -> l.contains("$$Lambda")).count();
    String line = output.lines().filter(l -> l.startsWith("first-read ")).findFirst()
        .orElseThrow(() -> new IOException("no result line:\n" + output));
    String[] parts = line.split(" ");
    return new Result(parts[1], Double.parseDouble(parts[2]), loaded.size() - lambdas, lambdas);
  }
}

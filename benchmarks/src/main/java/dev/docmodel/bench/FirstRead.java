package dev.docmodel.bench;

import com.example.graph.EntityJson;
import com.example.graph.ModelTypes;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.jackson.GraphJson;
import java.io.ByteArrayInputStream;

/**
 * One cold first read of {@code job.json} declared as the root base type ({@code entity}), its
 * {@code @odata.type} naming the derived job: {@code ours} or {@code sdk}. Prints the class read
 * and the milliseconds; run under {@code -Xlog:class+load} by {@link FirstReadReport} to count the
 * model classes it loads.
 */
public final class FirstRead {
  private FirstRead() {}

  public static void main(String[] args) throws Exception {
    byte[] job = Payloads.job();
    long start = System.nanoTime();
    Object read;
    if (args.length > 0 && args[0].equals("sdk")) {
      read = Contenders.KIOTA.getParseNode("application/json", new ByteArrayInputStream(job))
          .getObjectValue(com.microsoft.graph.models.Entity::createFromDiscriminatorValue);
    } else {
      read = GraphJson.fromJson(new String(job, java.nio.charset.StandardCharsets.UTF_8),
          ModelTypes.newReadContext(ReadMode.LENIENT), EntityJson.TYPE);
    }
    long micros = (System.nanoTime() - start) / 1000;
    System.out.println("first-read " + read.getClass().getName() + " " + micros / 1000.0 + " ms");
  }
}

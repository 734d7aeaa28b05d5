package dev.docmodel.bench;

import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link PairedReport}'s turns: each contender's loop written out, so that each is a call site of
 * its own that the JIT inlines through, as JMH's generated loop per benchmark is. One loop shared
 * by all would call every contender from one site, and the JIT inlines through no such site.
 */
final class PairedTurns {
  private PairedTurns() {}

  static PairedReport.Turn of(SerializationBenchmark b, Blackhole bh, String benchmark) {
    return switch (benchmark) {
      case "readJob_ours" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readJob_ours());
        }
      };
      case "readJob_limit" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readJob_limit(bh));
        }
      };
      case "readJob_ours3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readJob_ours3());
        }
      };
      case "readJob_limit3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readJob_limit3(bh));
        }
      };
      case "readJob_databind" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readJob_databind());
        }
      };
      case "readJob_databind3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readJob_databind3());
        }
      };
      case "readJob_sdk" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readJob_sdk());
        }
      };
      case "readPage_ours" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readPage_ours());
        }
      };
      case "readPage_limit" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readPage_limit(bh));
        }
      };
      case "readPage_ours3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readPage_ours3());
        }
      };
      case "readPage_limit3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readPage_limit3(bh));
        }
      };
      case "readPage_databind" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readPage_databind());
        }
      };
      case "readPage_databind3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readPage_databind3());
        }
      };
      case "readPage_sdk" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.readPage_sdk());
        }
      };
      case "writeJob_ours" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writeJob_ours());
        }
      };
      case "writeJob_limit" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writeJob_limit());
        }
      };
      case "writeJob_ours3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writeJob_ours3());
        }
      };
      case "writeJob_limit3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writeJob_limit3());
        }
      };
      case "writeJob_databind" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writeJob_databind());
        }
      };
      case "writeJob_databind3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writeJob_databind3());
        }
      };
      case "writeJob_sdk" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writeJob_sdk());
        }
      };
      case "writePage_ours" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writePage_ours());
        }
      };
      case "writePage_limit" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writePage_limit());
        }
      };
      case "writePage_ours3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writePage_ours3());
        }
      };
      case "writePage_limit3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writePage_limit3());
        }
      };
      case "writePage_databind" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writePage_databind());
        }
      };
      case "writePage_databind3" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writePage_databind3());
        }
      };
      case "writePage_sdk" -> n -> {
        for (long i = 0; i < n; i++) {
          bh.consume(b.writePage_sdk());
        }
      };
      default -> throw new IllegalArgumentException("no benchmark " + benchmark);
    };
  }
}

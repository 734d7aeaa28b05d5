package dev.docmodel.bench;

import com.example.graph.SynchronizationJob;
import com.microsoft.graph.models.SynchronizationJobCollectionResponse;
import dev.docmodel.runtime.CollectionPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Read and write {@code job.json} (one job) and {@code jobs100.json} (a page of 100 jobs) four
 * ways: ours (generated serializers, and through ObjectMapper with our module; {@code ours3}: generated
 * for Jackson 3), Microsoft's SDK
 * models with Kiota, jsonschema2pojo POJOs on databind (2 and 3), and the limits (2 and 3): a bare
 * tokenizer walk for reads, the payload's tokens written from a list for writes. Method
 * names are {@code <operation>_<contender>}; {@link SerializationReport} prints the ratios.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap, touched before the first iteration: left to grow, G1 sizes each fork's heap its own
// way and the kernel pays for every new region while the fork is measured (up to a fifth of the CPU
// in system time during warm-up here). With it, readJob_limit's six forks spread 186k-206k ops/s
// instead of 124k-197k. The greediest benchmark (the SDK reading a page) allocates 9 MB per
// operation; 2 GB leaves the collector its ordinary work.
@Fork(value = 1, jvmArgsAppend = {SerializationBenchmark.HEAP_MIN, SerializationBenchmark.HEAP_MAX,
    SerializationBenchmark.PRE_TOUCH})
public class SerializationBenchmark {
  /** The fixed heap above, for {@link PairedReport}'s JVMs too. */
  static final String HEAP_MIN = "-Xms2g";
  static final String HEAP_MAX = "-Xmx2g";
  static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

  private byte[] job;
  private byte[] jobs100;
  private SynchronizationJob oursJob;
  private CollectionPage<SynchronizationJob> oursPage;
  private com.microsoft.graph.models.SynchronizationJob sdkJob;
  private SynchronizationJobCollectionResponse sdkPage;
  private dev.docmodel.bench.peer.SynchronizationJob peerJob;
  private Contenders.PeerJobPage peerPage;
  private Object ours3Job;
  private Object ours3Page;
  private Contenders.Tokens jobTokens;
  private Contenders.Tokens pageTokens;
  private Contenders.Tokens jobTokens3;
  private Contenders.Tokens pageTokens3;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  @Setup
  public void setUp() throws IOException {
    job = Payloads.job();
    jobs100 = Payloads.jobs100();
    oursJob = Contenders.oursReadJob(job);
    oursPage = Contenders.oursReadPage(jobs100);
    sdkJob = Contenders.sdkReadJob(job);
    sdkPage = Contenders.sdkReadPage(jobs100);
    peerJob = Contenders.databindReadJob(job);
    peerPage = Contenders.databindReadPage(jobs100);
    jobTokens = Contenders.Tokens.of(job);
    pageTokens = Contenders.Tokens.of(jobs100);
    jobTokens3 = Jackson3Contenders.tokens(job);
    pageTokens3 = Jackson3Contenders.tokens(jobs100);
    try {
      ours3Job = Jackson3Ours.readJob(job);
      ours3Page = Jackson3Ours.readPage(jobs100);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  // ---- read job.json ----

  @Benchmark
  public Object readJob_ours() throws IOException {
    return Contenders.oursReadJob(job);
  }

  @Benchmark
  public Object readJob_oursModule() throws IOException {
    return Contenders.moduleReadJob(job);
  }

  @Benchmark
  public Object readJob_sdk() {
    return Contenders.sdkReadJob(job);
  }

  @Benchmark
  public Object readJob_databind() throws IOException {
    return Contenders.databindReadJob(job);
  }

  @Benchmark
  public long readJob_limit(Blackhole bh) throws IOException {
    return Contenders.limitRead(job, bh::consume);
  }

  @Benchmark
  public Object readJob_databind3() {
    return Jackson3Contenders.readJob(job);
  }

  @Benchmark
  public Object readJob_ours3() throws Throwable {
    return Jackson3Ours.readJob(job);
  }

  @Benchmark
  public long readJob_limit3(Blackhole bh) {
    return Jackson3Contenders.limitRead(job, bh::consume);
  }

  // ---- read jobs100.json as a typed list ----

  @Benchmark
  public Object readPage_ours() throws IOException {
    return Contenders.oursReadPage(jobs100).getValue();
  }

  @Benchmark
  public Object readPage_sdk() {
    return Contenders.sdkReadPage(jobs100).getValue();
  }

  @Benchmark
  public Object readPage_databind() throws IOException {
    return Contenders.databindReadPage(jobs100).value;
  }

  @Benchmark
  public long readPage_limit(Blackhole bh) throws IOException {
    return Contenders.limitRead(jobs100, bh::consume);
  }

  @Benchmark
  public Object readPage_databind3() {
    return Jackson3Contenders.readPage(jobs100).value;
  }

  @Benchmark
  public Object readPage_ours3() throws Throwable {
    return Jackson3Ours.readPage(jobs100).getValue();
  }

  @Benchmark
  public long readPage_limit3(Blackhole bh) {
    return Jackson3Contenders.limitRead(jobs100, bh::consume);
  }

  // ---- write ----

  @Benchmark
  public int writeJob_ours() throws IOException {
    return Contenders.oursWriteJob(oursJob, out);
  }

  @Benchmark
  public int writeJob_oursModule() throws IOException {
    return Contenders.moduleWriteJob(oursJob, out);
  }

  @Benchmark
  public int writeJob_sdk() throws IOException {
    return Contenders.sdkWrite(sdkJob);
  }

  @Benchmark
  public int writeJob_databind() throws IOException {
    return Contenders.databindWrite(peerJob, out);
  }

  @Benchmark
  public int writeJob_databind3() {
    return Jackson3Contenders.write(peerJob, out);
  }

  @Benchmark
  public int writeJob_ours3() throws Throwable {
    return Jackson3Ours.writeJob(ours3Job, out);
  }

  @Benchmark
  public int writeJob_limit() throws IOException {
    return Contenders.limitWrite(jobTokens, out);
  }

  @Benchmark
  public int writeJob_limit3() {
    return Jackson3Contenders.limitWrite(jobTokens3, out);
  }

  @Benchmark
  public int writePage_limit() throws IOException {
    return Contenders.limitWrite(pageTokens, out);
  }

  @Benchmark
  public int writePage_limit3() {
    return Jackson3Contenders.limitWrite(pageTokens3, out);
  }

  @Benchmark
  public int writePage_ours() throws IOException {
    return Contenders.oursWritePage(oursPage, out);
  }

  @Benchmark
  public int writePage_sdk() throws IOException {
    return Contenders.sdkWrite(sdkPage);
  }

  @Benchmark
  public int writePage_databind() throws IOException {
    return Contenders.databindWrite(peerPage, out);
  }

  @Benchmark
  public int writePage_databind3() {
    return Jackson3Contenders.write(peerPage, out);
  }

  @Benchmark
  public int writePage_ours3() throws Throwable {
    return Jackson3Ours.writePage(ours3Page, out);
  }
}

package dev.docmodel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.graph.SynchronizationJob;
import com.example.graph.SynchronizationStatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Not a benchmark: checks that every contender really reads and writes the whole payloads, so the
 * benchmarks compare equal work; and counts (does not time) the classes a first read loads.
 */
class ContendersTest {
  private static byte[] job;
  private static byte[] jobs100;

  @BeforeAll
  static void payloads() {
    if (!Files.isDirectory(Payloads.DIR)) {
      System.err.println("BENCHMARK INPUT CHECKS SKIPPED: no payloads at "
          + Payloads.DIR.toAbsolutePath());
    }
    assumeTrue(Files.isDirectory(Payloads.DIR), "benchmark payloads absent at " + Payloads.DIR);
    job = Payloads.job();
    jobs100 = Payloads.jobs100();
  }

  @Test
  void oursRoundTripsBothPayloadsExactly() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SynchronizationJob read = Contenders.oursReadJob(job);
    Contenders.oursWriteJob(read, out);
    assertEquals(mapper.readTree(job), mapper.readTree(out.toByteArray()));
    Contenders.oursWritePage(Contenders.oursReadPage(jobs100), out);
    assertEquals(mapper.readTree(jobs100), mapper.readTree(out.toByteArray()));
    assertEquals(read, Contenders.moduleReadJob(job), "the module reads the same");
  }

  @Test
  void oursOnJackson3RoundTripsBothPayloadsExactlyInItsOwnClasses() throws Throwable {
    ObjectMapper mapper = new ObjectMapper();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Object read = Jackson3Ours.readJob(job);
    assertEquals("com.example.graph.SynchronizationJob", read.getClass().getName());
    assertTrue(read.getClass() != SynchronizationJob.class, "the Jackson 3 model's own class");
    Jackson3Ours.writeJob(read, out);
    assertEquals(mapper.readTree(job), mapper.readTree(out.toByteArray()));
    Jackson3Ours.writePage(Jackson3Ours.readPage(jobs100), out);
    assertEquals(mapper.readTree(jobs100), mapper.readTree(out.toByteArray()));
  }

  @Test
  void everyContenderReadsTheSameJob() throws Exception {
    SynchronizationJob ours = Contenders.oursReadJob(job);
    var sdk = Contenders.sdkReadJob(job);
    var peer = Contenders.databindReadJob(job);
    assertEquals(ours.getId(), sdk.getId());
    assertEquals(ours.getId(), peer.getId());
    assertEquals(SynchronizationStatusCode.ACTIVE, ours.getStatus().getCode());
    assertEquals("active", sdk.getStatus().getCode().getValue().toLowerCase());
    assertEquals(ours.getStatus().getLastExecution().getCountImported(),
        sdk.getStatus().getLastExecution().getCountImported());
    assertEquals(ours.getSchedule().getInterval(), peer.getSchedule().getInterval());
    assertEquals(ours.getStatus().getLastExecution().getTimeEnded(),
        peer.getStatus().getLastExecution().getTimeEnded());
    assertEquals(100, Contenders.oursReadPage(jobs100).getValue().size());
    assertEquals(100, Contenders.sdkReadPage(jobs100).getValue().size());
    assertEquals(100, Contenders.databindReadPage(jobs100).value.size());
    List<Object> scalars = new ArrayList<>();
    assertTrue(Contenders.limitRead(job, scalars::add) > 100);
    assertTrue(Contenders.sdkWrite(sdk) > 1000 && Contenders.databindWrite(peer,
        new ByteArrayOutputStream()) > 1000);
  }

  @Test
  void jackson3ReadsAndWritesThePeerPojosAsJackson2Does() throws Exception {
    var peer = Contenders.databindReadJob(job);
    var peer3 = Jackson3Contenders.readJob(job);
    assertEquals(peer.getId(), peer3.getId());
    assertEquals(peer.getSchedule().getInterval(), peer3.getSchedule().getInterval());
    assertEquals(peer.getStatus().getLastExecution().getTimeEnded(),
        peer3.getStatus().getLastExecution().getTimeEnded());
    assertEquals(100, Jackson3Contenders.readPage(jobs100).value.size());
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    ByteArrayOutputStream three = new ByteArrayOutputStream();
    Contenders.databindWrite(peer, two);
    Jackson3Contenders.write(peer3, three);
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(mapper.readTree(two.toByteArray()), mapper.readTree(three.toByteArray()),
        "the same JSON from both");
    assertEquals(Contenders.limitRead(jobs100, x -> { }),
        Jackson3Contenders.limitRead(jobs100, x -> { }), "the same tokens");
  }

  @Test
  void theWriteLimitsWriteThePayloadsTokensOnBothJacksons() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (byte[] payload : List.of(job, jobs100)) {
      ByteArrayOutputStream two = new ByteArrayOutputStream();
      ByteArrayOutputStream three = new ByteArrayOutputStream();
      Contenders.limitWrite(Contenders.Tokens.of(payload), two);
      Jackson3Contenders.limitWrite(Jackson3Contenders.tokens(payload), three);
      assertEquals(mapper.readTree(payload), mapper.readTree(two.toByteArray()));
      assertEquals(mapper.readTree(payload), mapper.readTree(three.toByteArray()));
    }
  }

  @Test
  void aFirstReadAsTheBaseTypeLoadsFewModelClasses() throws Exception {
    FirstReadReport.Result ours = FirstReadReport.run("ours");
    assertEquals(SynchronizationJob.class.getName(), ours.readClass());
    assertTrue(ours.modelClasses() <= 50, ours.modelClasses() + " model classes loaded");
  }
}

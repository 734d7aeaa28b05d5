package dev.docmodel.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.example.graph.Entity;
import com.example.graph.SynchronizationJob;
import com.example.graph.SynchronizationSchedule;
import com.example.graph.SynchronizationScheduleState;
import com.example.graph.SynchronizationTemplate;
import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Jackson 3 model in a Spring Boot 4 application: RestClient against a local server serving
 * the docs' example responses, and Spring MVC, both through Boot's own JsonMapper.
 */
@SpringBootTest(classes = GraphClientApplication.class)
@AutoConfigureMockMvc
class GraphClientTest {
  private static final String JOB_LIST = "synchronization-synchronizationjob-list.md";
  private static final String TEMPLATE_LIST = "synchronization-synchronizationtemplate-list.md";
  private static final String JOB_GET = "synchronization-synchronizationjob-get.md";
  private static MockWebServer server;

  @Autowired RestClient graph;
  @Autowired JsonMapper mapper;
  @Autowired MockMvc mvc;

  @BeforeAll
  static void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.shutdown();
  }

  @DynamicPropertySource
  static void graphUrl(DynamicPropertyRegistry registry) {
    registry.add("graph.base-url", () -> server.url("/v1.0").toString());
  }

  private static MockResponse json(JsonNode body) {
    return new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(body.toString());
  }

  @Test
  void theAutoConfiguredMapperWritesOnlyWhatIsSet() {
    assertEquals("{}", mapper.writeValueAsString(new SynchronizationJob()));
  }

  @Test
  void readsAListPageThenItsNextLink() throws Exception {
    ObjectNode first = DocsExamples.response(JOB_LIST);
    first.put("@odata.nextLink", server.url("/v1.0/jobs?$skiptoken=2").toString());
    ObjectNode second = DocsExamples.response(JOB_LIST);
    ((ObjectNode) second.get("value").get(0)).put("templateId", "SlackOutDelta");
    server.enqueue(json(first));
    server.enqueue(json(second));

    List<SynchronizationJob> jobs = GraphClientApplication.allJobs(graph, "/jobs");

    assertEquals(List.of("BoxOutDelta", "SlackOutDelta"),
        jobs.stream().map(SynchronizationJob::getTemplateId).toList());
    assertEquals(Duration.parse("P10675199DT2H48M5.4775807S"),
        jobs.get(0).getSchedule().getInterval());
    assertEquals("/v1.0/jobs", server.takeRequest().getPath());
    assertEquals("/v1.0/jobs?$skiptoken=2", server.takeRequest().getPath());
  }

  @Test
  void readsAPolymorphicCollectionIntoTheDerivedClasses() throws Exception {
    ObjectNode job = (ObjectNode) DocsExamples.response(JOB_LIST).get("value").get(0);
    ObjectNode template = (ObjectNode) DocsExamples.response(TEMPLATE_LIST).get("value").get(0);
    ObjectNode page = mapper.createObjectNode();
    ArrayNode value = page.putArray("value");
    value.add(mapper.createObjectNode().put("@odata.type", "#microsoft.graph.synchronizationJob")
        .setAll(job));
    value.add(mapper.createObjectNode()
        .put("@odata.type", "#microsoft.graph.synchronizationTemplate").setAll(template));
    value.add(mapper.createObjectNode().put("id", "plain").put("notInTheDocs", 1));
    server.enqueue(json(page));

    CollectionPage<Entity> entities = graph.get().uri("/entities").retrieve()
        .body(GraphClientApplication.ENTITIES);

    server.takeRequest();
    assertEquals("BoxOutDelta",
        assertInstanceOf(SynchronizationJob.class, entities.getValue().get(0)).getTemplateId());
    assertEquals("CustomSCIM", assertInstanceOf(SynchronizationTemplate.class,
        entities.getValue().get(1)).getFactoryTag());
    Entity plain = entities.getValue().get(2);
    assertEquals(Entity.class, plain.getClass());
    assertEquals(JsonValue.number("1"), plain.getAdditionalData().get("notInTheDocs"));
    assertEquals(page, mapper.readTree(mapper.writeValueAsString(entities)),
        "written back whole: types, unknowns, raw values");
    assertNull(entities.getNextLink());
  }

  @Test
  void sendsAPatchBodyHoldingExactlyWhatWasSet() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    SynchronizationJob patch = new SynchronizationJob();
    SynchronizationSchedule schedule = new SynchronizationSchedule();
    schedule.setInterval(Duration.ofMinutes(40));
    schedule.setState(SynchronizationScheduleState.ACTIVE);
    patch.setSchedule(schedule);
    patch.setTemplateId(null); // explicitly null: cleared on the service

    graph.patch().uri("/jobs/{id}", "job1").contentType(MediaType.APPLICATION_JSON).body(patch)
        .retrieve().toBodilessEntity();

    RecordedRequest request = server.takeRequest();
    assertEquals("PATCH", request.getMethod());
    assertEquals("/v1.0/jobs/job1", request.getPath());
    assertEquals("{\"schedule\":{\"interval\":\"PT40M\",\"state\":\"Active\"},\"templateId\":null}",
        request.getBody().readUtf8());
  }

  @Test
  void springMvcReadsAndWritesTheModelLosslessly() throws Exception {
    ObjectNode job = DocsExamples.response(JOB_GET);
    job.put("notInTheDocs", "kept");
    ((ObjectNode) job.get("status")).put("code", "NotYetDocumented");
    String response = mvc.perform(put("/echo/job").contentType(MediaType.APPLICATION_JSON)
        .content(job.toString())).andReturn().getResponse().getContentAsString();
    assertEquals(job, mapper.readTree(response), "unknowns, unlisted members, raw values kept");

    ObjectNode typed = mapper.createObjectNode()
        .put("@odata.type", "#microsoft.graph.synchronizationJob").setAll(job);
    String entity = mvc.perform(post("/echo/entity").contentType(MediaType.APPLICATION_JSON)
        .content(typed.toString())).andReturn().getResponse().getContentAsString();
    assertEquals(typed, mapper.readTree(entity), "read as entity into the derived class");
  }
}

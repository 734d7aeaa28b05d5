package dev.docmodel.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.example.graph.FilterOperatorSchema;
import com.example.graph.ModelTypes;
import com.example.graph.SynchronizationJobApplicationParameters;
import com.example.graph.SynchronizationJobRestartCriteria;
import com.example.graph.SynchronizationJobSubject;
import com.example.graph.SynchronizationSecretKeyStringValuePair;
import com.example.graph.operations.SynchronizationJobOperations;
import com.example.graph.operations.SynchronizationJobProvisionOnDemandBody;
import com.example.graph.operations.SynchronizationJobRestartBody;
import com.example.graph.operations.SynchronizationSchemaOperations;
import dev.docmodel.runtime.OperationDescriptor;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.ResultPage;
import dev.docmodel.runtime.jackson.OperationResults;
import java.io.IOException;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Operations through Spring's RestClient, as the README shows them: an action body built in
 * Java is the docs' example request, and the docs' example responses read back typed.
 */
@SpringBootTest(classes = GraphClientApplication.class)
class OperationsClientTest {
  private static final String JOB = "/servicePrincipals/{id}/synchronization/jobs/{jobId}";
  private static MockWebServer server;

  @Autowired RestClient graph;

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

  /** Sends {@code body} as {@code operation} does, to the job {@code sp}/{@code job}. */
  private <R> R call(OperationDescriptor<?, R> operation, Object body) {
    return graph.method(HttpMethod.valueOf(operation.method()))
        .uri(operation.pathFrom(JOB), "sp", "job")
        .contentType(MediaType.APPLICATION_JSON).body(body)
        .retrieve().body(operation.result());
  }

  @Test
  void anActionBodyBuiltInJavaIsTheDocsExampleRequestByteForByte() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    SynchronizationJobRestartCriteria criteria = new SynchronizationJobRestartCriteria();
    criteria.setResetScope("Watermark, Escrows, QuarantineState");
    SynchronizationJobRestartBody body = new SynchronizationJobRestartBody();
    body.setCriteria(criteria);

    assertNull(call(SynchronizationJobOperations.RESTART, body));

    RecordedRequest request = server.takeRequest();
    assertEquals("POST /v1.0/servicePrincipals/sp/synchronization/jobs/job/restart",
        request.getMethod() + " " + request.getPath());
    assertEquals(DocsExamples.request("synchronization-synchronizationjob-restart.md")
        .toString(), request.getBody().readUtf8());
  }

  @Test
  void anActionsResultReadsBackTyped() throws Exception {
    String page = "synchronization-synchronizationjob-provision-on-demand.md";
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(DocsExamples.response(page).toString()));
    SynchronizationJobSubject subject = new SynchronizationJobSubject();
    subject.setObjectId("9bb0f679-a883-4a6f-8260-35b491b8b8c8");
    subject.setObjectTypeName("User");
    SynchronizationJobApplicationParameters parameters =
        new SynchronizationJobApplicationParameters();
    parameters.setSubjects(List.of(subject));
    parameters.setRuleId("ea807875-5618-4f0a-9125-0b46a05298ca");
    SynchronizationJobProvisionOnDemandBody body = new SynchronizationJobProvisionOnDemandBody();
    body.setParameters(List.of(parameters));

    SynchronizationSecretKeyStringValuePair result =
        call(SynchronizationJobOperations.PROVISION_ON_DEMAND, body);

    assertEquals(DocsExamples.request(page), DocsExamples.LENIENT.readTree(
        server.takeRequest().getBody().readUtf8()), "the same JSON, members in the model's order");
    assertEquals(DocsExamples.response(page).get("value").asString(), result.getValue());
  }

  @Test
  void aFunctionsCollectionResultReadsBackTyped() throws Exception {
    String page = "synchronization-synchronizationschema-filteroperators.md";
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(DocsExamples.response(page).toString()));
    OperationDescriptor<Void, FilterOperatorSchema> filterOperators =
        SynchronizationSchemaOperations.FILTER_OPERATORS;

    String json = graph.get().uri(filterOperators.pathFrom(JOB + "/schema"), "sp", "job")
        .retrieve().body(String.class);
    ResultPage<FilterOperatorSchema> operators = OperationResults.readPage(json,
        ModelTypes.newReadContext(ReadMode.LENIENT), filterOperators);

    assertEquals("/v1.0/servicePrincipals/sp/synchronization/jobs/job/schema/filterOperators()",
        server.takeRequest().getPath());
    assertEquals("EQUALS", operators.getValue().get(0).getName());
    // The seed pages type multivaluedComparisonType as an object: the text is kept, as read.
    assertEquals(DocsExamples.response(page),
        DocsExamples.LENIENT.readTree(OperationResults.toJson(operators)));
  }
}

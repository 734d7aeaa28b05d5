package com.example.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.graph.operations.SynchronizationJobOperations;
import com.example.graph.operations.SynchronizationJobRestartBody;
import com.example.graph.operations.SynchronizationSchemaOperations;
import com.sun.net.httpserver.HttpServer;
import dev.docmodel.runtime.OperationDescriptor;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.ResultPage;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.OperationResults;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's java.net.http example, as written there, against a local server: an action with
 * its body, and a function's collection result read from its {@code value} envelope.
 */
class OperationsHttpClientTest {
  private HttpServer server;
  private final List<String> received = new ArrayList<>();
  private String graph;
  private final String token = "token";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
          + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      boolean function = exchange.getRequestMethod().equals("GET");
      byte[] body = (function ? "{\"value\":[{\"name\":\"EQUALS\",\"arity\":\"Binary\"}],"
          + "\"@odata.nextLink\":\"next\"}" : "").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(function ? 200 : 204, function ? body.length : -1);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    graph = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theReadmeExampleCallsAnActionAndAFunction() throws Exception {
    String sp = "sp";
    String job = "job";
    // --- as in the README ---
    HttpClient http = HttpClient.newHttpClient();

    SynchronizationJobRestartCriteria criteria = new SynchronizationJobRestartCriteria();
    criteria.setResetScope("Watermark, Escrows, QuarantineState");
    SynchronizationJobRestartBody body = new SynchronizationJobRestartBody();
    body.setCriteria(criteria);
    OperationDescriptor<SynchronizationJobRestartBody, Void> restart =
        SynchronizationJobOperations.RESTART;
    String jobPath = "/servicePrincipals/" + sp + "/synchronization/jobs/" + job;
    HttpResponse<String> restarted = http.send(HttpRequest.newBuilder(
            URI.create(graph + restart.pathFrom(jobPath)))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .method(restart.method(), HttpRequest.BodyPublishers.ofString(GraphJson.toJson(body)))
        .build(), HttpResponse.BodyHandlers.ofString());

    OperationDescriptor<Void, FilterOperatorSchema> filterOperators =
        SynchronizationSchemaOperations.FILTER_OPERATORS;
    String json = http.send(HttpRequest.newBuilder(
            URI.create(graph + filterOperators.pathFrom(jobPath + "/schema")))
        .header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    ResultPage<FilterOperatorSchema> operators = OperationResults.readPage(json,
        ModelTypes.newReadContext(ReadMode.LENIENT), filterOperators);
    // --- end ---

    assertEquals(204, restarted.statusCode());
    assertEquals(List.of("POST /v1.0/servicePrincipals/sp/synchronization/jobs/job/restart "
            + "{\"criteria\":{\"resetScope\":\"Watermark, Escrows, QuarantineState\"}}",
        "GET /v1.0/servicePrincipals/sp/synchronization/jobs/job/schema/filterOperators() "),
        received);
    assertEquals("EQUALS", operators.getValue().get(0).getName());
    assertEquals("next", operators.getNextLink());
  }
}

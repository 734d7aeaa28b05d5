package dev.docmodel.runtime.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.runtime.BatchRequest;
import dev.docmodel.runtime.BatchResponse;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.ODataError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graph's error body and JSON batching, on the docs' own examples. */
class ProtocolTest {
  /** The error example of the Excel overview page (resources/excel.md, 2021-07). */
  static final String EXCEL_ERROR = """
      {
        "error": {
          "code": "ItemAlreadyExists",
          "message": "A resource with the same name or identifier already exists.",
          "innerError": {
            "request-id": "214ca7ea-9ea4-442e-9c67-71fdda0a559c",
            "date": "2016-07-28T03:56:09"
          }
        }
      }""";

  /** The response example of Graph's "Combine multiple requests in one HTTP call" page. */
  static final String BATCH_RESPONSE = """
      {
        "responses": [
          {
            "id": "1",
            "status": 302,
            "headers": {
              "location": "https://b0mpua-by3301.files.1drv.com/y23vmagahszhxzlcvhasdhasghasodfi"
            }
          },
          {
            "id": "3",
            "status": 401,
            "body": {
              "error": {
                "code": "Forbidden",
                "message": "..."
              }
            }
          },
          {
            "id": "2",
            "status": 200,
            "body": {
              "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.plannerTask)",
              "value": []
            }
          },
          {
            "id": "4",
            "status": 204,
            "body": null
          }
        ]
      }""";

  @Test
  void theErrorBodyIsTypedWithItsInnerError() {
    ODataError error = Protocol.readError(EXCEL_ERROR);
    ODataError.InnerError inner = new ODataError.InnerError(null,
        "214ca7ea-9ea4-442e-9c67-71fdda0a559c", null, "2016-07-28T03:56:09", null, Map.of());
    assertEquals(new ODataError("ItemAlreadyExists",
        "A resource with the same name or identifier already exists.", null, List.of(), inner,
        Map.of()), error);
    assertEquals(Jackson.parse(EXCEL_ERROR, JsonTrees::read),
        Jackson.parse(Protocol.toJson(error), JsonTrees::read));
  }

  @Test
  void anErrorKeepsWhatItDoesNotNameAndABodyThatIsNoErrorIsNone() {
    String json = "{\"error\":{\"code\":\"x\",\"details\":[{\"code\":\"d\",\"target\":\"t\"}],"
        + "\"innererror\":{\"client-request-id\":\"c\",\"throwSite\":\"s\"},\"extra\":1}}";
    ODataError error = Protocol.readError(json);
    assertEquals("d", error.details().get(0).code());
    assertEquals("t", error.details().get(0).target());
    assertEquals("c", error.innerError().clientRequestId());
    assertEquals(Map.of("throwSite", JsonValue.of("s")), error.innerError().additionalData());
    assertEquals(Map.of("extra", JsonValue.number("1")), error.additionalData());
    assertEquals("{\"error\":{\"code\":\"x\",\"details\":[{\"code\":\"d\",\"target\":\"t\"}],"
        + "\"innerError\":{\"client-request-id\":\"c\",\"throwSite\":\"s\"},\"extra\":1}}",
        Protocol.toJson(error));
    assertNull(Protocol.readError("{\"value\":[]}"));
    assertNull(Protocol.readError("{\"error\":\"text\"}"));
  }

  @Test
  void aBatchResponseIsReadItemByItemWithItsErrorsTyped() {
    BatchResponse batch = Protocol.readBatchResponse(BATCH_RESPONSE);
    assertEquals(List.of("1", "3", "2", "4"),
        batch.responses().stream().map(BatchResponse.Item::id).toList());
    BatchResponse.Item redirect = batch.byId("1");
    assertEquals(302, redirect.status());
    assertEquals("https://b0mpua-by3301.files.1drv.com/y23vmagahszhxzlcvhasdhasghasodfi",
        redirect.headers().get("location"));
    assertEquals("Forbidden", batch.byId("3").error().code());
    assertTrue(batch.byId("2").succeeded());
    assertEquals(0, batch.byId("2").body().get("value").size());
    assertNull(batch.byId("2").error());
    assertEquals(JsonValue.NULL, batch.byId("4").body());
    assertNull(batch.byId("5"));
  }

  @Test
  void aBatchRequestIsWrittenAsTheDocsShowIt() {
    BatchRequest batch = BatchRequest.of(
        BatchRequest.Item.get("1", "/me/drive/root:/{file}:/content"),
        BatchRequest.Item.post("2", "/me/planner/tasks",
            JsonValue.object(Map.of("title", JsonValue.of("Plan")))).dependingOn("1"),
        BatchRequest.Item.delete("3", "/groups/{id}/events/{id}"));
    assertEquals("{\"requests\":[{\"id\":\"1\",\"method\":\"GET\","
        + "\"url\":\"/me/drive/root:/{file}:/content\"},"
        + "{\"id\":\"2\",\"method\":\"POST\",\"url\":\"/me/planner/tasks\",\"dependsOn\":[\"1\"],"
        + "\"headers\":{\"Content-Type\":\"application/json\"},\"body\":{\"title\":\"Plan\"}},"
        + "{\"id\":\"3\",\"method\":\"DELETE\",\"url\":\"/groups/{id}/events/{id}\"}]}",
        Protocol.toJson(batch));
    assertThrows(IllegalArgumentException.class,
        () -> BatchRequest.Item.post("4", "/x", "not JSON"));
  }
}

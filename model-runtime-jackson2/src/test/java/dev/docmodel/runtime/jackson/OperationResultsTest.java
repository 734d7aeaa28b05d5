package dev.docmodel.runtime.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docmodel.runtime.OperationDescriptor;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.ResultPage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operation results in OData's value envelope: primitives, collections, links, problems. */
class OperationResultsTest {
  private static <R> OperationDescriptor<Void, R> returning(Class<R> type, boolean collection) {
    return new OperationDescriptor<>("op", OperationDescriptor.Kind.FUNCTION,
        "microsoft.graph.user", false, "GET", List.of("/me/op()"), null, List.of(), type, null,
        collection);
  }

  private static ReadContext lenient() {
    return new ReadContext(ReadMode.LENIENT, null);
  }

  @Test
  void aCollectionOfStringsKeepsItsLinksAndIsWrittenBackAsRead() {
    String json = "{\"@odata.context\":\"c\",\"value\":[\"a\",\"b\"],"
        + "\"@odata.nextLink\":\"next\",\"@odata.deltaLink\":\"delta\"}";
    ResultPage<String> page = OperationResults.readPage(json, lenient(),
        returning(String.class, true));
    assertEquals(List.of("a", "b"), page.getValue());
    assertEquals("next", page.getNextLink());
    assertEquals("delta", page.getDeltaLink());
    assertEquals("{\"@odata.context\":\"c\",\"@odata.nextLink\":\"next\","
        + "\"@odata.deltaLink\":\"delta\",\"value\":[\"a\",\"b\"]}", OperationResults.toJson(page));
  }

  @Test
  void aSinglePrimitiveIsTheValueOfItsEnvelope() {
    assertEquals(Boolean.TRUE, OperationResults.read("{\"value\":true}", lenient(),
        returning(Boolean.class, false)));
    assertEquals(42L, OperationResults.read("{\"@odata.context\":\"c\",\"value\":42}",
        lenient(), returning(Long.class, false)));
    assertNull(OperationResults.read("{}", lenient(), returning(String.class, false)));
    assertEquals("{\"value\":\"it's\"}", OperationResults.toJson((Object) "it's"));
  }

  @Test
  void anItemNotOfTheTypeIsNullAndAProblemNotAnException() {
    ReadContext ctx = lenient();
    ResultPage<Integer> page = OperationResults.readPage("{\"value\":[1,\"x\",3]}", ctx,
        returning(Integer.class, true));
    assertEquals(Arrays.asList(1, null, 3), page.getValue());
    assertEquals(1, ctx.problems().size());
    assertEquals("/value/1", ctx.problems().get(0).pointer());
  }
}

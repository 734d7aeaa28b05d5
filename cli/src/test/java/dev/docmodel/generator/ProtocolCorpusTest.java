package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.check.CompiledModel;
import dev.docmodel.generator.check.Example;
import dev.docmodel.generator.check.ExampleReader;
import dev.docmodel.runtime.CollectionPage;
import dev.docmodel.runtime.DeltaRemoval;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.ODataError;
import dev.docmodel.runtime.OperationDescriptor;
import dev.docmodel.runtime.ReadMode;
import dev.docmodel.runtime.ResultPage;
import dev.docmodel.runtime.jackson.Changes;
import dev.docmodel.runtime.jackson.GraphJson;
import dev.docmodel.runtime.jackson.OperationResults;
import dev.docmodel.runtime.jackson.Pages;
import dev.docmodel.runtime.jackson.Protocol;
import dev.docmodel.runtime.jackson.ReadContext;
import dev.docmodel.runtime.jackson.TypeDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Graph's protocol on the 2021 v1.0 docs' own examples, through the model generated from them
 * (the slice of users, directory roles and to-do lists, compiled): a user read and changed writes only
 * the change; delta pages with their links and removals; a collection of strings; an error body.
 */
class ProtocolCorpusTest {
  private static Corpus corpus;
  private static Path classes;
  private static CompiledModel model;

  @BeforeAll
  static void compileTheSlice() throws IOException {
    corpus = Corpus.require("2021-07");
    Generator.Result slice = TestGenerator.build(TestGenerator.options(corpus.docs(), "x")
        .roots(List.of("user", "directoryRole", "todoTaskList")).build());
    classes = Files.createTempDirectory("protocol-corpus");
    model = CompiledModel.compile(slice.files(), "x", classes);
  }

  @AfterAll
  static void close() throws IOException {
    if (model != null) {
      model.close();
    }
  }

  private static String response(String page) throws IOException {
    Path file = corpus.api().resolve(page);
    return ExampleReader.read(page, Files.readString(file)).stream()
        .filter(e -> e.kind().equals("response")).findFirst().map(Example::body).orElseThrow();
  }

  /** The body of a page's response block that no annotation marks as an example. */
  private static String unannotatedResponse(String page) throws IOException {
    String text = Files.readString(corpus.api().resolve(page));
    int status = text.indexOf("HTTP/1.1 200 OK");
    int start = text.indexOf('{', status);
    return text.substring(start, text.indexOf("```", start));
  }

  private static ReadContext lenient() {
    return model.newReadContext(ReadMode.LENIENT);
  }

  @Test
  void aUserReadFromTheDocsAndChangedWritesExactlyThatProperty() throws Exception {
    GraphObject user = GraphJson.fromJson(response("user-get.md"), lenient().snapshotOnRead(),
        model.resolve("microsoft.graph.user"));
    assertEquals("{}", Changes.toJson(user));
    user.getClass().getMethod("setJobTitle", String.class).invoke(user, "Product Manager");
    assertEquals("{\"jobTitle\":\"Product Manager\"}", Changes.toJson(user));
  }

  @Test
  void aDeltaPageKeepsItsLinksAndSaysWhatWasRemoved() throws Exception {
    @SuppressWarnings("unchecked")
    TypeDescriptor<GraphObject> roles =
        (TypeDescriptor<GraphObject>) model.resolve("microsoft.graph.directoryRole");
    CollectionPage<GraphObject> page = Pages.fromJson(response("directoryrole-delta.md"),
        lenient(), roles);
    assertTrue(page.getNextLink().startsWith("https://graph.microsoft.com/v1.0/directoryRoles/"
        + "delta?$skiptoken="), page.getNextLink());
    assertNull(page.getDeltaLink());
    @SuppressWarnings("unchecked")
    TypeDescriptor<GraphObject> objects =
        (TypeDescriptor<GraphObject>) model.resolve("microsoft.graph.directoryObject");
    List<GraphObject> members = Protocol.deltaOf(page.getValue().get(0), "members", objects,
        lenient());
    assertEquals("User", members.get(0).getClass().getSimpleName());
    assertEquals(new DeltaRemoval("deleted", members.get(0).getAdditionalData().get("@removed")),
        members.get(0).getDeltaRemoved());

    @SuppressWarnings("unchecked")
    TypeDescriptor<GraphObject> lists =
        (TypeDescriptor<GraphObject>) model.resolve("microsoft.graph.todoTaskList");
    CollectionPage<GraphObject> last = Pages.fromJson(unannotatedResponse("todotasklist-delta.md"),
        lenient(), lists);
    assertEquals("https://graph.microsoft.com/v1.0/me/todo/lists/delta?$skiptoken="
        + "ldfdgdgfoT5csv4k99nvQqyku0jaGqMhc6XyFff5qQTQ7RJOr", last.getDeltaLink());
    assertNull(last.getNextLink());
    assertEquals("W/\"4rfRVIPi9EqXgDbc8U7HGwADLLQ93w==\"", last.getValue().get(0).getODataETag());
    assertEquals(List.of(), last.getReadProblems());
  }

  @Test
  void aCollectionOfStringsIsReadAsStringsAndNotAsNullObjects() throws Exception {
    String json = response("directoryobject-getmembergroups.md");
    @SuppressWarnings("unchecked")
    OperationDescriptor<?, String> getMemberGroups = (OperationDescriptor<?, String>)
        model.load("x.operations.DirectoryObjectOperations").getField("GET_MEMBER_GROUPS")
            .get(null);
    ResultPage<String> groups = OperationResults.readPage(json, lenient(), getMemberGroups);
    assertEquals(3, groups.getValue().size());
    assertTrue(groups.getValue().stream().allMatch(id -> id.length() == 36), groups.toString());
    assertEquals(List.of(), groups.getReadProblems());

    @SuppressWarnings("unchecked")
    TypeDescriptor<GraphObject> objects =
        (TypeDescriptor<GraphObject>) model.resolve("microsoft.graph.directoryObject");
    CollectionPage<GraphObject> misread = Pages.fromJson(json, lenient(), objects);
    assertEquals(3, misread.getReadProblems().size(), "read as objects, each null says why");
  }

  @Test
  void theErrorBodyOfTheExcelPageIsTyped() throws IOException {
    String page = Files.readString(corpus.resources().resolve("excel.md"));
    Matcher block = Pattern.compile("(\\{\\s*\"error\"\\s*:\\s*\\{.*?)```", Pattern.DOTALL)
        .matcher(page);
    assertTrue(block.find());
    ODataError error = Protocol.readError(block.group(1));
    assertEquals("ItemAlreadyExists", error.code());
    assertEquals("214ca7ea-9ea4-442e-9c67-71fdda0a559c", error.innerError().requestId());
    assertEquals("2016-07-28T03:56:09", error.innerError().date());
  }
}

package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.compat.BaselineFile;
import dev.docmodel.generator.compat.Change;
import dev.docmodel.generator.link.operation.OperationFixtures;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A docs update that moves operations: a function gains an optional parameter and loses one, an
 * action's parameter changes type (GUIDs to strings: the same JSON), an action disappears, another appears. The report classifies
 * each; with the baseline kept, code written against the old jar compiles against the new one and
 * japicmp finds the operation classes compatible.
 */
class OperationsUpdateTest {
  private static final String REMINDER_VIEW = "user-reminderview.md";

  /** Code a user wrote against the first generation. */
  private static final String CLIENT = """
      package client;
      import dev.docmodel.runtime.OperationDescriptor;
      import java.util.List;
      import java.util.UUID;
      import x.operations.*;
      public class Client {
        public static String use() {
          UserAssignLicenseBody license = new UserAssignLicenseBody();
          license.setRemoveLicenses(List.of(UUID.randomUUID()));
          UserSendMailBody mail = new UserSendMailBody();
          mail.setComment("hello");
          OperationDescriptor<UserSendMailBody, Void> send = UserOperations.SEND_MAIL;
          return UserOperations.userReminderView().startDateTime("a").endDateTime("b").segment()
              + send.name();
        }
      }
      """;

  private static Map<String, String> before() {
    Map<String, String> pages = new TreeMap<>(resources());
    pages.put("api/" + REMINDER_VIEW, OperationFixtures.REMINDER_VIEW);
    pages.put("api/user-assignlicense.md", OperationFixtures.ASSIGN_LICENSE);
    pages.put("api/user-sendmail.md", OperationFixtures.apiPage("user: sendMail",
        List.of("POST /me/sendMail"), "Request body", "|comment|String|A comment.|",
        "Returns `202 Accepted`.", null));
    return pages;
  }

  private static Map<String, String> after() {
    Map<String, String> pages = new TreeMap<>(resources());
    pages.put("api/" + REMINDER_VIEW, OperationFixtures.apiPage("user: reminderView",
        List.of("GET /users/{id}/reminderView(startDateTime={start},top={top})"),
        "Function parameters", "|startDateTime|String|The start.|\n|top|Int32|Optional. At "
            + "most this many.|", "Returns `200 OK` and a [reminder](../resources/reminder.md) "
            + "collection.", null));
    pages.put("api/user-assignlicense.md", OperationFixtures.ASSIGN_LICENSE
        .replace("|removeLicenses|Guid collection|", "|removeLicenses|String collection|"));
    pages.put("api/user-revokesigninsessions.md", OperationFixtures.apiPage(
        "user: revokeSignInSessions", List.of("POST /me/revokeSignInSessions"), null, null,
        "Returns `204 No Content`.", null));
    return pages;
  }

  private static Map<String, String> resources() {
    return Map.of("resources/entity.md", OperationFixtures.ENTITY,
        "resources/directoryobject.md", OperationFixtures.DIRECTORY_OBJECT,
        "resources/user.md", OperationFixtures.USER,
        "resources/assignedlicense.md", OperationFixtures.LICENSE,
        "resources/reminder.md", OperationFixtures.REMINDER);
  }

  private static Path write(Path dir, Map<String, String> pages) throws IOException {
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = dir.resolve(page.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.getValue());
    }
    return dir;
  }

  private static Generator.Result generate(Path docs, Path baseline) throws IOException {
    return TestGenerator.build(TestGenerator.options(List.of(docs), "x").baseline(baseline)
        .build());
  }

  @Test
  void eachChangeIsClassifiedAndTheBaselineKeepsOldCodeCompiling(@TempDir Path dir)
      throws Exception {
    Generator.Result first = generate(write(dir.resolve("before"), before()), null);
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, BaselineFile.write(first.surface().get()));
    Path after = write(dir.resolve("after"), after());
    Generator.Result kept = generate(after, baseline);

    assertEquals(List.of(
            "PROPERTY_TYPE_CHANGED microsoft.graph.operations.userAssignLicenseBody/removeLicenses"
                + " wire compatible java compatible kept",
            "TYPE_REMOVED microsoft.graph.operations.userSendMailBody wire breaking java"
                + " compatible kept",
            "OPERATION_PARAMETER_REMOVED microsoft.graph.user/reminderView(endDateTime) wire"
                + " breaking java compatible kept",
            "OPERATION_PARAMETER_ADDED microsoft.graph.user/reminderView(top) wire compatible"
                + " java compatible",
            "OPERATION_ADDED microsoft.graph.user/revokeSignInSessions() wire compatible"
                + " java compatible",
            "OPERATION_REMOVED microsoft.graph.user/sendMail() wire breaking java compatible kept"),
        kept.changes().changes().stream().map(OperationsUpdateTest::describe).toList());

    Generator.Result plain = generate(after, null);
    assertEquals(List.of(), InMemoryCompiler.compile(first.files(), List.of(client()),
        dir.resolve("first")), "the client compiles against the first generation");
    assertEquals(List.of(), InMemoryCompiler.compile(kept.files(), List.of(client()),
        dir.resolve("kept")), "and against the new one, with the baseline kept");
    assertTrue(!InMemoryCompiler.compile(plain.files(), List.of(client()),
        dir.resolve("plain")).isEmpty(), "but not against a plain regeneration");

    Path firstJar = Jars.jar(first, dir, "first");
    Map<String, Set<String>> keptBreaks = Jars.incompatibilities(firstJar,
        Jars.jar(kept, dir, "kept"));
    Map<String, Set<String>> plainBreaks = Jars.incompatibilities(firstJar,
        Jars.jar(plain, dir, "plain"));
    assertEquals(Map.of(), operationClasses(keptBreaks), "japicmp, with the baseline kept");
    assertEquals(Set.of("x.operations.UserAssignLicenseBody", "x.operations.UserOperations",
        "x.operations.UserReminderViewCall", "x.operations.UserSendMailBody",
        "x.operations.UserSendMailBodyJson"), operationClasses(plainBreaks).keySet(),
        "japicmp, regenerated without it");
  }

  private static Map<String, Set<String>> operationClasses(Map<String, Set<String>> breaks) {
    Map<String, Set<String>> operations = new TreeMap<>(breaks);
    operations.keySet().removeIf(c -> !c.startsWith("x.operations."));
    return operations;
  }

  private static String describe(Change c) {
    return c.kind() + " " + c.element() + " wire " + c.wire().label() + " java "
        + c.java().label() + (c.kept() ? " kept" : "");
  }

  private static JavaFileObject client() {
    return new SimpleJavaFileObject(URI.create("string:///client/Client.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return CLIENT;
      }
    };
  }
}

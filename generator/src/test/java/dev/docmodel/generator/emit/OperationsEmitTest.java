package dev.docmodel.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.InMemoryCompiler;
import dev.docmodel.generator.TestGenerator;
import dev.docmodel.generator.link.operation.OperationFixtures;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operation classes compile and do what a client needs: bodies, call segments, results. */
class OperationsEmitTest {
  private static final String CLIENT = """
      package client;
      import dev.docmodel.runtime.*;
      import dev.docmodel.runtime.jackson.*;
      import java.util.List;
      import java.util.UUID;
      import x.*;
      import x.operations.*;
      public class Client {
        public static String use() {
          UserAssignLicenseBody body = new UserAssignLicenseBody();
          AssignedLicense license = new AssignedLicense();
          license.setSkuId(UUID.fromString("11b0131d-43c8-4bbb-b2c8-e80f9a50834a"));
          body.setAddLicenses(List.of(license));
          String call = UserOperations.userReminderView().startDateTime("2017-06-05T10:00:00")
              .endDateTime("O'Neil & co").segment();
          ReadContext ctx = ModelTypes.newReadContext(ReadMode.LENIENT);
          ResultPage<String> groups = OperationResults.readPage(
              "{\\"value\\":[\\"a\\",\\"b\\"],\\"@odata.nextLink\\":\\"n\\"}", ctx,
              DirectoryObjectOperations.GET_MEMBER_GROUPS);
          ResultPage<Reminder> reminders = OperationResults.readPage(
              "{\\"value\\":[{\\"eventId\\":\\"e\\"}]}", ctx, UserOperations.REMINDER_VIEW);
          User user = OperationResults.read("{\\"displayName\\":\\"d\\"}", ctx,
              UserOperations.ASSIGN_LICENSE);
          return GraphJson.toJson(body) + "\\n" + call + "\\n"
              + UserOperations.ASSIGN_LICENSE.pathFrom("/me") + " "
              + UserOperations.ASSIGN_LICENSE.method() + " "
              + UserOperations.ASSIGN_LICENSE.body().getSimpleName() + " "
              + UserOperations.ASSIGN_LICENSE.paths() + "\\n"
              + groups.getValue() + " " + groups.getNextLink() + " "
              + reminders.getValue().get(0).getEventId() + " " + user.getDisplayName() + "\\n"
              + UserOperations.DELTA.pathFrom("/users") + " " + UserOperations.DELTA.kind()
              + " " + UserOperations.DELTA.boundToCollection();
        }
      }
      """;

  @Test
  void bodiesCallsAndDescriptorsCompileAndWork(@TempDir Path dir) throws Exception {
    Path docs = dir.resolve("docs");
    Map<String, String> pages = new TreeMap<>(Map.of(
        "resources/entity.md", OperationFixtures.ENTITY,
        "resources/directoryobject.md", OperationFixtures.DIRECTORY_OBJECT,
        "resources/user.md", OperationFixtures.USER,
        "resources/group.md", OperationFixtures.GROUP,
        "resources/assignedlicense.md", OperationFixtures.LICENSE,
        "resources/reminder.md", OperationFixtures.REMINDER,
        "api/user-assignlicense.md", OperationFixtures.ASSIGN_LICENSE,
        "api/directoryobject-getmembergroups.md", OperationFixtures.GET_MEMBER_GROUPS,
        "api/user-reminderview.md", OperationFixtures.REMINDER_VIEW,
        "api/user-delta.md", OperationFixtures.DELTA));
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Files.createDirectories(docs.resolve(page.getKey()).getParent());
      Files.writeString(docs.resolve(page.getKey()), page.getValue());
    }
    Generator.Result result = TestGenerator.build(List.of(docs), "x");
    List<JavaFile> files = result.files();
    JavaFileObject client = new SimpleJavaFileObject(URI.create("string:///client/Client.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return CLIENT;
      }
    };
    Path classes = dir.resolve("classes");
    assertEquals(List.of(), InMemoryCompiler.compile(files, List.of(client), classes));
    String out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Method use = loader.loadClass("client.Client").getMethod("use");
      out = (String) use.invoke(null);
    }
    assertEquals(List.of(
        "{\"addLicenses\":[{\"skuId\":\"11b0131d-43c8-4bbb-b2c8-e80f9a50834a\"}]}",
        "reminderView(startDateTime='2017-06-05T10:00:00',endDateTime='O''Neil%20&%20co')",
        "/me/assignLicense POST UserAssignLicenseBody "
            + "[/users/{id | userPrincipalName}/assignLicense, /me/assignLicense]",
        "[a, b] n e d",
        "/users/delta() FUNCTION true"), List.of(out.split("\n")));
  }
}

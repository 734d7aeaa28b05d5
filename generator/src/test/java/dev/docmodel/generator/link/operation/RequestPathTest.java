package dev.docmodel.generator.link.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPathTest {
  private static List<String> segments(String target) {
    return RequestPath.parse(target).segments().stream()
        .map(s -> (s.key() ? "key:" : "") + s.name() + (s.call() ? s.arguments() : ""))
        .toList();
  }

  @Test
  void keysCallsHostsQueriesAndDrivePathsAreTakenApart() {
    assertEquals(List.of("users", "key:{id | userPrincipalName}", "assignLicense"),
        segments("/users/{id | userPrincipalName}/assignLicense"));
    assertEquals(List.of("me", "reminderView[startDateTime, endDateTime]"),
        segments("https://graph.microsoft.com/v1.0/me/reminderView(startDateTime='2017-06-05"
            + "T10:00:00',endDateTime='a/b')?$top=1"));
    assertEquals(List.of("users", "delta[]"), segments("/users/delta()"));
    assertEquals(List.of("users", "key:'a@b.com'", "manager"),
        segments("/users('a@b.com')/manager"));
    assertEquals(List.of("me", "drive", "root", "content"),
        segments("/me/drive/root:/FolderA/FileB.txt:/content"));
    assertEquals(List.of("classes", "key:acdefc6b-2dc6-4e71-b1e9-6d9810ab1793", "key:42"),
        segments("/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/42"));
    assertEquals(List.of("groups", "key:{id}", "microsoft.graph.delta[]"),
        segments("https://graph.microsoft.com/beta/groups/{id}/microsoft.graph.delta()"));
  }

  @Test
  void absurdPathsGiveNothingRatherThanAThousandSegments() {
    assertEquals(List.of(), segments("/a".repeat(65)));
    assertEquals(List.of("a(((/b"), segments("a(((/b"), "unbalanced: one inert segment");
  }
}

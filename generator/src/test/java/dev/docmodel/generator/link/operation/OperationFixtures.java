package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.Fixtures;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.link.Linker;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PageReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Small resource and API pages, in the docs' format, for the operation passes. */
public final class OperationFixtures {
  private OperationFixtures() {}

  public static final String ENTITY = Fixtures.resourcePage("entity", ",\n  \"keyProperty\": \"id\"", null,
      "| id | String | The identifier. |", "{ \"id\": \"String\" }");
  public static final String DIRECTORY_OBJECT = Fixtures.resourcePage("directoryObject", "", "entity",
      "| deletedDateTime | DateTimeOffset | When deleted. |", "{ \"deletedDateTime\": \"x\" }");
  public static final String USER = Fixtures.resourcePage("user", "", "directoryObject",
      "| displayName | String | The name. |\n| manager | [directoryObject](directoryobject.md) "
          + "| The manager. |", "{ \"displayName\": \"String\" }");
  public static final String GROUP = Fixtures.resourcePage("group", "", "directoryObject",
      "| displayName | String | The name. |", "{ \"displayName\": \"String\" }");
  public static final String LICENSE = Fixtures.resourcePage("assignedLicense", "", null,
      "| skuId | Guid | The SKU. |", "{ \"skuId\": \"Guid\" }");
  public static final String REMINDER = Fixtures.resourcePage("reminder", "", null,
      "| eventId | String | The event. |", "{ \"eventId\": \"String\" }");

  /** An API page: title, request lines, a section with a parameter table, the response. */
  public static String apiPage(String title, List<String> requests, String section, String table,
      String response, String annotationType) {
    StringBuilder page = new StringBuilder("---\ntitle: \"" + title + "\"\ndescription: \""
        + "What " + title + " does.\"\ndoc_type: apiPageType\n---\n\n# " + title + "\n\n"
        + "Namespace: microsoft.graph\n\n## HTTP request\n\n<!-- { \"blockType\": \"ignored\" }"
        + " -->\n```http\n" + String.join("\n", requests) + "\n```\n\n");
    if (section != null) {
      page.append("## ").append(section).append("\n\n| Parameter | Type | Description |\n")
          .append("|:--|:--|:--|\n").append(table).append("\n\n");
    }
    page.append("## Response\n\n").append(response).append("\n\n");
    if (annotationType != null) {
      page.append("## Example\n\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"")
          .append(annotationType).append("\"\n} -->\n```http\nHTTP/1.1 200 OK\n\n{}\n```\n");
    }
    return page.toString();
  }

  public static final String ASSIGN_LICENSE = apiPage("user: assignLicense",
      List.of("POST /users/{id | userPrincipalName}/assignLicense", "POST /me/assignLicense"),
      "Request body", "|addLicenses|[assignedLicense](../resources/assignedlicense.md) collection|"
          + "The licenses to add.|\n|removeLicenses|Guid collection|Optional. GUIDs to remove.|",
      "If successful, this method returns `200 OK` response code and a "
          + "[user](../resources/user.md) object in the response body.", null);

  public static final String GET_MEMBER_GROUPS = apiPage("Get member groups",
      List.of("POST /me/getMemberGroups", "POST /users/{id}/getMemberGroups",
          "POST /groups/{id}/getMemberGroups", "POST /directoryObjects/{id}/getMemberGroups"),
      "Request body", "|securityEnabledOnly|Boolean|Only security groups.|",
      "If successful, this method returns `200 OK` response code and String collection object "
          + "in the response body.", null);

  public static final String REMINDER_VIEW = apiPage("user: reminderView",
      List.of("GET /users/{id}/reminderView(startDateTime=startDateTime-value,"
          + "endDateTime=endDateTime-value)"),
      "Function parameters", "|startDateTime|String|The start.|\n|endDateTime|String|The end.|",
      "If successful, this method returns `200 OK` response code and [reminder]"
          + "(../resources/reminder.md) collection object in the response body.",
      null);

  public static final String DELTA = apiPage("user: delta", List.of("GET /users/delta"), null, null,
      "If successful, this method returns a `200 OK` response code and a collection of [user]"
          + "(../resources/user.md) objects.", "microsoft.graph.user");

  static final String LIST_MANAGERS = apiPage("List direct reports",
      List.of("GET /users/{id}/directReports"), null, null,
      "If successful, this method returns a collection of [directoryObject]"
          + "(../resources/directoryobject.md) objects.", null);

  static final String GET_USER = apiPage("Get user", List.of("GET /users/{id}", "GET /me"), null,
      null, "If successful, this method returns a [user](../resources/user.md) object.", null);

  static final String REVOKE = apiPage("user: revokeSignInSessions",
      List.of("POST /me/revokeSignInSessions"), null, null,
      "If successful, this method returns a `204 No Content` response code.",
      "microsoft.graph.user");

  static final String UNKNOWN_PARAMETER_TYPE = apiPage("group: renew",
      List.of("POST /groups/{id}/renew"), "Request body",
      "|policy|[renewalPolicy](../resources/renewalpolicy.md)|Described nowhere.|",
      "If successful, this method returns `204 No Content` response code.", null);

  static final String NOWHERE = apiPage("Wander", List.of("POST /nowhere/{id}/wander()"), null,
      null, "If successful, this method returns `204 No Content` response code.", null);

  /** The resource pages and API pages, as the generator reads them (API pages under api/). */
  static List<Page> pages(Diagnostics diagnostics, String... apiPathsAndTexts) {
    List<Page> pages = new ArrayList<>();
    String[] resources = {"entity.md", ENTITY, "directoryobject.md", DIRECTORY_OBJECT,
        "user.md", USER, "group.md", GROUP, "assignedlicense.md", LICENSE,
        "reminder.md", REMINDER};
    for (int i = 0; i < resources.length; i += 2) {
      pages.add(PageReader.read("resources/" + resources[i], resources[i + 1], diagnostics));
    }
    for (int i = 0; i < apiPathsAndTexts.length; i += 2) {
      pages.add(PageReader.read("api/" + apiPathsAndTexts[i], apiPathsAndTexts[i + 1],
          diagnostics));
    }
    return pages;
  }

  static TypeModel types(List<Page> pages, Diagnostics diagnostics) {
    return new Linker(Linker.Options.defaults(), diagnostics).link(pages);
  }

  /** An operation in one line: {@code user.assignLicense ACTION (addLicenses: ...[]) -> user}. */
  static String describe(Operation o) {
    return o.binding().name() + (o.boundToCollection() ? "[]" : "") + "." + o.name() + " "
        + o.kind() + " (" + o.parameters().stream().map(p -> p.name() + ": "
            + name(p.type()) + (p.collection() ? "[]" : "") + (p.optional() ? "?" : ""))
            .collect(Collectors.joining(", ")) + ")"
        + (o.result() == null ? "" : " -> " + name(o.result().type())
            + (o.result().collection() ? "[]" : ""));
  }

  private static String name(TypeRef type) {
    String csdl = type.csdlName();
    return csdl.startsWith("microsoft.graph.") ? csdl.substring("microsoft.graph.".length())
        : csdl;
  }
}

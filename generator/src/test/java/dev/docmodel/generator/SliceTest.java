package dev.docmodel.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.select.Slice;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --root}: a slice of the model holds the roots and what they need to be read and written
 * completely, and nothing else; on the v1.0 reference, users and groups.
 */
class SliceTest {
  private static String page(String name, String inherits, String rows) {
    return "# " + name + " resource type\n\nNamespace: microsoft.graph\n\n"
        + (inherits == null ? "" : "Inherits from [" + inherits + "](" + inherits + ".md).\n\n")
        + "## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n" + rows + "\n";
  }

  private static final String[] PAGES = {
      "entity.md", page("entity", null, "|id|String|Id.|"),
      "user.md", page("user", "entity", "|address|[address](address.md)|A.|\n"
          + "|state|[state](state.md)|S.|\n") + "\n## Relationships\n\n"
          + "| Relationship | Type | Description |\n|:--|:--|:--|\n"
          + "|manager|[entity](entity.md)|M.|\n|drive|[drive](drive.md)|D.|\n",
      "address.md", page("address", null, "|city|String|C.|"),
      "postaladdress.md", page("postalAddress", "address", "|box|String|B.|"),
      "state.md", "# state enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n"
          + "| Member | Description |\n|:--|:--|\n| on | On. |\n| off | Off. |\n",
      "drive.md", page("drive", "entity", "|quota|[quota](quota.md)|Q.|"),
      "quota.md", page("quota", null, "|used|Int64|U.|"),
      "unrelated.md", page("unrelated", null, "|x|String|X.|")};

  private static List<String> names(TypeModel model) {
    return model.types().stream().map(t -> t.name().name()).sorted().toList();
  }

  @Test
  void theSliceHoldsTheRootsBasesStructuralTypesAndTheirDerivedTypes() {
    TypeModel model = Fixtures.link(PAGES).model();
    Slice.Result slice = Slice.of(model, List.of("microsoft.graph.user"));
    assertEquals(List.of("address", "entity", "postalAddress", "state", "user"),
        names(slice.model()));
    StructuredType user = (StructuredType) slice.model().find(
        QualifiedName.parse("microsoft.graph.user", "").orElseThrow()).orElseThrow();
    assertEquals(List.of("address", "state", "manager"),
        user.properties().stream().map(p -> p.name()).toList(),
        "drive leads outside the slice: its JSON is kept as additional data");
    assertTrue(slice.diagnostics().get(0).message().contains("holds 5 of 8 types; 1 navigation"),
        slice.diagnostics().toString());
    assertEquals(List.of("address", "drive", "entity", "postalAddress", "quota", "state", "user"),
        names(Slice.of(model, List.of("user", "drive")).model()),
        "a name without a namespace is in the default one");
    Diagnostic unknown = Slice.of(model, List.of("microsoft.graph.nobody")).diagnostics().get(0);
    assertEquals(DiagnosticCode.SLICE_ROOT_UNKNOWN, unknown.code());
    assertTrue(unknown.isError());
  }

  /** Code a user of the slice writes: derived objects in a base-typed list, a page via Jackson. */
  private static final String CLIENT = "package client;\n"
      + "import com.fasterxml.jackson.core.type.TypeReference;\n"
      + "import com.fasterxml.jackson.databind.ObjectMapper;\n"
      + "import dev.docmodel.runtime.*;\n"
      + "import dev.docmodel.runtime.jackson.*;\n"
      + "import java.util.List;\n"
      + "import x.*;\n"
      + "public class Client {\n"
      + "  public static String use() throws Exception {\n"
      + "    User user = new User();\n"
      + "    user.setDisplayName(\"new user\");\n"
      + "    Group group = new Group();\n"
      + "    group.setDisplayName(\"new group\");\n"
      + "    List<DirectoryObject> members = List.of(user, group);\n"
      + "    String json = GraphJson.toJson(members, DirectoryObjectJson.TYPE);\n"
      + "    List<DirectoryObject> back = GraphJson.listFromJson(json,\n"
      + "        ModelTypes.newReadContext(ReadMode.STRICT), DirectoryObjectJson.TYPE);\n"
      + "    ObjectMapper mapper = new ObjectMapper().registerModule(new ModelModule());\n"
      + "    String viaMapper = mapper.writerFor(new TypeReference<List<DirectoryObject>>() {})\n"
      + "        .writeValueAsString(members);\n"
      + "    List<DirectoryObject> backViaMapper = mapper.readValue(viaMapper,\n"
      + "        new TypeReference<List<DirectoryObject>>() {});\n"
      + "    String patch = mapper.writeValueAsString(user);\n"
      + "    CollectionPage<User> page = mapper.readValue(\"{\\\"@odata.context\\\":\\\"c\\\",\"\n"
      + "        + \"\\\"value\\\":[{\\\"displayName\\\":\\\"a\\\"}],\\\"@odata.nextLink\\\":\\\"n\\\"}\",\n"
      + "        new TypeReference<CollectionPage<User>>() {});\n"
      + "    return json + \"\\n\" + back.get(0).getClass().getSimpleName() + \" \"\n"
      + "        + back.get(1).getClass().getSimpleName() + \"\\n\" + viaMapper + \"\\n\"\n"
      + "        + backViaMapper.get(0).getClass().getSimpleName() + \" \"\n"
      + "        + backViaMapper.get(1).getClass().getSimpleName() + \"\\n\" + patch + \"\\n\"\n"
      + "        + page.getValue().get(0).getDisplayName() + \" \" + page.getNextLink() + \" \"\n"
      + "        + mapper.writeValueAsString(page);\n"
      + "  }\n"
      + "}\n";

  @Test
  void usersAndGroupsOfTheReferenceAreASliceThatCompilesAndKeepsTheirTypes(@TempDir Path dir)
      throws Exception {
    Corpus corpus = Corpus.require("2021-07");
    Generator.Result result = TestGenerator.build(TestGenerator.options(corpus.docs(), "x")
        .roots(List.of("microsoft.graph.user", "microsoft.graph.group")).operations(false)
        .build());
    assertEquals(0, result.errorCount());
    List<String> classes = result.files().stream().map(f -> f.typeSpec().name()).toList();
    assertTrue(classes.containsAll(List.of("User", "Group", "DirectoryObject", "Entity")),
        classes.toString());
    assertFalse(classes.contains("Drive"), "navigation targets are not taken");
    assertTrue(result.model().types().size() < 60, result.model().types().stream()
        .map(t -> t.name().toString()).collect(Collectors.joining(", ")));
    JavaFileObject client = new SimpleJavaFileObject(URI.create("string:///client/Client.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return CLIENT;
      }
    };
    Path classesDir = dir.resolve("classes");
    assertEquals(List.of(), InMemoryCompiler.compile(result.files(), List.of(client), classesDir));
    String out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()},
        SliceTest.class.getClassLoader())) {
      Method use = loader.loadClass("client.Client").getMethod("use");
      out = (String) use.invoke(null);
    }
    String[] lines = out.split("\n");
    assertEquals("[{\"@odata.type\":\"#microsoft.graph.user\",\"displayName\":\"new user\"},"
        + "{\"@odata.type\":\"#microsoft.graph.group\",\"displayName\":\"new group\"}]", lines[0]);
    assertEquals("User Group", lines[1]);
    assertEquals(lines[0], lines[2], "an ObjectMapper writes the declared type's annotation too");
    assertEquals("User Group", lines[3]);
    assertEquals("{\"displayName\":\"new user\"}", lines[4], "a PATCH body: what was set, only");
    assertEquals("a n {\"@odata.context\":\"c\",\"@odata.nextLink\":\"n\",\"value\":"
        + "[{\"displayName\":\"a\"}]}", lines[5], "annotations first, as written");
  }

  @Test
  void theOperationsOfTheRootsAndTheirBasesComeWithWhatTheyNeed() throws Exception {
    Corpus corpus = Corpus.require("2021-07");
    Generator.Result result = TestGenerator.build(TestGenerator.options(corpus.docs(), "x")
        .roots(List.of("microsoft.graph.user")).build());
    TypeModel model = result.model();
    Set<String> bindings = model.operations().stream().map(o -> o.binding().name())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("directoryObject", "user"), bindings, "user and its bases only");
    assertTrue(model.operations().stream().anyMatch(o -> o.name().equals("assignLicense")));
    assertTrue(model.operations().stream().anyMatch(o -> o.name().equals("getMemberGroups")
        && o.binding().name().equals("directoryObject")), "inherited from directoryObject");
    for (Operation operation : model.operations()) {
      List<TypeRef> needed = new ArrayList<>();
      operation.parameters().forEach(p -> needed.add(p.type()));
      if (operation.result() != null) {
        needed.add(operation.result().type());
      }
      for (TypeRef type : needed) {
        if (type instanceof TypeRef.NamedRef ref) {
          assertTrue(model.find(ref.name()).isPresent(), operation.name() + " needs " + ref);
        }
      }
    }
    List<String> classes = result.files().stream().map(f -> f.typeSpec().name()).toList();
    assertTrue(classes.containsAll(List.of("UserOperations", "DirectoryObjectOperations",
        "UserAssignLicenseBody", "UserReminderViewCall")), classes.toString());
    assertEquals(List.of(), InMemoryCompiler.compile(result.files(), List.of(),
        Files.createTempDirectory("slice")));
  }

  @Test
  void aSliceOfTheDriveTakesNothingTheDriveDoesNotNeed() {
    TypeModel model = Fixtures.link(PAGES).model();
    assertEquals(8, model.types().size());
    assertEquals(List.of("drive", "entity", "quota"),
        names(Slice.of(model, List.of("microsoft.graph.drive")).model()));
  }
}

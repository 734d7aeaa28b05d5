package dev.docmodel.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import dev.docmodel.generator.Fixtures;
import dev.docmodel.generator.Generator;
import dev.docmodel.generator.InMemoryCompiler;
import dev.docmodel.generator.TestGenerator;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream property (driveItem.content) is not a JSON string: its accessors are the annotations
 * that say where the stream is, and a member of its name is kept as it came.
 */
class StreamPropertyEmitTest {
  private static final String ITEM = Fixtures.resourcePage("item", "", null,
      "| name | String | The name. |\n| content | Stream | The content stream, if a file. |",
      "{ \"name\": \"String\" }");

  private static final String CLIENT = """
      package client;

      import dev.docmodel.runtime.JsonValue;
      import dev.docmodel.runtime.StreamLinks;
      import dev.docmodel.runtime.ReadMode;
      import dev.docmodel.runtime.jackson.GraphJson;
      import x.Item;
      import x.ItemJson;
      import x.ModelTypes;

      public final class Client {
        public static String use() {
          String json = "{\\"name\\":\\"a.txt\\",\\"content@odata.mediaReadLink\\":\\"https://r\\","
              + "\\"content@odata.mediaContentType\\":\\"text/plain\\",\\"content\\":\\"x\\"}";
          Item item = GraphJson.fromJson(json, ModelTypes.newReadContext(ReadMode.STRICT),
              ItemJson.TYPE);
          StreamLinks stream = item.getContent();
          String read = stream.readLink() + " " + stream.contentType() + " " + item.hasContent()
              + " " + item.getAdditionalData().get("content");
          String written = GraphJson.toJson(item);
          item.setContent(new StreamLinks(null, "https://e", null, null));
          String edited = GraphJson.toJson(item);
          item.clearContent();
          return read + "\\n" + written + "\\n" + edited + "\\n" + GraphJson.toJson(item) + " "
              + item.hasContent() + " " + item.getContent();
        }
      }
      """;

  @Test
  void aStreamPropertyIsItsMediaAnnotations(@TempDir Path dir) throws Exception {
    Path docs = dir.resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("item.md"), ITEM);
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
        "https://r text/plain true \"x\"",
        "{\"name\":\"a.txt\",\"content@odata.mediaReadLink\":\"https://r\","
            + "\"content@odata.mediaContentType\":\"text/plain\",\"content\":\"x\"}",
        "{\"name\":\"a.txt\",\"content\":\"x\",\"content@odata.mediaEditLink\":\"https://e\"}",
        "{\"name\":\"a.txt\",\"content\":\"x\"} false null"), List.of(out.split("\n")));
  }
}

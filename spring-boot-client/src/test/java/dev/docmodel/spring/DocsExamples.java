package dev.docmodel.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The docs' own example responses, from the seed API pages: the JSON of the page's annotated
 * response block. The docs allow comments and trailing commas; a service does not send them, so
 * the body is served as the strict JSON of the same tree.
 */
final class DocsExamples {
  static final Path API = Path.of(System.getProperty("docmodel.seeds.dir", "../seeds"), "api");
  private static final Pattern RESPONSE = example("response");
  private static final Pattern REQUEST = example("request");
  static final JsonMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
      .build();

  private DocsExamples() {}

  private static Pattern example(String kind) {
    return Pattern.compile("\"blockType\":\\s*\"" + kind
        + "\"[^>]*-->\\s*``` ?(?:http|json)?\\s*\\n(.*?)\\n```", Pattern.DOTALL);
  }

  /** The response body of {@code page} (an API page's file name) as a JSON object. */
  static ObjectNode response(String page) throws IOException {
    return body(RESPONSE, page);
  }

  /** The request body of {@code page}'s first request example as a JSON object. */
  static ObjectNode request(String page) throws IOException {
    return body(REQUEST, page);
  }

  private static ObjectNode body(Pattern kind, String page) throws IOException {
    Matcher m = kind.matcher(Files.readString(API.resolve(page)));
    if (!m.find()) {
      throw new IOException("no such example in " + page);
    }
    String block = m.group(1);
    // After the start line and headers ({id} in a request line is no body).
    String body = block.contains("\n\n") ? block.substring(block.indexOf("\n\n")) : block;
    return (ObjectNode) LENIENT.readTree(body.substring(body.indexOf('{')));
  }
}

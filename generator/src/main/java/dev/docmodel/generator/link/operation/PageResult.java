package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.link.TypeExpression;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Page;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an API page says its request returns, in the order the docs are reliable: the first
 * response example's annotation ({@code "@odata.type": "microsoft.graph.user"}), else the Response
 * sentence's link ("returns `200 OK` and a [user](../resources/user.md) object"), else a primitive
 * the sentence names ("a String collection", "a `true` value"). Null when the page says nothing,
 * or that the answer has no body.
 */
final class PageResult {
  /** "... and a `String` collection", "... and an Int32 value in the response body". */
  private static final Pattern NAMED = Pattern.compile(
      "\\b(?:and|with)\\s+(?:an?\\s+|the\\s+)?`?([A-Za-z][\\w.]*\\w)`?(\\s+collection)?",
      Pattern.CASE_INSENSITIVE);

  /** "a `true` value is returned in the response body". */
  private static final Pattern BOOLEAN = Pattern.compile(
      "`?(true|false)`?\\s+value", Pattern.CASE_INSENSITIVE);

  private PageResult() {}

  static Operation.Result of(Page page, ModelIndex index) {
    String sentence = page.responseText() == null ? "" : page.responseText().value();
    if (noContent(sentence)) {
      return null;
    }
    Page.ResultLink link = page.result();
    boolean saysCollection = link != null
        && (link.collection() || collectionAfter(sentence, link.text()));
    for (Page.ResponseExample example : page.responses()) {
      // An annotation often omits isCollection where the sentence says "a collection of".
      Operation.Result declared = named(example.declaredType(),
          example.collection() || saysCollection, index);
      if (declared != null) {
        return declared;
      }
    }
    if (link != null) {
      TypeDefinition type = index.byLink(link.target());
      type = type != null ? type : index.byName(TypeExpression.cleanName(link.text()));
      if (type != null) {
        return new Operation.Result(TypeRef.of(type.name()), saysCollection);
      }
    }
    if (BOOLEAN.matcher(sentence).find()) {
      return new Operation.Result(TypeRef.of(Primitive.BOOLEAN), false);
    }
    Matcher m = NAMED.matcher(sentence);
    while (m.find()) {
      Primitive primitive = TypeExpression.primitive(m.group(1));
      if (primitive != null && primitive != Primitive.UNTYPED) {
        return new Operation.Result(TypeRef.of(primitive), m.group(2) != null);
      }
    }
    return null;
  }

  private static Operation.Result named(String written, boolean collection, ModelIndex index) {
    Primitive primitive = TypeExpression.primitive(written);
    if (primitive != null) {
      return new Operation.Result(TypeRef.of(primitive), collection);
    }
    TypeDefinition type = index.byName(written);
    return type == null ? null : new Operation.Result(TypeRef.of(type.name()), collection);
  }

  /** "[reminder](...) collection object": the word after the link. */
  private static boolean collectionAfter(String sentence, String linkText) {
    int at = sentence.indexOf(linkText);
    return at >= 0 && sentence.substring(at + linkText.length()).stripLeading()
        .toLowerCase(Locale.ROOT).startsWith("collection");
  }

  /**
   * {@code 204 No Content}, or {@code 202 Accepted}, whose answer is a header pointing at a
   * long-running operation, not a body: the sentence outweighs an annotation copied from another
   * page.
   */
  private static boolean noContent(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return lower.contains("204") || lower.contains("no content") || lower.contains("202 accepted");
  }
}

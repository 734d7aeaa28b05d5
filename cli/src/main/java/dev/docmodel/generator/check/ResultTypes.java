package dev.docmodel.generator.check;

import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The documented type a Response sentence names: the type whose defining page the sentence links
 * to ({@code [user](../resources/user.md)}), else the one type named like the link's text. The
 * page decides before the text: "a [Message](../resources/message.md) object" and
 * "[externalItem](../resources/externalconnectors-externalitem.md)" name their pages' types.
 */
final class ResultTypes {
  private final Map<String, StructuredType> byPage = new HashMap<>();
  private final Map<String, StructuredType> byName = new HashMap<>();
  /** Names two namespaces share: they name neither type. */
  private final Set<String> ambiguous = new HashSet<>();

  ResultTypes(TypeModel model) {
    for (StructuredType type : model.structuredTypes()) {
      if (type.placeholder()) {
        continue;
      }
      byPage.putIfAbsent(fileName(type.location().page()), type);
      String name = type.name().name().toLowerCase(Locale.ROOT);
      if (byName.putIfAbsent(name, type) != null) {
        ambiguous.add(name);
      }
    }
  }

  StructuredType find(Page.ResultLink sentence) {
    String target = sentence.target();
    int cut = firstOf(target, '#', '?');
    target = cut < 0 ? target : target.substring(0, cut);
    if (target.toLowerCase(Locale.ROOT).endsWith(".md")) {
      StructuredType linked = byPage.get(fileName(target));
      if (linked != null) {
        return linked;
      }
    }
    String name = sentence.text().toLowerCase(Locale.ROOT);
    return ambiguous.contains(name) ? null : byName.get(name);
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return (slash < 0 ? path : path.substring(slash + 1)).toLowerCase(Locale.ROOT);
  }
}

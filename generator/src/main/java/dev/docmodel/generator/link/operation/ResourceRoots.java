package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Page;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pass 1, API pages → the service's entry points, which no page lists: {@code users} is a
 * collection of user and {@code me} one user because pages that get, list or create them say so
 * ({@code GET /me} returns "a [user] object"). A first segment no page explains is read as a
 * singleton named after its entity type ({@code /directory}), or as the plural of a type's name
 * ({@code directoryObjects}).
 */
final class ResourceRoots {
  private final Map<String, Target> learned;
  private final ModelIndex index;

  private ResourceRoots(Map<String, Target> learned, ModelIndex index) {
    this.learned = learned;
    this.index = index;
  }

  static ResourceRoots learn(List<Page> pages, ModelIndex index) {
    Map<String, Map<Target, Integer>> votes = new LinkedHashMap<>();
    for (Page page : pages) {
      Operation.Result result = null;
      boolean resultRead = false;
      for (Page.RequestLine line : page.requests()) {
        List<RequestPath.Segment> segments = RequestPath.parse(line.target()).segments();
        boolean keyed = segments.size() == 2 && segments.get(1).key();
        if (segments.isEmpty() || segments.size() > 2 || segments.size() == 2 && !keyed
            || segments.get(0).key() || segments.get(0).call()) {
          continue;
        }
        if (!resultRead) {
          result = PageResult.of(page, index);
          resultRead = true;
        }
        StructuredType type = result != null && result.type() instanceof TypeRef.NamedRef named
            ? index.structured(named.name()) : null;
        if (type == null) {
          continue;
        }
        boolean collection = keyed || line.method().equals("POST")
            || line.method().equals("GET") && result.collection();
        String root = segments.get(0).name().toLowerCase(Locale.ROOT);
        votes.computeIfAbsent(root, k -> new LinkedHashMap<>())
            .merge(new Target(type.name(), collection), 1, Integer::sum);
      }
    }
    Map<String, Target> learned = new HashMap<>();
    votes.forEach((root, counts) -> learned.put(root, counts.entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    return new ResourceRoots(learned, index);
  }

  /** What the first segment of a path reaches, or null. */
  Target root(String segment) {
    String lower = segment.toLowerCase(Locale.ROOT);
    Target known = learned.get(lower);
    if (known != null) {
      return known;
    }
    if (index.byName(lower) instanceof StructuredType type && type.entity()) {
      return new Target(type.name(), false); // a singleton named after its type: /directory
    }
    for (String singular : singulars(lower)) {
      if (index.byName(singular) instanceof StructuredType type && type.entity()) {
        return new Target(type.name(), true);
      }
    }
    return null;
  }

  private static List<String> singulars(String plural) {
    if (plural.endsWith("ies")) {
      return List.of(plural.substring(0, plural.length() - 3) + "y");
    }
    if (plural.endsWith("es")) {
      return List.of(plural.substring(0, plural.length() - 1),
          plural.substring(0, plural.length() - 2));
    }
    return plural.endsWith("s") ? List.of(plural.substring(0, plural.length() - 1)) : List.of();
  }
}

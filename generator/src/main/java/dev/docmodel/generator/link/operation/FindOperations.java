package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pass 2, API pages → {@link OperationDraft}s: a request line calls an operation when it is a
 * {@code POST} (action) or {@code GET} (function) whose last segment is neither a key, a property
 * nor a cast, and which the page names as its subject: in its title ({@code user: reminderView}),
 * or as the last word of its file name ({@code user-reminderview.md}), or by a call's
 * parentheses ({@code range(address='A1')}). Pages that list, create, get, update or delete
 * ({@code user-list-joinedteams.md}) document a navigation property, never an operation: the
 * docs' file names say so where a type's page forgets the property.
 */
final class FindOperations {
  private FindOperations() {}

  /** What each page with request lines says of its operations, read once for every round. */
  static Map<Page, PageHints> hints(List<Page> pages, ModelIndex index) {
    Map<Page, PageHints> hints = new LinkedHashMap<>();
    pages.stream().filter(p -> !p.requests().isEmpty())
        .forEach(p -> hints.put(p, PageHints.of(p, index)));
    return hints;
  }

  static List<OperationDraft> run(Map<Page, PageHints> pages, PathWalk walk) {
    List<OperationDraft> drafts = new ArrayList<>();
    pages.forEach((page, hints) -> drafts.addAll(onPage(page, hints, walk)));
    return drafts;
  }

  private static List<OperationDraft> onPage(Page page, PageHints hints, PathWalk walk) {
    Map<String, List<Call>> byName = new LinkedHashMap<>();
    for (Page.RequestLine line : page.requests()) {
      Call call = call(line, hints, walk);
      if (call != null) {
        byName.computeIfAbsent(call.segment().simpleName().toLowerCase(Locale.ROOT),
            k -> new ArrayList<>()).add(call);
      }
    }
    List<OperationDraft> drafts = new ArrayList<>();
    for (List<Call> calls : byName.values()) {
      Call first = calls.get(0);
      List<Target> reached = new ArrayList<>();
      Set<String> arguments = new LinkedHashSet<>();
      for (Call c : calls) {
        if (c.reached() != null) {
          reached.add(c.reached());
        }
        arguments.addAll(c.segment().arguments());
      }
      Call last = calls.get(calls.size() - 1);
      drafts.add(new OperationDraft(page, first.segment().simpleName(), kind(calls),
          calls.stream().map(Call::line).toList(), List.copyOf(reached), hints.type(),
          last.keyless(), List.copyOf(arguments)));
    }
    return drafts;
  }

  /**
   * A function when called with GET, or with parameters in its call segment (which only functions
   * take: {@code itemAt(index=0)}, whatever method a page writes); otherwise an action.
   */
  private static Operation.Kind kind(List<Call> calls) {
    boolean function = calls.get(0).line().method().equals("GET")
        || calls.stream().anyMatch(c -> !c.segment().arguments().isEmpty());
    return function ? Operation.Kind.FUNCTION : Operation.Kind.ACTION;
  }

  private record Call(Page.RequestLine line, RequestPath.Segment segment, Target reached,
      boolean keyless) {}

  private static Call call(Page.RequestLine line, PageHints hints, PathWalk walk) {
    if (!line.method().equals("GET") && !line.method().equals("POST")) {
      return null;
    }
    List<RequestPath.Segment> segments = RequestPath.parse(line.target()).segments();
    if (segments.size() < 2) {
      return null;
    }
    RequestPath.Segment last = segments.get(segments.size() - 1);
    if (last.key() || last.system() || !QualifiedName.isIdentifier(last.simpleName())) {
      return null;
    }
    // A GET answering primitives reads no navigation property (those lead to entities), even on
    // a page whose file name says it lists one (identityprovider-list-availableprovidertypes.md).
    boolean primitives = line.method().equals("GET") && hints.primitiveResult();
    if (!last.call() && !hints.names(last.simpleName()) && !primitives) {
      return null;
    }
    Target reached = walk.walk(segments.subList(0, segments.size() - 1));
    if (walk.navigates(reached, last)) {
      return null;
    }
    return reached != null ? new Call(line, last, reached, reached.collection())
        : new Call(line, last, null, plural(segments.get(segments.size() - 2)));
  }

  /**
   * Where the walk is lost, an operation applied to a plural name ({@code /users/delta}) is
   * taken to be bound to a collection; after a key, a call or a singular name, to one instance.
   */
  private static boolean plural(RequestPath.Segment before) {
    return !before.key() && !before.call()
        && before.simpleName().toLowerCase(Locale.ROOT).endsWith("s");
  }

  /** The type and operation name a page's title or file name gives: "x: name", "x-name.md". */
  record PageHints(QualifiedName type, Set<String> operationNames, String fileWord,
      boolean primitiveResult) {
    private static final Set<String> CRUD = Set.of("list", "post", "get", "update", "delete",
        "create", "put");

    /**
     * Whether the title or file name names {@code operation}: exactly, or, for a file name's
     * word of four letters or more, as the start of it ({@code driveitemversion-restore.md}:
     * restoreVersion).
     */
    boolean names(String operation) {
      String name = operation.toLowerCase(Locale.ROOT);
      return operationNames.contains(name) || fileWord != null && fileWord.length() >= 4
          && name.startsWith(fileWord);
    }

    static PageHints of(Page page, ModelIndex index) {
      QualifiedName type = null;
      Set<String> names = new LinkedHashSet<>();
      String title = page.headings().stream().filter(h -> h.level() == 1).findFirst()
          .map(Page.Heading::text).orElse(page.frontMatter().getOrDefault("title", ""));
      int colon = title.indexOf(':');
      if (colon > 0) {
        type = typeNamed(title.substring(0, colon), index);
        names.add(title.substring(colon + 1).strip().toLowerCase(Locale.ROOT));
      }
      String file = ModelIndex.fileName(page.path());
      String[] words = file == null ? new String[0] : file.split("-");
      String fileWord = null;
      if (words.length > 1 && !crud(words)) {
        fileWord = words[words.length - 1];
        names.add(fileWord);
        // x-name.md, area-x-name.md: the word before the operation's names its type.
        type = type != null ? type : typeNamed(words[words.length - 2], index);
      }
      Operation.Result result = PageResult.of(page, index);
      return new PageHints(type, names, fileWord,
          result != null && result.type() instanceof TypeRef.PrimitiveRef);
    }

    /**
     * The type a create or update page's file name names before its verb: {@code event-update.md},
     * {@code offershiftrequest-post.md} → event, offerShiftRequest. Not {@code
     * userteamwork-post-installedapps.md}, which creates what the navigation holds.
     */
    static QualifiedName fileType(Page page, ModelIndex index) {
      String file = ModelIndex.fileName(page.path());
      String[] words = file == null ? new String[0] : file.split("-");
      return words.length > 1 && CRUD.contains(words[words.length - 1])
          ? typeNamed(words[words.length - 2], index) : null;
    }

    private static boolean crud(String[] words) {
      for (String word : words) {
        if (CRUD.contains(word)) {
          return true;
        }
      }
      return false;
    }

    private static QualifiedName typeNamed(String text, ModelIndex index) {
      return index.byName(text.strip()) instanceof StructuredType s ? s.name() : null;
    }
  }
}

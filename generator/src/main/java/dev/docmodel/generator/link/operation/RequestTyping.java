package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.StructuredType;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The type of a request's JSON body, from its request line and the linked model: an action's body
 * type ({@code POST /me/assignLicense}), the entity type of a collection for a create
 * ({@code POST /users}), the entity's type for an update ({@code PATCH /users/{id}},
 * {@code PUT}). What check-examples reads a request body as.
 */
public final class RequestTyping {
  /**
   * How a request body is typed: its type's qualified name, or why it has none.
   *
   * @param type the qualified OData name, or null
   * @param reason why no type applies, when {@code type} is null
   */
  public record Typed(String type, String reason) {
    static Typed as(QualifiedName name) {
      return new Typed(name.toString(), "");
    }

    static Typed none(String reason) {
      return new Typed(null, reason);
    }
  }

  private final TypeModel model;
  private final ModelIndex index;
  private final PathWalk walk;
  private final Map<String, Page> pages = new HashMap<>();

  private RequestTyping(TypeModel model, PathWalk walk, ModelIndex index, List<Page> pages) {
    this.model = model;
    this.walk = walk;
    this.index = index;
    pages.forEach(p -> this.pages.put(p.path(), p));
  }

  /** @param pages the API pages, whose request lines say what each path's first segment is */
  public static RequestTyping of(TypeModel model, List<Page> pages) {
    ModelIndex index = new ModelIndex(model);
    return new RequestTyping(model, new PathWalk(index, ResourceRoots.learn(pages, index))
        .through(model.operations()), index, pages);
  }

  /** The type of the body of {@code method target}, documented on {@code page}. */
  public Typed type(String method, String target, String page) {
    List<RequestPath.Segment> segments = RequestPath.parse(target).segments();
    if (segments.isEmpty()) {
      return Typed.none("a request line without a path");
    }
    RequestPath.Segment last = segments.get(segments.size() - 1);
    Target before = walk.walk(segments.subList(0, segments.size() - 1));
    Target reached = before == null ? walk.walk(segments) : walk.step(before, last);
    String verb = method.toUpperCase(Locale.ROOT);
    if (verb.equals("POST") && (reached == null || !walk.navigates(before, last))) {
      Operation action = action(before, last, page);
      if (action != null) {
        return OperationBodies.hasBody(action) ? Typed.as(OperationBodies.bodyName(action))
            : Typed.none("an action without documented parameters");
      }
    }
    if (last.system()) {
      return Typed.none(last.name().equals("$ref") ? "a reference ($ref), not a model value"
          : "a " + last.name() + " request");
    }
    if (reached == null) {
      // A POST the model cannot follow is typed only where the page documents a create; a
      // function documented with a body (POST .../range/boundingRect) is not.
      return !verb.equals("POST") || created(page) ? ofPage(page)
          : Typed.none("a POST to a segment that is no property, key or documented action");
    }
    StructuredType type = index.structured(reached.type());
    // A POST to a navigation property creates one of its entities, whatever cardinality a page
    // gives the property: OData allows no POST to a single-valued one.
    boolean create = verb.equals("POST") && (reached.collection()
        || before != null && walk.navigates(before, last) && !last.key());
    if (create || (verb.equals("PATCH") || verb.equals("PUT")) && !reached.collection()) {
      return Typed.as(type.name());
    }
    return Typed.none(verb + " to " + (reached.collection() ? "a collection" : "one entity"));
  }

  /**
   * Where the path cannot be followed (a navigation property the type's page omits, an entry
   * point no page explains), a create or update is typed as its page says: by the type its
   * Response section returns, else the type its file name starts with ({@code event-update.md}).
   */
  private Typed ofPage(String path) {
    Page page = pages.get(path);
    if (page == null) {
      return Typed.none("a request path the model cannot follow");
    }
    Operation.Result result = PageResult.of(page, index);
    if (result != null && !result.collection()
        && result.type() instanceof TypeRef.NamedRef named && index.structured(named.name()) != null) {
      return Typed.as(named.name());
    }
    QualifiedName hint = FindOperations.PageHints.fileType(page, index);
    return hint != null ? Typed.as(hint)
        : Typed.none("a request path the model cannot follow, on a page that names no type");
  }

  /** The page documents a create: it answers {@code 201 Created}, or its file name says so. */
  private boolean created(String path) {
    Page page = pages.get(path);
    String file = ModelIndex.fileName(path);
    return page != null && (page.responseText() != null
        && page.responseText().value().contains("201")
        || file != null && List.of(file.split("-")).stream()
            .anyMatch(w -> w.equals("post") || w.equals("create")));
  }

  /** The action {@code last} names: bound to what the path reached, or documented on the page. */
  private Operation action(Target before, RequestPath.Segment last, String page) {
    String name = last.simpleName().toLowerCase(Locale.ROOT);
    StructuredType bound = before == null ? null : index.structured(before.type());
    List<StructuredType> chain = bound == null ? List.of() : index.chain(bound);
    Operation onPage = null;
    for (Operation operation : model.operations()) {
      if (operation.isFunction() || !operation.name().toLowerCase(Locale.ROOT).equals(name)) {
        continue;
      }
      if (chain.stream().anyMatch(t -> t.name().equals(operation.binding()))
          && operation.boundToCollection() == before.collection()) {
        return operation;
      }
      if (operation.requests().stream().anyMatch(r -> r.location().page().equals(page))) {
        onPage = operation;
      }
    }
    return onPage;
  }
}

package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.read.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage 2b: the operations of the API pages, linked into a {@link TypeModel} whose types are
 * already linked, in named passes:
 * <ol>
 *   <li>{@link ResourceRoots}: what each path's first segment reaches;
 *   <li>{@link FindOperations}: the request lines that call an operation, per page;
 *   <li>{@link BindOperations}: the type each operation is bound to;
 *   <li>{@link OperationParameters} and {@link PageResult}: parameters and result, typed;
 *   <li>{@link InheritOperations}: what sibling types' pages document alike, to their base.
 * </ol>
 * One operation documented on several pages becomes one operation with their parameters united.
 */
public final class OperationLinker {
  private OperationLinker() {}

  public static TypeModel link(TypeModel model, List<Page> pages, Diagnostics diagnostics) {
    ModelIndex index = new ModelIndex(model);
    PathWalk walk = new PathWalk(index, ResourceRoots.learn(pages, index));
    Map<Page, FindOperations.PageHints> hints = FindOperations.hints(pages, index);
    // A second round walks through the functions the first found: /range/clear is bound to what
    // range returns. Only the second round's diagnostics are kept.
    List<Operation> first = link(FindOperations.run(hints, walk), index, new Diagnostics());
    return model.withOperations(link(FindOperations.run(hints, walk.through(first)), index,
        diagnostics));
  }

  private static List<Operation> link(List<OperationDraft> drafts, ModelIndex index,
      Diagnostics diagnostics) {
    Map<String, Operation> byIdentity = new LinkedHashMap<>();
    for (BindOperations.Bound bound : BindOperations.run(drafts, index, diagnostics)) {
      Operation operation = operation(bound, index, diagnostics);
      String identity = operation.identity().toLowerCase(Locale.ROOT);
      Operation held = byIdentity.get(identity);
      if (held == null) {
        byIdentity.put(identity, operation);
      } else {
        diagnostics.report(DiagnosticCode.OPERATION_DOCUMENTED_TWICE, operation.location(),
            operation.name() + " is also documented at " + held.location());
        byIdentity.put(identity, united(held, operation));
      }
    }
    return InheritOperations.run(new ArrayList<>(byIdentity.values()), index);
  }

  private static Operation operation(BindOperations.Bound bound, ModelIndex index,
      Diagnostics diagnostics) {
    OperationDraft draft = bound.draft();
    List<Operation.Request> requests = draft.lines().stream()
        .map(l -> new Operation.Request(l.method(), l.target(), l.location())).toList();
    String description = draft.page().frontMatter().getOrDefault("description", "").strip();
    return new Operation(bound.binding().type(), bound.binding().collection(), draft.name(),
        draft.kind(), OperationParameters.of(draft, index, diagnostics),
        PageResult.of(draft.page(), index), requests, description,
        draft.lines().get(0).location(), null);
  }

  private static Operation united(Operation held, Operation more) {
    List<Operation.Parameter> parameters = new ArrayList<>(held.parameters());
    for (Operation.Parameter p : more.parameters()) {
      if (parameters.stream().noneMatch(q -> q.name().equalsIgnoreCase(p.name()))) {
        parameters.add(p);
      }
    }
    List<Operation.Request> requests = new ArrayList<>(held.requests());
    requests.addAll(more.requests());
    return new Operation(held.binding(), held.boundToCollection(), held.name(), held.kind(),
        parameters, held.result() != null ? held.result() : more.result(), requests,
        held.description(), held.location(), null);
  }
}

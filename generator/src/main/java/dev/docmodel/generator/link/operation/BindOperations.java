package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pass 3, {@link OperationDraft} → its binding: the nearest type that every type its request
 * lines reach is or derives from ({@code /me}, {@code /groups/{id}} and
 * {@code /directoryObjects/{id}} calling {@code getMemberGroups}: directoryObject), bound to a
 * collection when the first line calls it on one. Where no path can be followed, the title or the
 * file name names the type.
 */
final class BindOperations {
  private BindOperations() {}

  /** A draft and its binding. */
  record Bound(OperationDraft draft, Target binding) {}

  static List<Bound> run(List<OperationDraft> drafts, ModelIndex index, Diagnostics diagnostics) {
    List<Bound> bound = new ArrayList<>();
    for (OperationDraft draft : drafts) {
      List<Target> bindings = bindings(draft, index);
      if (bindings.isEmpty()) {
        diagnostics.report(DiagnosticCode.OPERATION_UNBOUND, draft.lines().get(0).location(),
            "no type is known for what `" + draft.lines().get(0).target() + "` calls "
                + draft.name() + " on");
      }
      bindings.forEach(b -> bound.add(new Bound(draft, b)));
    }
    return bound;
  }

  /**
   * The nearest common base of the types reached, when a line reaches it or the page names it;
   * otherwise each type reached: {@code getActivitiesByInterval}, called on a driveItem, a
   * listItem and a site, is three operations, not one of their base baseItem.
   */
  private static List<Target> bindings(OperationDraft draft, ModelIndex index) {
    if (draft.reached().isEmpty()) {
      return draft.hint() == null ? List.of()
          : List.of(new Target(draft.hint(), draft.hintCollection()));
    }
    boolean collection = draft.reached().get(0).collection();
    Set<QualifiedName> types = new LinkedHashSet<>();
    draft.reached().stream().filter(t -> t.collection() == collection)
        .forEach(t -> types.add(t.type()));
    QualifiedName common = null;
    for (QualifiedName type : types) {
      common = common == null ? type : index.commonAncestor(common, type);
      if (common == null) {
        break;
      }
    }
    if (common != null && (types.contains(common) || common.equals(draft.hint()))) {
      return List.of(new Target(common, collection));
    }
    return types.stream().map(t -> new Target(t, collection)).toList();
  }
}

package dev.docmodel.generator.compat;

import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Diagnostic;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.Kept;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.TypeModel;
import dev.docmodel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations of {@code keep} mode: the docs' operations, plus those the baseline has and the
 * docs dropped, and the function parameters the docs dropped, deprecated, so that code calling
 * them still compiles. An action's dropped parameters are kept by its body type, as any
 * property; an operation whose types are gone too is kept only if they are (their types are kept
 * with them).
 */
final class KeptOperations {
  private KeptOperations() {}

  static List<Operation> merge(TypeModel docs, ApiSurface baseline, Kept since,
      List<Diagnostic> diagnostics) {
    Map<String, Operation> now = new HashMap<>();
    docs.operations().forEach(o -> now.put(o.identity(), o));
    List<Operation> operations = new ArrayList<>(docs.operations());
    for (ApiSurface.Operation before : baseline.operations()) {
      Operation current = now.get(before.identity());
      Kept kept = before.kept() != null ? new Kept(before.kept()) : since;
      if (current == null) {
        operations.add(restore(before, kept));
        diagnostics.add(Diagnostic.of(DiagnosticCode.KEPT_OPERATION, before.location(),
            before.identity() + " is no longer documented; kept as " + before.descriptor()
                + ", deprecated"));
      } else if (before.callClass() != null && current.isFunction()) {
        operations.set(operations.indexOf(current), keepParameters(current, before, since,
            diagnostics));
      }
    }
    return operations;
  }

  private static Operation keepParameters(Operation current, ApiSurface.Operation before,
      Kept since, List<Diagnostic> diagnostics) {
    List<Operation.Parameter> parameters = new ArrayList<>(current.parameters());
    for (ApiSurface.Parameter p : before.parameters()) {
      if (current.parameters().stream().noneMatch(q -> q.name().equals(p.name()))) {
        parameters.add(parameter(p, p.kept() != null ? new Kept(p.kept()) : since,
            before.location()));
        diagnostics.add(Diagnostic.of(DiagnosticCode.KEPT_PARAMETER, current.location(),
            before.identity() + "(" + p.name() + ") is no longer listed; its setter is kept, "
                + "deprecated"));
      }
    }
    return current.withParameters(parameters);
  }

  private static Operation restore(ApiSurface.Operation before, Kept kept) {
    List<Operation.Parameter> parameters = new ArrayList<>();
    before.parameters().forEach(p -> parameters.add(parameter(p,
        p.kept() != null ? new Kept(p.kept()) : null, before.location())));
    TypeRef result = before.result() == null ? null : ApiSurface.typeRef(before.result());
    return new Operation(before.binding(), before.collection(), before.name(),
        before.kind().equals("action") ? Operation.Kind.ACTION : Operation.Kind.FUNCTION,
        parameters, result == null ? null : new Operation.Result(result,
            before.resultCollection()), List.of(), "", before.location(), kept);
  }

  private static Operation.Parameter parameter(ApiSurface.Parameter p, Kept kept,
      Location at) {
    return new Operation.Parameter(p.name(), ApiSurface.typeRef(p.type()), p.collection(),
        p.optional(), "", at, kept);
  }
}

package dev.docmodel.generator.compat;

import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.diag.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The operations' changes between two surfaces, matched by binding type and name: an operation or
 * a function parameter added is compatible on the wire (a required one is not); one removed,
 * retyped or returning another result breaks calls. An action's parameters are its body type's
 * properties: the type's own changes report them. Java is judged by the caller, by whether the
 * descriptor constant and the call class's setters still link.
 */
final class OperationDiff {
  /**
   * A change found.
   *
   * @param symbols what the old jar had that must still link: {@code Descriptors#CONSTANT},
   *     {@code Call#setter(Type)}
   * @param returnTypes each method symbol's return type
   */
  record Found(Change.Kind kind, String element, Change.Compat wire, List<String> symbols,
      Map<String, String> returnTypes, Location old, Location current, String detail) {}

  private OperationDiff() {}

  /** Reports each change; returns how many kept operations the docs still leave out. */
  static int compare(ApiSurface old, ApiSurface docs, ApiSurface generated,
      Consumer<Found> changes) {
    Map<String, ApiSurface.Operation> before = byIdentity(old);
    Map<String, ApiSurface.Operation> now = byIdentity(docs);
    Map<String, ApiSurface.Operation> inJar = byIdentity(generated);
    Map<String, Boolean> identities = new TreeMap<>();
    before.keySet().forEach(k -> identities.put(k, true));
    now.keySet().forEach(k -> identities.put(k, true));
    int stillKept = 0;
    for (String identity : identities.keySet()) {
      ApiSurface.Operation o = before.get(identity);
      ApiSurface.Operation n = now.get(identity);
      String element = identity + "()";
      if (o == null) {
        changes.accept(new Found(Change.Kind.OPERATION_ADDED, element, Change.Compat.COMPATIBLE,
            List.of(), Map.of(), null, n.location(), "new " + n.kind()));
      } else if (n == null && o.kept() != null && inJar.containsKey(identity)) {
        stillKept++;
      } else if (n == null) {
        changes.accept(new Found(Change.Kind.OPERATION_REMOVED, element, Change.Compat.BREAKING,
            symbols(o), returnTypes(o), o.location(), null, "the docs no longer document it"));
      } else {
        compare(o, n, element, changes);
      }
    }
    return stillKept;
  }

  private static void compare(ApiSurface.Operation o, ApiSurface.Operation n, String element,
      Consumer<Found> changes) {
    if (!o.kind().equals(n.kind()) || !same(o.result(), n.result())
        || o.resultCollection() != n.resultCollection()) {
      changes.accept(new Found(Change.Kind.OPERATION_CHANGED, element, Change.Compat.BREAKING,
          List.of(o.descriptor()), Map.of(), o.location(), n.location(), o.kind() + " returning "
              + shape(o.result(), o.resultCollection()) + " is now " + n.kind() + " returning "
              + shape(n.result(), n.resultCollection())));
    }
    if (o.callClass() == null && n.callClass() == null) {
      return; // an action's parameters are its body type's properties
    }
    for (ApiSurface.Parameter p : n.parameters()) {
      if (o.parameter(p.name()) == null) {
        changes.accept(new Found(Change.Kind.OPERATION_PARAMETER_ADDED,
            element.replace("()", "(" + p.name() + ")"), Change.Compat.of(!p.optional()),
            List.of(), Map.of(), null, n.location(), (p.optional() ? "optional" : "required")
                + " " + shape(p.type(), p.collection())));
      }
    }
    for (ApiSurface.Parameter p : o.parameters()) {
      ApiSurface.Parameter now = n.parameter(p.name());
      String symbol = o.callClass() + "#" + p.setter();
      Map<String, String> returns = Map.of(symbol, String.valueOf(o.callClass()));
      String parameter = element.replace("()", "(" + p.name() + ")");
      if (now == null && p.kept() == null) {
        changes.accept(new Found(Change.Kind.OPERATION_PARAMETER_REMOVED, parameter,
            Change.Compat.BREAKING, List.of(symbol), returns, o.location(), n.location(),
            "the docs no longer list it"));
      } else if (now != null && (!now.type().equals(p.type())
          || now.collection() != p.collection())) {
        changes.accept(new Found(Change.Kind.OPERATION_PARAMETER_TYPE_CHANGED, parameter,
            Change.Compat.BREAKING, List.of(symbol), returns, o.location(), n.location(),
            shape(p.type(), p.collection()) + " is now " + shape(now.type(), now.collection())));
      }
    }
  }

  /** The descriptor constant, the call class and each of its setters. */
  private static List<String> symbols(ApiSurface.Operation o) {
    List<String> symbols = new ArrayList<>(List.of(o.descriptor()));
    if (o.callClass() != null) {
      o.parameters().forEach(p -> symbols.add(o.callClass() + "#" + p.setter()));
    }
    return symbols;
  }

  private static Map<String, String> returnTypes(ApiSurface.Operation o) {
    Map<String, String> returns = new LinkedHashMap<>();
    if (o.callClass() != null) {
      o.parameters().forEach(p -> returns.put(o.callClass() + "#" + p.setter(), o.callClass()));
    }
    return returns;
  }

  private static Map<String, ApiSurface.Operation> byIdentity(ApiSurface surface) {
    Map<String, ApiSurface.Operation> operations = new LinkedHashMap<>();
    surface.operations().forEach(o -> operations.put(o.identity(), o));
    return operations;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static String shape(String type, boolean collection) {
    return type == null ? "nothing" : collection ? "Collection(" + type + ")" : type;
  }
}

package dev.docmodel.generator.compat;

import dev.docmodel.generator.api.ApiSurface;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether removing a type can change a payload. An enum or a complex type never names itself on the
 * wire (no {@code @odata.type} needed, no entity set): only its uses do. When every use, every
 * property and operation parameter or result that was typed with it, is still there with a type
 * that reads the same JSON, no payload valid before is refused or misread after (an inferred enum
 * {@code toneInfoTone} dropped while {@code toneInfo/tone} became a string).
 */
final class RemovedTypeUses {
  private RemovedTypeUses() {}

  /** Whether a removal is wire-compatible, and why (what a payload valid before meets after). */
  record Verdict(boolean safe, String why) {
    static Verdict breaking(String why) {
      return new Verdict(false, "on the wire, " + why);
    }
  }

  static Verdict judge(ApiSurface.Type removed, Side old, Side docs) {
    if (removed.kind() == ApiSurface.Kind.ENTITY) {
      return Verdict.breaking("a payload's @odata.type or entity set names it");
    }
    String name = removed.name().toString();
    List<String> uses = new ArrayList<>();
    for (ApiSurface.Type owner : old.types.values()) {
      if (removed.name().equals(owner.base())) {
        return Verdict.breaking(owner.name().name() + " derives from it, and its payloads name it");
      }
      for (ApiSurface.Property p : owner.properties()) {
        if (p.type().equalsIgnoreCase(name)) {
          ApiSurface.Type now = docs.type(owner.name());
          ApiSurface.Property q = now == null ? null : docs.effective(now).get(p.name());
          if (q == null || !WireShapes.compatible(p.type(), p.collection(), old, q.type(),
              q.collection(), docs)) {
            return Verdict.breaking(owner.name().name() + "/" + p.name() + " held it and "
                + (q == null ? "is gone" : "is now " + q.type() + ", which reads other JSON"));
          }
          uses.add(owner.name().name() + "/" + p.name() + " is now " + q.type());
        }
      }
    }
    for (ApiSurface.Operation o : old.surface.operations()) {
      if (!operationSafe(o, name, old, docs)) {
        return Verdict.breaking("operation " + o.name() + " of " + o.binding().name()
            + " took or returned it, and no longer does alike");
      }
    }
    return new Verdict(true, uses.isEmpty()
        ? "wire-compatible: nothing used it, so no payload held it"
        : "wire-compatible: every use reads the same JSON (" + String.join(", ", uses) + ")");
  }

  private static boolean operationSafe(ApiSurface.Operation o, String name, Side old,
      Side docs) {
    boolean body = o.body() != null && name.equalsIgnoreCase(o.body().toString());
    boolean used = body || name.equalsIgnoreCase(o.result()) || o.parameters().stream()
        .anyMatch(p -> p.type().equalsIgnoreCase(name));
    if (!used) {
      return true;
    }
    ApiSurface.Operation now = docs.surface.operations().stream()
        .filter(n -> n.binding().equals(o.binding()) && n.collection() == o.collection()
            && n.name().equals(o.name())).findFirst().orElse(null);
    if (now == null || body && (now.body() == null || !WireShapes.compatible(name, false, old,
        now.body().toString(), false, docs))) {
      return false;
    }
    for (ApiSurface.Parameter p : o.parameters()) {
      if (p.type().equalsIgnoreCase(name)) {
        ApiSurface.Parameter q = now.parameters().stream()
            .filter(x -> x.name().equals(p.name())).findFirst().orElse(null);
        if (q == null || !WireShapes.compatible(p.type(), p.collection(), old, q.type(),
            q.collection(), docs)) {
          return false;
        }
      }
    }
    return !name.equalsIgnoreCase(o.result()) || now.result() != null && WireShapes.compatible(
        o.result(), o.resultCollection(), old, now.result(), now.resultCollection(), docs);
  }
}

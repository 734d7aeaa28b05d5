package dev.docmodel.runtime;

import org.jspecify.annotations.Nullable;

/**
 * What a delta response says of an entry that is gone: {@code "@removed": {"reason": "changed"}}
 * (it left the set, and may come back) or {@code "deleted"} (it is gone for good).
 *
 * @param reason the reason as written ({@code changed}, {@code deleted}), or null
 * @param annotation the whole annotation as read
 */
public record DeltaRemoval(@Nullable String reason, JsonValue annotation) {
  static DeltaRemoval of(JsonValue annotation) {
    JsonValue reason = annotation.get("reason");
    return new DeltaRemoval(reason == null ? null : reason.textValue(), annotation);
  }

  /** True when the entity was deleted, not only moved out of the set. */
  public boolean deleted() {
    return "deleted".equals(reason);
  }
}

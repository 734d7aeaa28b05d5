package dev.docmodel.runtime.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.docmodel.runtime.BindingHooks;
import dev.docmodel.runtime.GraphObject;
import dev.docmodel.runtime.JsonValue;
import dev.docmodel.runtime.PatchBody;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * Changes since a snapshot: read a user, change one property, and a PATCH sends that property
 * only. A snapshot is the object's members as written when it was taken (on read, with
 * {@link ReadContext#snapshotOnRead()} or the module's {@code snapshotOnRead}, or on request with
 * {@link #snapshot}); the changes are the members whose written value differs from the snapshot's,
 * or that were not in it. A nested object that changed anywhere is sent whole, as a PATCH replaces
 * a complex property whole. A member cleared since the snapshot is not sent (set it to null to
 * send {@code null}). Without a snapshot, every member is a change.
 */
public final class Changes {
  private Changes() {}

  /** Takes a snapshot of {@code value} as it is now (replacing an earlier one). */
  public static void snapshot(GraphObject value) {
    BindingHooks.snapshot(value, members(value));
  }

  /** Drops the snapshot: every member is a change again. */
  public static void forget(GraphObject value) {
    BindingHooks.snapshot(value, null);
  }

  /** True when {@code value} has a member whose written value differs from its snapshot's. */
  public static boolean changed(GraphObject value) {
    Map<String, JsonValue> before = BindingHooks.snapshot(value);
    return before == null || !before.equals(members(value));
  }

  /** Writes the members of {@code value} that changed since its snapshot, as one object. */
  public static void write(JsonGenerator g, GraphObject value) throws IOException {
    Map<String, JsonValue> before = BindingHooks.snapshot(value);
    if (before == null) {
      GraphJson.writeObject(g, value);
      return;
    }
    g.writeStartObject();
    for (Map.Entry<String, JsonValue> member : members(value).entrySet()) {
      if (!Objects.equals(member.getValue(), before.get(member.getKey()))) {
        g.writeFieldName(member.getKey());
        JsonTrees.write(g, member.getValue());
      }
    }
    g.writeEndObject();
  }

  /** The changes as JSON text: the body of a PATCH. */
  public static String toJson(GraphObject value) {
    return Jackson.render(g -> write(g, value));
  }

  /** The body of {@code PatchBody.of(value)}: see {@link #toJson}. */
  public static String toJson(PatchBody<?> body) {
    return toJson(body.value());
  }

  /** The members as written now (through text: the written form is what a PATCH compares). */
  private static Map<String, JsonValue> members(GraphObject value) {
    JsonValue written = Jackson.parse(GraphJson.toJson(value), JsonTrees::read);
    return written instanceof JsonValue.Obj object ? object.members() : Map.of();
  }
}

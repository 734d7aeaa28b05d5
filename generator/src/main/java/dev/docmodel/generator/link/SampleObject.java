package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.read.JsonBlock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON object of a sample as the linker sees it: its members in order, each with the type its
 * value shows and where it is. Made once from the reader's {@link JsonBlock} in the first pass, so
 * that no later pass walks JSON trees by pointer.
 */
record SampleObject(List<Member> members) {

  SampleObject {
    members = List.copyOf(members);
  }

  /**
   * @param shown what the value shows of the member's type, or null
   * @param nested the value when it is an object, or the first element of an array when that is
   *     one; else null
   */
  record Member(String name, SampleType shown, Location location, Nested nested) {}

  /**
   * An object nested in a sample.
   *
   * @param odataType its {@code @odata.type} as written (stripped), or null when it names none
   * @param size how many members it has, {@code @odata.type} included
   */
  record Nested(String odataType, int size, SampleObject object, Location location) {}

  boolean has(String name) {
    return members.stream().anyMatch(m -> m.name().equals(name));
  }

  /** The object at {@code pointer} in {@code block} (an empty one when there is none). */
  static SampleObject of(JsonBlock block, String pointer) {
    JsonNode node = block.root().at(pointer);
    List<Member> members = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String childPointer = pointer + "/" + escape(member.getKey());
      Location at = block.locationOf(childPointer);
      JsonNode value = member.getValue();
      if (value.isArray() && value.size() > 0) {
        value = value.get(0);
        childPointer = childPointer + "/0";
      }
      Nested nested = null;
      if (value.isObject()) {
        JsonNode type = value.get("@odata.type");
        String written = type == null || !type.isTextual() || type.asText().isBlank() ? null
            : type.asText().strip();
        nested = new Nested(written, value.size(), of(block, childPointer),
            block.locationOf(childPointer));
      }
      members.add(new Member(member.getKey(), SampleType.infer(member.getValue()), at, nested));
    }
    return new SampleObject(members);
  }

  /** A JSON pointer's escaping of a member name. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

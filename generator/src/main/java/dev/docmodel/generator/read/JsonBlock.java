package dev.docmodel.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.Location;
import java.util.Map;

/**
 * A JSON value from a page, with the location of each member (keyed by JSON pointer) so that the
 * linker can point at the line a sample property is on.
 */
public record JsonBlock(JsonNode root, Map<String, Location> memberLocations, Location location) {
  public Location locationOf(String pointer) {
    return memberLocations.getOrDefault(pointer, location);
  }
}

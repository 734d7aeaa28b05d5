package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.read.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What API pages' response examples claim about derivation, before names are resolved (the rule
 * {@link ApiEvidence} weighs them by):
 * <ul>
 *   <li>an example declared as x whose object (or, for a collection, whose items) carry the
 *       {@code @odata.type} y: y stands where x is declared;
 *   <li>an example declared as y on an API page whose operation a Methods table says returns x;
 *   <li>one operation that two Methods tables say returns x and y: call.md's "Invite participants"
 *       returns a commsOperation, participant.md's an inviteParticipantsOperation.
 * </ul>
 * A claim goes both ways where the docs do not say which type is the more specific: the evidence
 * rule decides by the properties.
 */
final class ApiClaims {
  private ApiClaims() {}

  static List<Definitions.ApiClaim> of(Map<String, List<Page.ResponseExample>> byApiPage,
      List<Definitions.Operation> operations) {
    List<Definitions.ApiClaim> claims = new ArrayList<>();
    byApiPage.values().forEach(examples -> examples.forEach(e -> fromBody(e, claims)));
    Map<String, List<Definitions.Operation>> byPage = new LinkedHashMap<>();
    for (Definitions.Operation operation : operations) {
      byPage.computeIfAbsent(operation.apiPage(), k -> new ArrayList<>()).add(operation);
      for (Page.ResponseExample example : byApiPage.getOrDefault(operation.apiPage(), List.of())) {
        String declared = example.declaredType();
        if (!sameName(declared, operation.returns().name())) {
          claims.add(new Definitions.ApiClaim(declared, operation.returns().name(),
              example.location()));
        }
      }
    }
    for (List<Definitions.Operation> same : byPage.values()) {
      for (Definitions.Operation a : same) {
        for (Definitions.Operation b : same) {
          if (!sameName(a.returns().name(), b.returns().name())) {
            claims.add(new Definitions.ApiClaim(a.returns().name(), b.returns().name(),
                a.returns().location()));
          }
        }
      }
    }
    return claims;
  }

  private static void fromBody(Page.ResponseExample example, List<Definitions.ApiClaim> claims) {
    if (example.body() == null) {
      return;
    }
    JsonNode root = example.body().root();
    JsonNode items = example.collection() ? root.path("value") : null;
    List<JsonNode> objects = new ArrayList<>();
    if (items != null && items.isArray()) {
      items.forEach(objects::add);
    } else if (!example.collection()) {
      objects.add(root);
    }
    for (JsonNode object : objects) {
      JsonNode type = object.path("@odata.type");
      if (type.isTextual() && !sameName(type.asText(), example.declaredType())) {
        claims.add(new Definitions.ApiClaim(type.asText().strip(), example.declaredType(),
            example.location()));
      }
    }
  }

  /** Whether two names as the docs write them name the same type, by their simple names. */
  private static boolean sameName(String a, String b) {
    return simple(a).equalsIgnoreCase(simple(b));
  }

  private static String simple(String name) {
    String t = name.strip();
    return t.substring(t.lastIndexOf('.') + 1);
  }
}

package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.QualifiedName;
import java.util.List;

/** An enum a page documents: its members over every table that lists them. */
record EnumDraft(QualifiedName name, Location location, String description,
    List<EnumMember> members, String section) {
  EnumDraft {
    members = List.copyOf(members);
  }
}

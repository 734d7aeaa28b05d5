package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** An enum being collected from its "x values" tables; only {@link CollectDefinitions} sees it. */
final class EnumBuilder {
  final QualifiedName name;
  final Location location;
  /** The heading of the section of its first table. */
  final String section;
  final List<EnumMember> members = new ArrayList<>();

  EnumBuilder(QualifiedName name, Location location, String section) {
    this.name = name;
    this.location = location;
    this.section = section;
  }

  EnumDraft build() {
    return new EnumDraft(name, location, "", members, section);
  }
}

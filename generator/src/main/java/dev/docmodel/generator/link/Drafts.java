package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.EnumMember;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.JsonBlock;
import java.util.ArrayList;
import java.util.List;

/** Mutable working state of the linker, one draft per type; never leaves this package. */
final class Drafts {
  private Drafts() {}

  /** A row of a Properties or Relationships table. */
  record Row(String name, TypeExpression type, String description, List<String> codeSpans,
      boolean navigation, Location location) {}

  /** A JSON object showing a type's properties: a resource sample, or a nested object in one. */
  record Sample(JsonBlock block, String pointer, String namespace) {}

  /**
   * A type a page names in a telling place: "Inherited from [x](x.md)" in a property's description
   * (x is an ancestor of the owner), a listed derived type, or the result of a collection operation.
   */
  record TypeMention(String name, String link, Location location) {}

  static final class Structured {
    final QualifiedName name;
    final Location location;
    final String namespace;
    String description = "";
    String annotationBase;
    Location annotationBaseAt;
    /** The annotation says {@code "baseType": null} outright. */
    boolean annotationSaysNoBase;
    String inheritsFrom;
    String inheritsFromLink;
    Location inheritsFromAt;
    final List<String> key = new ArrayList<>();
    boolean isAbstract;
    boolean open;
    boolean documented;
    /** The page lists API operations on the type itself (a Methods table): it is addressable. */
    boolean addressable;
    final List<TypeMention> ancestorHints = new ArrayList<>();
    /** Types this type's page lists as derived from it ("## Derived types", "base type for"). */
    final List<TypeMention> derivedTypeHints = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    final List<Sample> samples = new ArrayList<>();

    Structured(QualifiedName name, Location location, String namespace) {
      this.name = name;
      this.location = location;
      this.namespace = namespace;
    }
  }

  static final class Enum {
    final QualifiedName name;
    final Location location;
    String description = "";
    boolean inferred;
    final List<EnumMember> members = new ArrayList<>();

    Enum(QualifiedName name, Location location) {
      this.name = name;
      this.location = location;
    }
  }
}

package dev.docmodel.generator.link;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.Origin;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A type being collected, page by page; only this pass sees it. Its defining page comes first
 * when the statements are merged: that page's description, location, annotation and rows lead,
 * and the pages that extend the type (Intune's pages on user, API pages repeating a resource
 * block) follow in page order.
 */
final class TypeBuilder {
  final QualifiedName name;
  final List<PageStatements> pages = new ArrayList<>();

  TypeBuilder(QualifiedName name) {
    this.name = name;
  }

  PageStatements on(Page page, Location at, String title) {
    if (!pages.isEmpty() && pages.get(pages.size() - 1).page == page) {
      return pages.get(pages.size() - 1);
    }
    PageStatements statements = new PageStatements(this, page, at, title);
    pages.add(statements);
    return statements;
  }

  /**
   * The page that defines the type: the one named after it ({@code user.md} for {@code user},
   * not {@code intune-devices-user.md}), else the one titled "x resource type", else a resource
   * page rather than an API page, else the first.
   */
  PageStatements definingPage() {
    return pages.stream().min(java.util.Comparator
        .comparing((PageStatements p) -> !p.namedAfterType())
        .thenComparing(p -> !p.titledAfterType())
        .thenComparing(p -> p.page.apiPage())).orElseThrow();
  }

  TypeDraft build(Diagnostics diagnostics) {
    PageStatements defining = definingPage();
    List<PageStatements> ordered = new ArrayList<>();
    ordered.add(defining);
    for (PageStatements p : pages) {
      if (p != defining) {
        ordered.add(p);
        diagnostics.report(DiagnosticCode.TYPE_DEFINED_TWICE, p.location,
            name + " is also described at " + defining.location);
      }
    }
    Mention annotationBase = null;
    Mention proseBase = null;
    List<String> key = List.of();
    boolean saysNoBase = false;
    boolean isAbstract = false;
    boolean open = false;
    boolean addressable = false;
    List<Mention> ancestorHints = new ArrayList<>();
    List<Mention> derivedTypeHints = new ArrayList<>();
    List<TypeDraft.Row> rows = new ArrayList<>();
    List<TypeDraft.Sample> samples = new ArrayList<>();
    for (PageStatements p : ordered) {
      annotationBase = annotationBase != null ? annotationBase : p.annotationBase;
      proseBase = proseBase != null ? proseBase : p.proseBase;
      key = !key.isEmpty() ? key : p.key;
      saysNoBase |= p.annotationSaysNoBase;
      isAbstract |= p.isAbstract;
      open |= p.open;
      addressable |= p.addressable;
      ancestorHints.addAll(p.ancestorHints);
      derivedTypeHints.addAll(p.derivedTypeHints);
      rows.addAll(p.rows);
      // Another page's sample (an API page's, a copy-pasted annotation) confirms what the
      // type's pages declare; it never adds to it, so the type depends on its own pages only.
      p.samples.forEach(s -> samples.add(p == defining ? s
          : new TypeDraft.Sample(s.object(), s.namespace(), true)));
    }
    return new TypeDraft(name, defining.location, name.namespace(),
        defining.page.frontMatter().getOrDefault("description", ""), Origin.DOCUMENTED,
        annotationBase, saysNoBase, proseBase, key, isAbstract, open, addressable, ancestorHints,
        derivedTypeHints, rows, samples);
  }

  /** What one page states about the type. */
  static final class PageStatements {
    final TypeBuilder type;
    final Page page;
    final Location location;
    final String title;
    Mention annotationBase;
    boolean annotationSaysNoBase;
    Mention proseBase;
    List<String> key = List.of();
    boolean isAbstract;
    boolean open;
    boolean addressable;
    final List<Mention> ancestorHints = new ArrayList<>();
    final List<Mention> derivedTypeHints = new ArrayList<>();
    final List<TypeDraft.Row> rows = new ArrayList<>();
    final List<TypeDraft.Sample> samples = new ArrayList<>();

    PageStatements(TypeBuilder type, Page page, Location location, String title) {
      this.type = type;
      this.page = page;
      this.location = location;
      this.title = title;
    }

    QualifiedName type() {
      return type.name;
    }

    boolean namedAfterType() {
      String file = CollectDefinitions.fileName(page.path());
      return file.equals(type.name.name().toLowerCase(Locale.ROOT) + ".md");
    }

    boolean titledAfterType() {
      return title != null && title.equalsIgnoreCase(type.name.name() + " resource type");
    }

    /** The first annotation that states a base or key wins; abstract and open accumulate. */
    void applyAnnotation(JsonNode annotation, Location baseAt) {
      JsonNode baseNode = annotation.get("baseType");
      if (baseNode != null && baseNode.isNull()) {
        annotationSaysNoBase = true;
      }
      String base = CollectDefinitions.text(annotation, "baseType");
      if (base != null && !base.isBlank() && annotationBase == null) {
        annotationBase = new Mention(base.strip(), null, baseAt);
      }
      JsonNode keyNode = annotation.get("keyProperty");
      if (keyNode != null && key.isEmpty()) {
        List<String> declared = new ArrayList<>();
        if (keyNode.isArray()) {
          keyNode.forEach(k -> declared.add(k.asText()));
        } else if (!keyNode.asText().isBlank()) {
          declared.add(keyNode.asText().strip());
        }
        key = List.copyOf(declared);
      }
      isAbstract |= CollectDefinitions.truthy(annotation.get("abstract"));
      open |= CollectDefinitions.truthy(annotation.get("openType"));
    }
  }
}

package dev.docmodel.generator.compat;

import static dev.docmodel.generator.compat.Change.Compat.BREAKING;
import static dev.docmodel.generator.compat.Change.Compat.COMPATIBLE;

import dev.docmodel.generator.api.ApiSurface;
import dev.docmodel.generator.compat.Change.Compat;
import dev.docmodel.generator.compat.Change.Kind;
import dev.docmodel.generator.diag.Location;
import dev.docmodel.generator.model.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every difference between two versions of a model, element by element, each classified for the
 * wire and for Java. The elements are compared as the two versions of the docs describe them; Java
 * compatibility is judged against what was actually generated, which is more than the new docs
 * when a baseline kept the old API.
 */
public final class ModelDiff {
  private final Side old;
  private final Side docs;
  private final Side generated;
  private final List<Change> changes = new ArrayList<>();
  /** Elements the old side already kept and the docs still leave out: not changes again. */
  private int stillKept;

  private ModelDiff(ApiSurface old, ApiSurface docs, ApiSurface generated) {
    this.old = new Side(old);
    this.docs = new Side(docs);
    this.generated = generated == docs ? this.docs : new Side(generated);
  }

  /** The changes from {@code old} to {@code docs}, judged as plain regeneration. */
  public static List<Change> compare(ApiSurface old, ApiSurface docs) {
    return compare(old, docs, docs);
  }

  /**
   * @param generated what the new jar holds: {@code docs}, or more when a baseline kept the old
   *     API
   */
  public static List<Change> compare(ApiSurface old, ApiSurface docs, ApiSurface generated) {
    return report(old, docs, generated).changes();
  }

  /**
   * The report from a baseline to this generation: its changes, and how many elements the baseline
   * had already kept that stay kept (reported when they were first kept, not on every build).
   */
  public static ChangeReport report(ApiSurface old, ApiSurface docs, ApiSurface generated) {
    ModelDiff diff = new ModelDiff(old, docs, generated);
    Set<QualifiedName> names = new TreeSet<>();
    names.addAll(diff.old.types.keySet());
    names.addAll(diff.docs.types.keySet());
    for (QualifiedName name : names) {
      diff.compareType(diff.old.type(name), diff.docs.type(name));
    }
    diff.stillKept += OperationDiff.compare(old, docs, generated, diff::addOperationChange);
    diff.changes.sort(Comparator.comparing(Change::element).thenComparing(Change::kind));
    return new ChangeReport(diff.changes, diff.stillKept);
  }

  private void compareType(ApiSurface.Type o, ApiSurface.Type n) {
    if (n == null && o.kept() != null && generated.type(o.name()) != null) {
      stillKept++; // kept again (keep mode); a major release that drops it reports its removal
      return;
    }
    if (n == null) {
      RemovedTypeUses.Verdict wire = RemovedTypeUses.judge(o, old, docs);
      add(Kind.TYPE_REMOVED, o.name().toString(), Compat.of(!wire.safe()), classSymbols(o),
          o.location(), null, List.of(), "removed from the docs; " + wire.why(),
          typeRequirements(o));
      return;
    }
    if (o == null) {
      add(Kind.TYPE_ADDED, n.name().toString(), COMPATIBLE, classSymbols(n), null, n.location(),
          List.of(), "new in the docs", List.of());
      return;
    }
    String element = n.name().toString();
    boolean wasEnum = o.kind() == ApiSurface.Kind.ENUM;
    if (wasEnum != (n.kind() == ApiSurface.Kind.ENUM)) {
      add(Kind.TYPE_CATEGORY_CHANGED, element, BREAKING, classSymbols(o), o.location(),
          n.location(), List.of(), (wasEnum ? "an enum" : "a structured type") + " became "
              + (wasEnum ? "a structured type" : "an enum"), typeRequirements(o));
      return;
    }
    if (!o.modelClass().equals(n.modelClass())) {
      add(Kind.JAVA_NAME_CHANGED, element, COMPATIBLE, List.of(o.modelClass(), n.modelClass()),
          o.location(), n.location(), List.of(), "class " + o.modelClass() + " is now "
              + n.modelClass(), typeRequirements(o));
    }
    if (o.serializerClass() != null && n.serializerClass() != null
        && !o.serializerClass().equals(n.serializerClass())) {
      add(Kind.JAVA_NAME_CHANGED, element, COMPATIBLE, List.of(o.serializerClass(),
          n.serializerClass()), o.location(), n.location(), List.of(), "class "
          + o.serializerClass() + " is now " + n.serializerClass(),
          List.of(new Requirement(o.serializerClass(), null, false)));
    }
    if (wasEnum) {
      compareEnum(o, n, element);
    } else {
      compareStructured(o, n, element);
      compareProperties(o, n);
    }
  }

  private void compareStructured(ApiSurface.Type o, ApiSurface.Type n, String element) {
    List<String> cls = List.of(n.modelClass());
    if (o.kind() != n.kind()) {
      add(Kind.KIND_CHANGED, element, COMPATIBLE, cls, o.location(), n.location(), List.of(),
          o.kind().label() + " type became " + n.kind().label(), List.of());
    }
    if (!Objects.equals(o.base(), n.base())) {
      boolean wireSafe = effectiveCompatible(o, n);
      List<String> lost = new ArrayList<>(old.java.superclasses(o.modelClass()));
      lost.removeAll(generated.java.superclasses(o.modelClass()));
      add(Kind.BASE_CHANGED, element, Compat.of(!wireSafe), cls, o.location(), n.location(),
          lost, "base " + o.base() + " became " + n.base(), List.of(new Requirement(lost.isEmpty())));
    }
    if (!o.key().equals(n.key())) {
      add(Kind.KEY_CHANGED, element, COMPATIBLE, cls, o.location(), n.location(), List.of(),
          "key " + o.key() + " became " + n.key(), List.of());
    }
    if (o.isAbstract() != n.isAbstract()) {
      add(Kind.ABSTRACT_CHANGED, element, Compat.of(n.isAbstract()), cls, o.location(),
          n.location(), List.of(), n.isAbstract() ? "became abstract" : "became concrete",
          List.of());
    }
    if (o.open() != n.open()) {
      add(Kind.OPEN_CHANGED, element, Compat.of(!n.open()), cls, o.location(), n.location(),
          List.of(), n.open() ? "became open" : "became closed", List.of());
    }
  }

  /** Whether what was generated (more than the docs when a baseline kept) has the property. */
  private boolean stillGenerated(ApiSurface.Type type, String property) {
    ApiSurface.Type inJar = generated.type(type.name());
    return inJar != null && generated.effective(inJar).containsKey(property);
  }

  /** Whether every property a client of the old type knows is still there, with a fitting type. */
  private boolean effectiveCompatible(ApiSurface.Type o, ApiSurface.Type n) {
    Map<String, ApiSurface.Property> after = docs.effective(n);
    for (ApiSurface.Property p : old.effective(o).values()) {
      ApiSurface.Property q = after.get(p.name());
      if (q == null || !WireShapes.compatible(p.type(), p.collection(), old, q.type(),
          q.collection(), docs)) {
        return false;
      }
    }
    return true;
  }

  private void compareProperties(ApiSurface.Type o, ApiSurface.Type n) {
    Map<String, ApiSurface.Property> oldAll = old.effective(o);
    Map<String, ApiSurface.Property> newAll = docs.effective(n);
    Set<String> renamedTo = new TreeSet<>();
    for (ApiSurface.Property op : o.properties()) {
      String element = n.name() + "/" + op.name();
      ApiSurface.Property np = n.property(op.name());
      if (np != null) {
        compareProperty(o, n, op, np, element);
        continue;
      }
      if (newAll.containsKey(op.name())) {
        continue; // moved to a base type: still inherited
      }
      if (op.kept() != null && stillGenerated(n, op.name())) {
        stillKept++;
        continue;
      }
      ApiSurface.Property renamed = n.properties().stream()
          .filter(q -> q.name().equalsIgnoreCase(op.name()) && o.property(q.name()) == null)
          .findFirst().orElse(null);
      List<String> symbols = new ArrayList<>(JavaApi.symbols(o.modelClass(), op));
      if (renamed != null) {
        renamedTo.add(renamed.name());
        symbols.addAll(JavaApi.symbols(n.modelClass(), renamed));
        add(Kind.PROPERTY_RENAMED_CASE, element, BREAKING, symbols, op.location(),
            renamed.location(), List.of(), "wire name " + op.name() + " is now " + renamed.name(),
            accessorRequirements(o, op));
      } else {
        add(Kind.PROPERTY_REMOVED, element, BREAKING, symbols, op.location(), null, List.of(),
            "removed from the docs", accessorRequirements(o, op));
      }
    }
    for (ApiSurface.Property np : n.properties()) {
      if (o.property(np.name()) == null && !oldAll.containsKey(np.name())
          && !renamedTo.contains(np.name())) {
        add(Kind.PROPERTY_ADDED, n.name() + "/" + np.name(), COMPATIBLE,
            JavaApi.symbols(n.modelClass(), np), null, np.location(), List.of(), "new in the docs",
            List.of());
      }
    }
  }

  private void compareProperty(ApiSurface.Type o, ApiSurface.Type n, ApiSurface.Property op,
      ApiSurface.Property np, String element) {
    List<String> symbols = new ArrayList<>(JavaApi.symbols(o.modelClass(), op));
    List<Requirement> required = accessorRequirements(o, op);
    if (op.collection() != np.collection()) {
      add(Kind.PROPERTY_COLLECTION_CHANGED, element, BREAKING, symbols, op.location(),
          np.location(), List.of(), op.collection() ? "no longer a collection"
              : "now a collection", required);
    } else if (!op.type().equalsIgnoreCase(np.type())) {
      boolean wireSafe = WireShapes.compatible(op.type(), op.collection(), old, np.type(),
          np.collection(), docs);
      add(Kind.PROPERTY_TYPE_CHANGED, element, Compat.of(!wireSafe), symbols, op.location(),
          np.location(), List.of(), "type " + op.type() + " is now " + np.type(), required);
    } else if (!op.javaType().equals(np.javaType())) {
      add(Kind.PROPERTY_JAVA_TYPE_CHANGED, element, COMPATIBLE, symbols, op.location(),
          np.location(), List.of(), "Java type " + op.javaType() + " is now " + np.javaType(),
          required);
    }
    if (op.navigation() != np.navigation()) {
      add(Kind.PROPERTY_NAVIGATION_CHANGED, element, COMPATIBLE, symbols, op.location(),
          np.location(), List.of(), np.navigation() ? "now a navigation property"
              : "no longer a navigation property", List.of());
    }
    if (!op.getter().equals(np.getter()) || !op.setter().equals(np.setter())
        || !op.has().equals(np.has()) || !op.clear().equals(np.clear())) {
      List<String> both = new ArrayList<>(symbols);
      both.addAll(JavaApi.symbols(n.modelClass(), np));
      add(Kind.JAVA_NAME_CHANGED, element, COMPATIBLE, both, op.location(), np.location(),
          List.of(), "accessors get" + op.getter().substring(3) + " are now "
              + np.getter(), required);
    }
  }

  private void compareEnum(ApiSurface.Type o, ApiSurface.Type n, String element) {
    if (o.flags() != n.flags()) {
      add(Kind.FLAGS_CHANGED, element, BREAKING, List.of(n.modelClass()), o.location(),
          n.location(), List.of(), n.flags() ? "values now combine as flags"
              : "values no longer combine as flags", List.of());
    }
    for (ApiSurface.Member om : o.members()) {
      ApiSurface.Member nm = n.member(om.name());
      String symbol = o.modelClass() + "#" + om.constant();
      String member = element + "/" + om.name();
      ApiSurface.Type generatedEnum = generated.type(n.name());
      if (nm == null && om.kept() != null && generatedEnum != null
          && generatedEnum.member(om.name()) != null) {
        stillKept++;
        continue;
      }
      if (nm == null) {
        add(Kind.ENUM_MEMBER_REMOVED, member, BREAKING, List.of(symbol), om.location(), null,
            List.of(), "removed from the docs", List.of(new Requirement(symbol, null, true)));
        continue;
      }
      if (!Objects.equals(om.value(), nm.value())) {
        add(Kind.ENUM_MEMBER_VALUE_CHANGED, member, COMPATIBLE, List.of(symbol), om.location(),
            nm.location(), List.of(), "value " + om.value() + " is now " + nm.value(), List.of());
      }
      if (!om.constant().equals(nm.constant())) {
        add(Kind.JAVA_NAME_CHANGED, member, COMPATIBLE, List.of(symbol, n.modelClass() + "#"
            + nm.constant()), om.location(), nm.location(), List.of(), "constant "
            + om.constant() + " is now " + nm.constant(),
            List.of(new Requirement(symbol, null, true)));
      }
    }
    for (ApiSurface.Member nm : n.members()) {
      if (o.member(nm.name()) == null) {
        add(Kind.ENUM_MEMBER_ADDED, element + "/" + nm.name(), COMPATIBLE,
            List.of(n.modelClass() + "#" + nm.constant()), null, nm.location(), List.of(),
            "new in the docs", List.of());
      }
    }
  }

  /**
   * A symbol an older jar exposed that must still link, with its return type (null for a class or
   * a constant); or, with {@code satisfied}, a requirement already decided.
   */
  private record Requirement(String symbol, String returnType, boolean isEnum, Boolean satisfied) {
    Requirement(String symbol, String returnType, boolean isEnum) {
      this(symbol, returnType, isEnum, null);
    }

    Requirement(boolean satisfied) {
      this(null, null, false, satisfied);
    }

    boolean holds(JavaApi api) {
      return satisfied != null ? satisfied : api.has(symbol, returnType, isEnum);
    }
  }

  private static List<String> classSymbols(ApiSurface.Type type) {
    List<String> symbols = new ArrayList<>(List.of(type.modelClass()));
    if (type.serializerClass() != null) {
      symbols.add(type.serializerClass());
    }
    return symbols;
  }

  /** A type's classes, its accessors and its constants. */
  private static List<Requirement> typeRequirements(ApiSurface.Type type) {
    List<Requirement> required = new ArrayList<>();
    boolean isEnum = type.kind() == ApiSurface.Kind.ENUM;
    required.add(new Requirement(type.modelClass(), null, isEnum));
    if (type.serializerClass() != null) {
      required.add(new Requirement(type.serializerClass(), null, false));
    }
    type.properties().forEach(p -> required.addAll(accessorRequirements(type, p)));
    type.members().forEach(m -> required.add(new Requirement(type.modelClass() + "#"
        + m.constant(), null, true)));
    return required;
  }

  private static List<Requirement> accessorRequirements(ApiSurface.Type owner,
      ApiSurface.Property p) {
    List<Requirement> required = new ArrayList<>();
    JavaApi.accessors(p).forEach((method, returns) ->
        required.add(new Requirement(owner.modelClass() + "#" + method, returns, false)));
    return required;
  }

  /** An operation's change, its Java judged against what was generated, as any other. */
  private void addOperationChange(OperationDiff.Found found) {
    List<Requirement> required = found.symbols().stream()
        .map(symbol -> new Requirement(symbol, found.returnTypes().get(symbol), false)).toList();
    add(found.kind(), found.element(), found.wire(), found.symbols(), found.old(),
        found.current(), List.of(), found.detail(), required);
  }

  /**
   * Records a change. Java breaks when a symbol the old jar had no longer links against what was
   * generated; it was kept when it links only thanks to a baseline.
   */
  private void add(Kind kind, String element, Compat wire, List<String> symbols, Location before,
      Location after, List<String> lostSuperclasses, String detail, List<Requirement> required) {
    boolean linksGenerated = required.stream().allMatch(r -> r.holds(generated.java));
    boolean linksDocs = generated == docs ? linksGenerated
        : required.stream().allMatch(r -> r.holds(docs.java));
    List<String> touched = new ArrayList<>(symbols);
    touched.addAll(lostSuperclasses);
    String why = wire == BREAKING && kind != Kind.TYPE_REMOVED
        ? detail + "; on the wire, " + kind.wireBreak() : detail;
    changes.add(new Change(kind, element, wire, Compat.of(!linksGenerated), before, after,
        touched, linksGenerated && !linksDocs, why));
  }
}

package dev.docmodel.generator.compat;

import dev.docmodel.generator.diag.Location;
import java.util.List;
import java.util.Locale;

/**
 * One difference between two versions of the model, classified twice, as buf classifies changes:
 * for the wire (can a client built on the old model still read and write the new payloads?) and
 * for Java (does code compiled against the old jar still compile and link against the new one?).
 *
 * @param element the OData qualified name, with {@code /member} for a property or enum member
 * @param old where the old docs (or the baseline) describe it, or null
 * @param current where the new docs describe it, or null
 * @param javaSymbols the fully qualified Java names the change touches: classes, and
 *     {@code Class#method(Type)} or {@code Enum#CONSTANT}
 * @param kept true when a baseline kept the old API, which is why Java is compatible
 * @param detail what changed, in words
 */
public record Change(Kind kind, String element, Compat wire, Compat java, Location old,
    Location current, List<String> javaSymbols, boolean kept, String detail) {

  public Change {
    javaSymbols = List.copyOf(javaSymbols);
  }

  public boolean breaking() {
    return wire == Compat.BREAKING || java == Compat.BREAKING;
  }

  public enum Compat {
    COMPATIBLE, BREAKING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Compat of(boolean breaking) {
      return breaking ? BREAKING : COMPATIBLE;
    }
  }

  /** What changed. Stable: reports and tools match on these names. */
  public enum Kind {
    TYPE_ADDED("New types"),
    TYPE_REMOVED("Removed types",
        "a payload that names it or holds it no longer reads as it"),
    TYPE_CATEGORY_CHANGED("Types that changed between enum and structured",
        "a value of the one shape (string or object) does not read as the other"),
    KIND_CHANGED("Types that changed between entity and complex"),
    BASE_CHANGED("Types with another base type",
        "a payload's inherited properties no longer read into typed properties"),
    KEY_CHANGED("Entity types with another key"),
    ABSTRACT_CHANGED("Types that became abstract or concrete",
        "a payload of the type itself is no longer valid"),
    OPEN_CHANGED("Types that became open or closed",
        "a payload with undeclared properties, valid before, may be refused by the service"),
    FLAGS_CHANGED("Enums that became flags or single values",
        "a payload's combined values no longer read as members"),
    PROPERTY_ADDED("New properties"),
    PROPERTY_REMOVED("Removed properties",
        "a payload's value no longer reads into a typed property (it is kept as additional data)"),
    PROPERTY_RENAMED_CASE("Properties whose wire name changed case",
        "a payload with the earlier spelling no longer reads into the property"),
    PROPERTY_TYPE_CHANGED("Properties with another type",
        "a payload's value of the earlier type does not read as the new type"),
    PROPERTY_COLLECTION_CHANGED("Properties that became or stopped being collections",
        "a payload's value does not read as the new shape (one value or an array)"),
    PROPERTY_NAVIGATION_CHANGED("Properties that became or stopped being navigation properties"),
    PROPERTY_JAVA_TYPE_CHANGED("Properties whose Java type changed with their type's"),
    ENUM_MEMBER_ADDED("New enum members"),
    ENUM_MEMBER_REMOVED("Removed enum members",
        "a payload's value no longer reads as a member (it is kept raw)"),
    ENUM_MEMBER_VALUE_CHANGED("Enum members with another numeric value"),
    JAVA_NAME_CHANGED("Java names that changed"),
    OPERATION_ADDED("New operations"),
    OPERATION_REMOVED("Removed operations",
        "its requests and results are no longer typed"),
    OPERATION_CHANGED("Operations with another kind or result",
        "its requests or results take another shape"),
    OPERATION_PARAMETER_ADDED("New function parameters"),
    OPERATION_PARAMETER_REMOVED("Removed function parameters",
        "a call that passes it is no longer typed"),
    OPERATION_PARAMETER_TYPE_CHANGED("Function parameters with another type",
        "a value of the earlier type does not read as the new type");

    private final String heading;
    private final String wireBreak;

    Kind(String heading) {
      this(heading, "");
    }

    /** @param wireBreak what a payload valid before meets after, when such a change breaks it */
    Kind(String heading, String wireBreak) {
      this.heading = heading;
      this.wireBreak = wireBreak;
    }

    /** Why a wire-breaking change of this kind breaks: what happens to a payload valid before. */
    public String wireBreak() {
      return wireBreak;
    }

    /** The changelog's heading for changes of this kind. */
    public String heading() {
      return heading;
    }
  }
}

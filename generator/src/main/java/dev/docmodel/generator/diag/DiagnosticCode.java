package dev.docmodel.generator.diag;

/**
 * Stable diagnostic codes. Never renumber or rename: reports and build logs are matched on them.
 * A code's severity says who acts: warnings are for users (what a baseline kept, a breaking change,
 * input no real page has), notes are about the docs' own quality.
 */
public enum DiagnosticCode {
  // reading
  PAGE_UNREADABLE(Severity.WARNING, "the page could not be read; it is skipped"),
  PAGE_TOO_LARGE(Severity.WARNING, "a page is far larger than any real page; its end is not read"),
  LINE_TOO_LONG(Severity.WARNING, "a line is far longer than any real line; its end is not read"),
  ANNOTATION_INVALID(Severity.NOTE, "an annotation comment is not valid JSON"),
  JSON_BLOCK_INVALID(Severity.NOTE, "a JSON representation block is not valid JSON"),
  TABLE_ROW_MALFORMED(Severity.NOTE, "a table row lacks a name or type"),
  NO_NAMESPACE(Severity.INFO, "the page names no namespace; the default one is used"),
  // linking
  TYPE_UNRESOLVED(Severity.NOTE, "a referenced type is defined nowhere; generated as an open type"),
  TYPE_EXPRESSION_UNKNOWN(Severity.NOTE, "a Type cell could not be understood"),
  TYPE_DEFINED_TWICE(Severity.NOTE, "a type is described by more than one page"),
  TYPE_KIND_CONFLICT(Severity.NOTE,
      "a name is described both as an enum and as a structured type; the structured type is kept"),
  PROPERTY_DUPLICATE(Severity.NOTE, "a property is listed twice for one type"),
  PROPERTY_TYPE_CONFLICT(Severity.NOTE, "sources disagree on a property's type; the table wins"),
  PROPERTY_NAME_CASE(Severity.INFO, "the table and the JSON representation spell a property in different case"),
  PROPERTY_ONLY_IN_SAMPLE(Severity.INFO, "a property appears only in the JSON representation"),
  PROPERTY_INHERITED_REPEATED(Severity.INFO, "a page repeats a property of its base type"),
  BASE_TYPE_CONFLICT(Severity.NOTE, "the annotation and the Inherits-from line disagree"),
  BASE_TYPE_INFERRED(Severity.INFO, "a type's base was inferred from its key or inherited properties"),
  KEY_PROPERTY_UNSHOWN(Severity.NOTE, "an annotation's key names a property no page shows; not used"),
  BASE_TYPE_CYCLE(Severity.NOTE, "types inherit from each other in a cycle; it is cut"),
  ENUM_INFERRED(Severity.INFO, "an enum type was inferred from a 'Possible values' description"),
  ENUM_MEMBER_DUPLICATE(Severity.NOTE, "an enum lists a member twice"),
  // checking examples against the model
  EXAMPLE_PROPERTY_UNDECLARED(Severity.NOTE, "an example holds a property its type does not declare"),
  EXAMPLE_VALUE_MISMATCH(Severity.NOTE, "an example's value does not fit the declared type"),
  EXAMPLE_ENUM_VALUE_UNLISTED(Severity.NOTE, "an example's enum value is not a documented member"),
  // emitting
  NAME_ADJUSTED(Severity.INFO, "a documented name was changed to be a legal, unique Java name"),
  // linking (codes added later go last: reports sort by code)
  TYPE_NAME_MALFORMED(Severity.NOTE, "a type name in the docs is not a well-formed qualified name"),
  // keeping a baseline's API (the page and line are where the docs described what was kept)
  BASELINE_INVALID(Severity.ERROR, "the baseline file cannot be used"),
  KEPT_TYPE(Severity.WARNING, "the docs no longer describe a type the baseline has; kept, deprecated"),
  KEPT_PROPERTY(Severity.WARNING, "the docs no longer list a property the baseline has; kept, deprecated"),
  KEPT_ENUM_MEMBER(Severity.WARNING, "the docs no longer list an enum member the baseline has; kept, deprecated"),
  KEPT_LEGACY_VIEW(Severity.WARNING, "the docs retyped a property; its earlier accessors are kept, deprecated"),
  BREAKING_CHANGE(Severity.WARNING, "a change of the docs that no baseline can keep compatible"),
  // slicing the model (--root)
  SLICE_ROOT_UNKNOWN(Severity.ERROR, "a root of the slice is not a type of the model"),
  SLICE_TAKEN(Severity.INFO, "what the slice holds and leaves out"),
  // linking, added later
  TYPE_NAME_CONFLICT(Severity.NOTE,
      "a page names its type in several unrelated ways; the name with the most evidence is used"),
  // operations (API pages' request lines, parameter tables and Response sections)
  OPERATION_UNBOUND(Severity.INFO,
      "an operation's request paths reach no type the pages explain; it is not generated"),
  OPERATION_TYPE_UNRESOLVED(Severity.INFO,
      "a parameter's type names no type of the model; it is typed as any JSON value"),
  OPERATION_DOCUMENTED_TWICE(Severity.INFO,
      "two pages document one operation; their parameters are united"),
  KEPT_OPERATION(Severity.WARNING,
      "the docs no longer document an operation the baseline has; kept, deprecated"),
  KEPT_PARAMETER(Severity.WARNING,
      "the docs no longer list a function parameter the baseline has; kept, deprecated");

  private final Severity severity;
  private final String summary;

  DiagnosticCode(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  public Severity severity() {
    return severity;
  }

  public String summary() {
    return summary;
  }
}

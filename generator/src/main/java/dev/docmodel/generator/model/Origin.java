package dev.docmodel.generator.model;

/** What made a type part of the model. */
public enum Origin {
  /** A page describes it (a resource or enum page, or a "values" table). */
  DOCUMENTED,
  /** Only a JSON sample shows it: a nested object carrying its {@code @odata.type}. */
  SAMPLE,
  /** An enum the docs do not name, inferred from a "Possible values" description. */
  INFERRED,
  /** Referenced by the docs but described nowhere: generated as an open type. */
  PLACEHOLDER,
  /**
   * The JSON body of an action, made from its documented parameters: not a type of the service,
   * so no export names it.
   */
  OPERATION_BODY
}

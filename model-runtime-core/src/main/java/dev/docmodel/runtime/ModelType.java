package dev.docmodel.runtime;

/**
 * A generated type as the core knows it: its OData name and its class. A JSON binding's
 * descriptor implements it and adds how to read and write the type.
 *
 * @param <T> the generated class
 */
public interface ModelType<T extends GraphObject> {
  /** The qualified OData name, e.g. {@code microsoft.graph.synchronizationJob}. */
  String odataName();

  /** The generated class. */
  Class<T> type();
}

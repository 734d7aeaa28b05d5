package dev.docmodel.runtime;

/**
 * What a PATCH of {@code value} sends: only the members that changed since its snapshot (taken on
 * read, or on request with the binding's {@code Changes.snapshot}); every member when it has none.
 * Give it to an ObjectMapper with the model's module, or to {@code Changes.toJson}.
 *
 * @param value the object as it is now
 * @param <T> its class
 */
public record PatchBody<T extends GraphObject>(T value) {
  public static <T extends GraphObject> PatchBody<T> of(T value) {
    return new PatchBody<>(value);
  }
}

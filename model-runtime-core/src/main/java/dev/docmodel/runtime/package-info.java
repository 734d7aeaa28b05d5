/**
 * The core of generated models, tied to no JSON library: presence tracking, raw values and unknown
 * members ({@link dev.docmodel.runtime.GraphObject}), the model's own JSON tree
 * ({@link dev.docmodel.runtime.JsonValue}), read problems and collection pages. A JSON binding
 * ({@code model-runtime-jackson2} or {@code model-runtime-jackson3}, package
 * {@code dev.docmodel.runtime.jackson} in both) reads and writes them. Null-marked: what is not
 * {@code @Nullable} is never null.
 */
@NullMarked
package dev.docmodel.runtime;

import org.jspecify.annotations.NullMarked;

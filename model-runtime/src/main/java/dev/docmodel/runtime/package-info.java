/**
 * The runtime of generated models: presence tracking, raw values and unknown members
 * ({@link dev.docmodel.runtime.GraphObject}), the generic read and write loops
 * ({@link dev.docmodel.runtime.GraphJson}, {@link dev.docmodel.runtime.Values}) and the Jackson
 * module base ({@link dev.docmodel.runtime.GraphModule}). Null-marked: what is not
 * {@code @Nullable} is never null.
 */
@NullMarked
package dev.docmodel.runtime;

import org.jspecify.annotations.NullMarked;

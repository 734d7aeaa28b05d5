package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.read.Page;
import java.util.List;

/**
 * An operation one API page documents, before its binding is decided: the request lines that call
 * it, what each line's path reaches, and what the page's title and file name suggest.
 *
 * @param name the name as the first request line writes it
 * @param reached what each request line's path reaches before the operation, where the walk
 *     succeeded
 * @param hint the type the title ({@code user: assignLicense}) or the file name
 *     ({@code user-assignlicense.md}) names, or null
 * @param hintCollection the last request line calls the operation on a collection (no key before
 *     it)
 * @param arguments the parameter names the request lines' call segments show
 */
record OperationDraft(Page page, String name, Operation.Kind kind, List<Page.RequestLine> lines,
    List<Target> reached, QualifiedName hint, boolean hintCollection, List<String> arguments) {}

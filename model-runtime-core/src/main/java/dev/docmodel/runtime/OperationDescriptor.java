package dev.docmodel.runtime;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A bound OData action or function as its API page documents it: enough to call it from any HTTP
 * client. The generated {@code XxxOperations} classes hold one per operation bound to type Xxx.
 *
 * @param name the operation's name, the last segment of its request path
 * @param bindingType the qualified OData name of the type it is bound to
 * @param boundToCollection bound to a collection of the binding type ({@code /users/delta()})
 * @param method {@code POST} for an action, {@code GET} for a function
 * @param paths the docs' request path templates, as written ({@code /users/{id | userPrincipalName}/assignLicense})
 * @param body the class of an action's JSON body, or null when it takes none
 * @param parameters the parameters' wire names, in docs order
 * @param result the class of the result (of each element of a collection result), or null when
 *     the operation returns nothing
 * @param resultModel the result's model type when it is a generated class, else null
 * @param resultCollection the result is a collection, in OData's {@code {"value": [...]}} envelope
 * @param <B> the body class ({@code Void} without one)
 * @param <R> the result class ({@code Void} without one)
 */
@NullMarked
public record OperationDescriptor<B, R>(
    String name,
    Kind kind,
    String bindingType,
    boolean boundToCollection,
    String method,
    List<String> paths,
    @Nullable Class<B> body,
    List<String> parameters,
    @Nullable Class<R> result,
    @Nullable ModelType<?> resultModel,
    boolean resultCollection) {

  /** OData's two kinds of operation. */
  public enum Kind {
    /** May change state; called with POST, parameters in a JSON body. */
    ACTION,
    /** Does not change state; called with GET, parameters in the call segment of the URL. */
    FUNCTION
  }

  public OperationDescriptor {
    paths = List.copyOf(paths);
    parameters = List.copyOf(parameters);
  }

  /**
   * The request path for an action, or a function without parameters, applied to the resource at
   * {@code resourcePath} ({@code /me} → {@code /me/assignLicense}). A function with parameters
   * takes its call segment instead: {@code resourcePath + "/" + call.segment()}.
   */
  public String pathFrom(String resourcePath) {
    String base = resourcePath.endsWith("/")
        ? resourcePath.substring(0, resourcePath.length() - 1) : resourcePath;
    return base + "/" + name + (kind == Kind.FUNCTION ? "()" : "");
  }
}

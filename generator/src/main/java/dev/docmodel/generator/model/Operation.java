package dev.docmodel.generator.model;

import dev.docmodel.generator.diag.Location;
import java.util.List;

/**
 * A bound OData action or function as an API page documents it: {@code user: assignLicense}.
 *
 * @param binding the type the operation is bound to
 * @param boundToCollection bound to a collection of {@code binding} ({@code /users/delta})
 * @param name the operation's name as the request path writes it
 * @param parameters the parameters besides the binding one, in docs order
 * @param result what it returns, or null when nothing
 * @param requests the request lines of the page that call it, in docs order
 * @param description the page's first sentence of description, plain text
 * @param location the page's title, or its first request line
 * @param kept set when the docs no longer document the operation and a baseline keeps it
 */
public record Operation(
    QualifiedName binding,
    boolean boundToCollection,
    String name,
    Kind kind,
    List<Parameter> parameters,
    Result result,
    List<Request> requests,
    String description,
    Location location,
    Kept kept) {

  /** OData's two kinds of operation: an action may change state, a function may not. */
  public enum Kind {
    ACTION,
    FUNCTION
  }

  public Operation {
    parameters = List.copyOf(parameters);
    requests = List.copyOf(requests);
  }

  /**
   * A parameter: in an action's JSON body, or in a function's call segment.
   *
   * @param optional the docs call it optional
   * @param kept set when the docs no longer list the parameter and a baseline keeps it
   */
  public record Parameter(String name, TypeRef type, boolean collection, boolean optional,
      String description, Location location, Kept kept) {
    public Parameter(String name, TypeRef type, boolean collection, boolean optional,
        String description, Location location) {
      this(name, type, collection, optional, description, location, null);
    }
  }

  /** The same operation with these parameters. */
  public Operation withParameters(List<Parameter> newParameters) {
    return new Operation(binding, boundToCollection, name, kind, newParameters, result, requests,
        description, location, kept);
  }

  /** The same operation with these request lines. */
  public Operation withRequests(List<Request> newRequests) {
    return new Operation(binding, boundToCollection, name, kind, parameters, result, newRequests,
        description, location, kept);
  }

  /** What an operation returns: one value or a collection of values of {@code type}. */
  public record Result(TypeRef type, boolean collection) {}

  /** A documented request line: the method and the path template, as the docs write them. */
  public record Request(String method, String path, Location location) {}

  /**
   * What tells operations apart: the binding type, whether bound to a collection, the name
   * ({@code microsoft.graph.user[]/delta}); as a baseline's operations are matched.
   */
  public String identity() {
    return binding + (boundToCollection ? "[]" : "") + "/" + name;
  }

  public boolean isFunction() {
    return kind == Kind.FUNCTION;
  }
}

package dev.docmodel.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Graph's error body, {@code {"error": {"code", "message", "target", "details", "innerError"}}}, as
 * every failed request answers (OData JSON format, section 21.1). The docs describe it in prose
 * only, so it is written here rather than generated. No value is lost: members this record does
 * not name stay in {@code additionalData}, in order, and {@link #toEnvelope()} writes them back
 * after the named ones ({@code innererror}, as some services spell it, is written
 * {@code innerError}).
 *
 * @param code the service's error code ({@code ItemAlreadyExists}), or null
 * @param message the human-readable message, or null
 * @param target what the error is about, or null
 * @param details further errors, each with its code, message and target
 * @param innerError the service's diagnostics (request id, date), or null
 * @param additionalData every other member of the error object
 */
@NullMarked
public record ODataError(@Nullable String code, @Nullable String message, @Nullable String target,
    List<ODataError> details, @Nullable InnerError innerError,
    Map<String, JsonValue> additionalData) {

  public ODataError {
    details = List.copyOf(details);
    additionalData = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(additionalData));
  }

  /**
   * The error of a response body {@code {"error": {...}}}; null when the body is not one (a
   * success, or an error page from a proxy).
   */
  public static @Nullable ODataError fromEnvelope(@Nullable JsonValue body) {
    JsonValue error = body == null ? null : body.get("error");
    return error instanceof JsonValue.Obj ? of(error) : null;
  }

  /** The error object itself (the value of {@code error}). */
  public static ODataError of(JsonValue error) {
    Map<String, JsonValue> rest = Members.of(error);
    List<ODataError> details = new ArrayList<>();
    JsonValue listed = rest.remove("details");
    if (listed instanceof JsonValue.Arr array) {
      array.elements().forEach(detail -> details.add(of(detail)));
    } else if (listed != null) {
      rest.put("details", listed); // not an array: kept as written
    }
    JsonValue inner = Members.take(rest, "innerError", "innererror");
    return new ODataError(Members.text(rest, "code"), Members.text(rest, "message"),
        Members.text(rest, "target"), details,
        inner instanceof JsonValue.Obj ? InnerError.of(inner) : null, rest);
  }

  /** The body a service would send: {@code {"error": {...}}}. */
  public JsonValue toEnvelope() {
    return JsonValue.object(Map.of("error", toJsonValue()));
  }

  /** The error object. */
  public JsonValue toJsonValue() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    Members.put(members, "code", code);
    Members.put(members, "message", message);
    Members.put(members, "target", target);
    if (!details.isEmpty()) {
      members.put("details", JsonValue.array(details.stream().map(ODataError::toJsonValue)
          .toList()));
    }
    if (innerError != null) {
      members.put("innerError", innerError.toJsonValue());
    }
    members.putAll(additionalData);
    return JsonValue.object(members);
  }

  /**
   * The service's diagnostics of one error: what support asks for.
   *
   * @param code a more specific code, or null
   * @param requestId the {@code request-id} to quote to support, or null
   * @param clientRequestId the {@code client-request-id} the client sent, or null
   * @param date when the service failed, as written, or null
   * @param innerError a more specific inner error, or null
   * @param additionalData every other member, in order
   */
  public record InnerError(@Nullable String code, @Nullable String requestId,
      @Nullable String clientRequestId, @Nullable String date, @Nullable InnerError innerError,
      Map<String, JsonValue> additionalData) {

    public InnerError {
      additionalData = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(additionalData));
    }

    static InnerError of(JsonValue value) {
      Map<String, JsonValue> rest = Members.of(value);
      JsonValue nested = Members.take(rest, "innerError", "innererror");
      return new InnerError(Members.text(rest, "code"), Members.text(rest, "request-id"),
          Members.text(rest, "client-request-id"), Members.text(rest, "date"),
          nested instanceof JsonValue.Obj ? of(nested) : null, rest);
    }

    JsonValue toJsonValue() {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      Members.put(members, "code", code);
      Members.put(members, "request-id", requestId);
      Members.put(members, "client-request-id", clientRequestId);
      Members.put(members, "date", date);
      if (innerError != null) {
        members.put("innerError", innerError.toJsonValue());
      }
      members.putAll(additionalData);
      return JsonValue.object(members);
    }
  }
}

package com.pullsafe.api;

import com.pullsafe.shared.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem details, the body of every API error. */
public final class Problems {

  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private Problems() {}

  public static Response of(Response.StatusType status, String detail) {
    return builder(status, detail).build();
  }

  /** A problem answer still open for headers (e.g. {@code Allow} on a 405). */
  public static Response.ResponseBuilder builder(Response.StatusType status, String detail) {
    return response(status, base(status, detail).build());
  }

  public static Response invalid(List<InvalidInput.FieldError> errors) {
    String detail =
        errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.";
    return invalid(detail, errors);
  }

  /** A 400 with {@code detail} and, when there are any, the refused fields. */
  public static Response invalid(String detail, List<InvalidInput.FieldError> errors) {
    Response.Status status = Response.Status.BAD_REQUEST;
    JsonObjectBuilder body = base(status, detail);
    if (!errors.isEmpty()) {
      body.add("errors", fieldErrors(errors));
    }
    return response(status, body.build()).build();
  }

  /**
   * A 409: the request is refused by the rule {@code rule} (a problem member of that name), with
   * the refused fields.
   */
  public static Response refusedByRule(
      String detail, String rule, List<InvalidInput.FieldError> errors) {
    Response.Status status = Response.Status.CONFLICT;
    JsonObjectBuilder body = base(status, detail).add("rule", rule);
    body.add("errors", fieldErrors(errors));
    return response(status, body.build()).build();
  }

  /** A 409 whose clash lies in the named fields. */
  public static Response conflict(String detail, List<InvalidInput.FieldError> errors) {
    Response.Status status = Response.Status.CONFLICT;
    JsonObjectBuilder body = base(status, detail).add("errors", fieldErrors(errors));
    return response(status, body.build()).build();
  }

  private static JsonArrayBuilder fieldErrors(List<InvalidInput.FieldError> errors) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    errors.forEach(
        e ->
            list.add(
                Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
    return list;
  }

  /** The body of a problem answer, for writers outside JAX-RS. */
  static String body(Response.StatusType status, String detail) {
    return base(status, detail).build().toString();
  }

  private static JsonObjectBuilder base(Response.StatusType status, String detail) {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", status.getReasonPhrase())
        .add("status", status.getStatusCode())
        .add("detail", detail == null ? status.getReasonPhrase() : detail);
  }

  private static Response.ResponseBuilder response(Response.StatusType status, JsonObject body) {
    return Response.status(status).type(PROBLEM_JSON).entity(body.toString());
  }
}

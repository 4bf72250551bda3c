package com.pullsafe.api;

import com.pullsafe.platform.InvalidInput;
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

  public static Response of(Response.Status status, String detail) {
    return response(status, base(status, detail).build());
  }

  public static Response invalid(List<InvalidInput.FieldError> errors) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
    Response.Status status = Response.Status.BAD_REQUEST;
    String detail = errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.";
    return response(status, base(status, detail).add("errors", list).build());
  }

  private static JsonObjectBuilder base(Response.Status status, String detail) {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", status.getReasonPhrase())
        .add("status", status.getStatusCode())
        .add("detail", detail == null ? status.getReasonPhrase() : detail);
  }

  private static Response response(Response.Status status, JsonObject body) {
    return Response.status(status).type(PROBLEM_JSON).entity(body.toString()).build();
  }
}

package com.pullsafe.api;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.DatabaseOutage;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.spi.Failure;
import org.jboss.resteasy.spi.ReaderException;

/**
 * Problem details for requests the API cannot take as sent: a body that is not JSON or does not fit
 * (400, naming the field where the binder says which), an unknown path (404), a wrong method (405),
 * and the last resort for anything unexpected (500, logged, no stack trace in the answer).
 */
public final class RequestErrorMappers {

  static final String MALFORMED = "The request body is not well-formed JSON";
  static final String BAD_BODY = "The request body does not fit this request.";
  static final String MALFORMED_REQUEST =
      "This request cannot be read as sent: a header, the address or the body is malformed.";

  private static final Bundle TEXTS = Bundle.of("ValidationMessages", RequestErrorMappers.class);

  private RequestErrorMappers() {}

  /**
   * What RESTEasy throws when a body cannot be read: it wraps the JSON-B provider's {@link
   * ProcessingException} (itself wrapping Yasson's {@link JsonbException}), or whatever a reader
   * interceptor threw: {@link BodyReading}' {@link InvalidInput} or refusal.
   */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<ReaderException> {
    @Override
    public Response toResponse(ReaderException e) {
      Optional<InvalidInput> invalid = cause(e, InvalidInput.class);
      if (invalid.isPresent()) {
        return Problems.invalid(invalid.get().errors());
      }
      return cause(e, BodyReading.BodyRefused.class)
          .map(WebApplicationException::getResponse)
          .orElseGet(() -> badBody(e));
    }
  }

  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return badBody(e);
    }
  }

  @Provider
  public static class Binding implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return badBody(e);
    }
  }

  /**
   * JAX-RS's own errors (404 unknown path, 405, 406, 415...): same status, as problem details. A
   * POST without any body or content type is a missing body (400), not an unsupported one.
   */
  @Provider
  public static class Protocol implements ExceptionMapper<WebApplicationException> {

    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      if (Problems.PROBLEM_JSON.isCompatible(original.getMediaType())) {
        return original;
      }
      if (original.getStatus() == 415 && withoutBody()) {
        return Problems.invalid(BodyReading.missing().errors());
      }
      Response.ResponseBuilder problem =
          Problems.builder(original.getStatusInfo(), detailOf(original.getStatus()));
      original
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                  values.forEach(v -> problem.header(name, v));
                }
              });
      return problem.build();
    }

    private boolean withoutBody() {
      String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
      return headers.getMediaType() == null && (length == null || "0".equals(length.trim()));
    }

    private static String detailOf(int status) {
      return switch (status) {
        case 404 -> "There is nothing at this address.";
        case 405 -> "This address does not take this method; see the Allow header.";
        case 406 -> "This address answers in application/json only.";
        case 415 -> "Send the body as application/json.";
        default -> null;
      };
    }
  }

  /**
   * RESTEasy's own refusal of a request it cannot take as sent, such as an Accept header whose
   * {@code q} is not a number: the status it gives (a 4xx), as problem details.
   */
  @Provider
  public static class Refused implements ExceptionMapper<Failure> {
    @Override
    public Response toResponse(Failure e) {
      int status = e.getResponse() == null ? e.getErrorCode() : e.getResponse().getStatus();
      Response.Status known = Response.Status.fromStatusCode(status);
      if (known == null || known.getFamily() != Response.Status.Family.CLIENT_ERROR) {
        return Unexpected.answer(e);
      }
      return Problems.of(known, MALFORMED_REQUEST);
    }
  }

  /**
   * Anything else is our fault: 500, logged with an id the answer repeats, no internals shown; but
   * a database that cannot be reached is an outage the client should ride out: 503 with
   * Retry-After.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Exception e) {
      return answer(e);
    }

    static Response answer(Exception e) {
      if (DatabaseOutage.causedBy(e)) {
        LOG.warning(() -> "API request refused while the database is unreachable: " + e);
        return Problems.builder(
                Response.Status.SERVICE_UNAVAILABLE,
                "The service is briefly unavailable. Nothing was stored; please try again.")
            .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
            .build();
      }
      String incident = Long.toHexString(System.nanoTime());
      LOG.log(Level.SEVERE, "API request failed, incident " + incident, e);
      return Problems.of(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Something went wrong on our side (incident " + incident + "). Nothing was stored.");
    }
  }

  /** Yasson names the property it could not bind: "Unable to deserialize property 'x' ...". */
  private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

  static Response badBody(Throwable e) {
    Optional<String> field = propertyIn(e);
    return Problems.invalid(
        BAD_BODY,
        field
            .map(f -> List.of(new FieldError(f, TEXTS.text("pullsafe.body.wrongType"))))
            .orElse(List.of()));
  }

  private static Optional<String> propertyIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher matcher = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}

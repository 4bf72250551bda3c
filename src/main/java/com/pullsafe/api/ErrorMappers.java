package com.pullsafe.api;

import com.pullsafe.program.AssignmentRefused;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.Throttled;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps the domain's exceptions to problem details, once for the whole API. */
public final class ErrorMappers {

  private ErrorMappers() {}

  /** A role refused by an EJB is 403, not the container's default 500. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return Problems.of(Response.Status.FORBIDDEN, "Your role may not do this.");
    }
  }

  @Provider
  public static class NotFoundMapper implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound e) {
      return Problems.of(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  @Provider
  public static class ConflictMapper implements ExceptionMapper<Conflict> {
    @Override
    public Response toResponse(Conflict e) {
      return e.errors().isEmpty()
          ? Problems.of(Response.Status.CONFLICT, e.getMessage())
          : Problems.conflict(e.getMessage(), e.errors());
    }
  }

  /** A rule refused the request: 409 naming the rule and each refused field. */
  @Provider
  public static class AssignmentRefusedMapper implements ExceptionMapper<AssignmentRefused> {
    @Override
    public Response toResponse(AssignmentRefused e) {
      return Problems.refusedByRule(e.getMessage(), e.rule(), e.errors());
    }
  }

  /** Done too often for now: 429, and {@code Retry-After} says how long to wait. */
  @Provider
  public static class ThrottledMapper implements ExceptionMapper<Throttled> {
    @Override
    public Response toResponse(Throttled e) {
      return Problems.builder(Response.Status.TOO_MANY_REQUESTS, e.getMessage())
          .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
          .build();
    }
  }

  @Provider
  public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
    @Override
    public Response toResponse(InvalidInput e) {
      return Problems.invalid(e.errors());
    }
  }
}

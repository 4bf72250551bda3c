package com.pullsafe.api;

import com.pullsafe.identity.ApiRefusal;
import com.pullsafe.platform.Bundle;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API answers only signed-in callers: every other request ends here, before any resource is
 * matched, with problem details saying why (the refusal the authentication mechanism left on the
 * request, or 401 without credentials). Being an ordinary answer of the API, it passes the servlet
 * filters like any other, so it carries the same security headers, and nothing logs an error.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiSignInFilter implements ContainerRequestFilter {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.SignInMessages", ApiSignInFilter.class);

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request.getUserPrincipal() != null) {
      return;
    }
    ApiRefusal refusal =
        request.getAttribute(ApiRefusal.ATTRIBUTE) instanceof ApiRefusal left
            ? left
            : ApiRefusal.of(ApiRefusal.Kind.UNAUTHORIZED);
    context.abortWith(answer(refusal));
  }

  static Response answer(ApiRefusal refusal) {
    ApiRefusal.Kind kind = refusal.kind();
    String body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", TEXTS.text("api." + kind + ".title"))
            .add("status", kind.status())
            .add("detail", TEXTS.text("api." + kind + ".detail", refusal.retryAfterSeconds()))
            .build()
            .toString();
    Response.ResponseBuilder answer =
        Response.status(kind.status())
            .type(Problems.PROBLEM_JSON)
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .entity(body);
    if (kind == ApiRefusal.Kind.UNAUTHORIZED) {
      answer
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PullSafe\", charset=\"UTF-8\"")
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"PullSafe\"");
    }
    if (refusal.retryAfterSeconds() > 0) {
      answer.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
    }
    return answer.build();
  }
}

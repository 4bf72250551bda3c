package com.pullsafe.api;

import com.pullsafe.identity.ApiRefusal;
import com.pullsafe.shared.Bundle;
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
 * Version 1 of the API answers only signed-in callers (except the password-reset requests of {@link
 * PasswordResetsResource}): every other request ends here, before any resource is matched, with
 * problem details saying why (401 without credentials); so does any API request whose credentials
 * the authentication mechanism refused. Being an ordinary answer of the API, it passes the servlet
 * filters like any other, so it carries the same security headers, and nothing logs an error.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiSignInFilter implements ContainerRequestFilter {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.SignInMessages", ApiSignInFilter.class);

  private static final String VERSION_ONE = "/v1";
  private static final String BEARER_CHALLENGE = "Bearer realm=\"PullSafe\"";

  /**
   * The problem type of HTTP Basic refused for an account with a second factor: a client tells it
   * apart from a wrong password by this, not by the text.
   */
  public static final String SECOND_FACTOR_REQUIRED_TYPE =
      "https://pullsafe.com/problems/second-factor-required";

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request.getAttribute(ApiRefusal.ATTRIBUTE) instanceof ApiRefusal refusal) {
      context.abortWith(answer(refusal));
    } else if (request.getUserPrincipal() == null && isVersionOne() && !isPublic()) {
      context.abortWith(answer(ApiRefusal.of(ApiRefusal.Kind.UNAUTHORIZED)));
    }
  }

  private static String problemType(ApiRefusal.Kind kind) {
    return kind == ApiRefusal.Kind.SECOND_FACTOR_REQUIRED
        ? SECOND_FACTOR_REQUIRED_TYPE
        : "about:blank";
  }

  /** Asking for a password reset link and using one need no sign-in, and take only POST. */
  private boolean isPublic() {
    String path = request.getPathInfo();
    return "POST".equals(request.getMethod())
        && (PasswordResetsResource.REQUEST_PATH.equals(path)
            || PasswordResetsResource.COMPLETION_PATH.equals(path));
  }

  /** The path as the container routed it (decoded, dot segments and doubled slashes resolved). */
  private boolean isVersionOne() {
    String path = request.getPathInfo();
    return path != null && (path.equals(VERSION_ONE) || path.startsWith(VERSION_ONE + "/"));
  }

  static Response answer(ApiRefusal refusal) {
    ApiRefusal.Kind kind = refusal.kind();
    String body =
        Json.createObjectBuilder()
            .add("type", problemType(kind))
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
          .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    } else if (kind == ApiRefusal.Kind.SECOND_FACTOR_REQUIRED) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    }
    if (refusal.retryAfterSeconds() > 0) {
      answer.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
    }
    return answer.build();
  }
}

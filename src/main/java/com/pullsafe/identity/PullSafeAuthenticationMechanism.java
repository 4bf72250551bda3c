package com.pullsafe.identity;

import com.pullsafe.platform.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The application's one authentication mechanism. Under {@code /api/} it takes HTTP Basic or a
 * personal access token ({@code Authorization: Bearer}) on every request and keeps no session; for
 * pages it takes the login form's credentials (via {@code SecurityContext.authenticate}), remembers
 * the caller in the HTTP session and sends anonymous visitors of protected pages to the login page.
 */
@ApplicationScoped
public class PullSafeAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Request attribute set when a sign-in was refused because of too many failures. */
  public static final String LOCKED_OUT = "pullsafe.lockedOut";

  /** Request attribute set when the right credentials were refused: the tenant is suspended. */
  public static final String TENANT_SUSPENDED = "pullsafe.tenantSuspended";

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String SESSION_CALLER = "pullsafe.caller";
  private static final String BASIC = "Basic";
  private static final String BEARER = "Bearer";

  @Inject private Accounts accounts;
  @Inject private LoginThrottle throttle;
  @Inject private ApiChallenge apiChallenge;
  @Inject private AccessTokens accessTokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return isApi(request)
          ? validateApiRequest(request, response, context)
          : validatePageRequest(request, context);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      return apiChallenge.unavailable(response, isApi(request));
    }
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (hasScheme(authorization, BASIC)) {
      return signInWithBasic(credentials(authorization, BASIC), response, context);
    }
    if (hasScheme(authorization, BEARER)) {
      return signInWithToken(credentials(authorization, BEARER), response, context);
    }
    return context.isProtected()
        ? apiChallenge.unauthorized(response, context)
        : context.doNothing();
  }

  private AuthenticationStatus signInWithBasic(
      String encoded, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential credential = decodeBasic(encoded);
    if (credential == null) {
      return apiChallenge.unauthorized(response, context);
    }
    if (throttle.isLocked(credential.getCaller())) {
      return apiChallenge.lockedOut(response, context);
    }
    return signInApi(check(credential), response, context);
  }

  private AuthenticationStatus signInApi(
      CredentialCheck result, HttpServletResponse response, HttpMessageContext context) {
    return switch (result.outcome()) {
      case VALID ->
          context.notifyContainerAboutLogin(
              result.user().email(), Set.of(result.user().role().name()));
      case TENANT_SUSPENDED -> apiChallenge.tenantSuspended(response);
      case INVALID -> apiChallenge.unauthorized(response, context);
    };
  }

  /** A personal access token: one hash lookup, no throttle needed for 256 random bits. */
  private AuthenticationStatus signInWithToken(
      String token, HttpServletResponse response, HttpMessageContext context) {
    return signInApi(accessTokens.check(token), response, context);
  }

  private AuthenticationStatus validatePageRequest(
      HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential login) {
      return signIn(request, context, login);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    if (throttle.isLocked(login.getCaller())) {
      request.setAttribute(LOCKED_OUT, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialCheck result = check(login);
    if (result.outcome() == CredentialCheck.Outcome.TENANT_SUSPENDED) {
      request.setAttribute(TENANT_SUSPENDED, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!result.isValid()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Set<String> groups = Set.of(result.user().role().name());
    // A fresh session id on sign-in, so an id planted before login is worthless afterwards.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(SESSION_CALLER, new SessionCaller(result.user().email(), groups));
    return context.notifyContainerAboutLogin(result.user().email(), groups);
  }

  /** Only a wrong password counts towards the lockout; a suspended tenant's user had it right. */
  private CredentialCheck check(UsernamePasswordCredential credential) {
    CredentialCheck result =
        accounts.check(credential.getCaller(), credential.getPasswordAsString());
    if (result.outcome() == CredentialCheck.Outcome.INVALID) {
      throttle.recordFailure(credential.getCaller());
    } else {
      throttle.recordSuccess(credential.getCaller());
    }
    return result;
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String decoded =
          new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static boolean hasScheme(String authorization, String scheme) {
    return authorization != null
        && authorization.length() > scheme.length()
        && authorization.regionMatches(true, 0, scheme, 0, scheme.length())
        && authorization.charAt(scheme.length()) == ' ';
  }

  private static String credentials(String authorization, String scheme) {
    return authorization.substring(scheme.length() + 1).trim();
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /** What the session remembers of a signed-in page user. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  /**
   * Writes the API's 401 and 429 answers as problem details. They report SEND_CONTINUE (the answer
   * is complete) because SEND_FAILURE would make the container replace the body.
   */
  @ApplicationScoped
  static class ApiChallenge {

    AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"PullSafe\", charset=\"UTF-8\"");
      response.addHeader("WWW-Authenticate", "Bearer realm=\"PullSafe\"");
      write(
          response,
          401,
          "Unauthorized",
          "Sign in with HTTP Basic (e-mail and password) or a Bearer token.");
      return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Right credentials, but the user's tenant is suspended: 403, saying so. */
    AuthenticationStatus tenantSuspended(HttpServletResponse response) {
      write(
          response,
          403,
          "Organisation suspended",
          "Your organisation's access to PullSafe is suspended. Ask your coaching business or"
              + " the PullSafe administrators to reactivate it.");
      return AuthenticationStatus.SEND_CONTINUE;
    }

    AuthenticationStatus lockedOut(HttpServletResponse response, HttpMessageContext context) {
      response.setHeader("Retry-After", Long.toString(LoginThrottle.WINDOW.toSeconds()));
      write(
          response,
          429,
          "Too many failed sign-ins",
          "Too many failed sign-ins for this account. Try again in 15 minutes.");
      return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The database cannot be reached to check the caller: 503 with Retry-After, so clients retry,
     * rather than a 500 or a refusal that would look like bad credentials.
     */
    AuthenticationStatus unavailable(HttpServletResponse response, boolean api) {
      response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
      if (api) {
        write(
            response,
            503,
            "Service Unavailable",
            "The service is briefly unavailable. Nothing was stored; please try again.");
      } else {
        try {
          response.sendError(503);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }

    private static void write(
        HttpServletResponse response, int status, String title, String detail) {
      try {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .build()
                    .toString());
        response.flushBuffer();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

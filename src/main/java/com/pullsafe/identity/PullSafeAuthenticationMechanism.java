package com.pullsafe.identity;

import com.pullsafe.identity.SignInEvent.Channel;
import com.pullsafe.shared.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The application's one authentication mechanism. For the API (servlet path {@value #API_PATH},
 * where JAX-RS is mapped) it takes HTTP Basic or a personal access token ({@code Authorization:
 * Bearer}) on every request, never the session; Basic only from accounts that sign in to the pages
 * with their password alone, since Basic cannot carry a second factor. For pages it takes the login
 * form's credentials (via {@code SecurityContext.authenticate}), remembers the caller in the HTTP
 * session, checks on every request that the account still stands, and sends anonymous visitors of
 * protected pages to the login page.
 *
 * <p>It never writes an API refusal itself: Undertow would then try to send an error page over the
 * committed answer and log an error. It leaves an {@link ApiRefusal} on the request instead, and
 * the API's sign-in filter answers with problem details.
 */
@ApplicationScoped
public class PullSafeAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Request attribute with the {@link SignInResult} of a refused sign-in on the login page. */
  public static final String REFUSED_SIGN_IN = "pullsafe.refusedSignIn";

  /** Request attribute with the {@link SecondFactorResult} of the second sign-in step. */
  public static final String SECOND_FACTOR_RESULT = "pullsafe.secondFactor";

  /** The page asking for the second factor's code. */
  public static final String CODE_PAGE = "/login-code.xhtml";

  /** The page where a user who must use a second factor sets it up before signing in. */
  public static final String ENROL_PAGE = "/login-enrol.xhtml";

  /** The login page's parameter saying why a session ended: {@code suspended} or {@code ended}. */
  public static final String ENDED_PARAMETER = "ended";

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String API_PATH = "/api";
  private static final String BASIC = "Basic";
  private static final String BEARER = "Bearer";

  @Inject private PasswordSignIn passwords;
  @Inject private AccessTokenService accessTokens;
  @Inject private SessionStanding standing;
  @Inject private SecurityEvents events;
  @Inject private SecondFactorSignIn secondFactor;
  @Inject private Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean api = isApi(request);
    try {
      return api
          ? validateApiRequest(request, context)
          : validatePageRequest(request, response, context);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      return api
          ? refuse(request, context, new ApiRefusal(ApiRefusal.Kind.UNAVAILABLE, retryOutage()))
          : pageUnavailable(response);
    }
  }

  /** Decided as the container routes the request, so encoded or doubled slashes change nothing. */
  static boolean isApi(HttpServletRequest request) {
    return API_PATH.equals(request.getServletPath());
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (hasScheme(authorization, BASIC)) {
      return signInWithBasic(request, credentials(authorization, BASIC), context);
    }
    if (hasScheme(authorization, BEARER)) {
      return signInWithToken(request, credentials(authorization, BEARER), context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signInWithBasic(
      HttpServletRequest request, String encoded, HttpMessageContext context) {
    String[] login = decodeBasic(encoded);
    if (login.length == 0) {
      events.malformed(Channel.API, request.getRemoteAddr());
      return refuse(request, context, ApiRefusal.of(ApiRefusal.Kind.UNAUTHORIZED));
    }
    SignInResult result =
        passwords.signIn(login[0], login[1], request.getRemoteAddr(), Channel.API);
    return switch (result.outcome()) {
      case VALID -> signedIn(context, result.user());
      case INVALID -> refuse(request, context, ApiRefusal.of(ApiRefusal.Kind.UNAUTHORIZED));
      case TENANT_SUSPENDED ->
          refuse(request, context, ApiRefusal.of(ApiRefusal.Kind.TENANT_SUSPENDED));
      case SECOND_FACTOR_REQUIRED ->
          refuse(request, context, ApiRefusal.of(ApiRefusal.Kind.SECOND_FACTOR_REQUIRED));
      case THROTTLED ->
          refuse(
              request,
              context,
              new ApiRefusal(ApiRefusal.Kind.THROTTLED, result.retryAfterSeconds()));
      case BUSY ->
          refuse(
              request, context, new ApiRefusal(ApiRefusal.Kind.BUSY, result.retryAfterSeconds()));
    };
  }

  /** A personal access token: one hash lookup, no throttle needed for 256 random bits. */
  private AuthenticationStatus signInWithToken(
      HttpServletRequest request, String token, HttpMessageContext context) {
    CredentialCheck result = accessTokens.check(token);
    return switch (result.outcome()) {
      case VALID -> signedIn(context, result.user());
      case TENANT_SUSPENDED ->
          refuse(request, context, ApiRefusal.of(ApiRefusal.Kind.TENANT_SUSPENDED));
      case INVALID -> refuse(request, context, ApiRefusal.of(ApiRefusal.Kind.UNAUTHORIZED));
    };
  }

  private static AuthenticationStatus signedIn(HttpMessageContext context, SignedInUser user) {
    return context.notifyContainerAboutLogin(user.email(), Set.of(user.role().name()));
  }

  /** The request goes on unauthenticated; the API's sign-in filter answers with the refusal. */
  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpMessageContext context, ApiRefusal refusal) {
    request.setAttribute(ApiRefusal.ATTRIBUTE, refusal);
    return context.doNothing();
  }

  private AuthenticationStatus validatePageRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential login) {
      return signIn(request, context, login);
    }
    if (context.isAuthenticationRequest() && credential instanceof SecondFactorCredential code) {
      return completeSignIn(request, context, code);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession caller) {
      SessionStanding.Verdict verdict = standing.check(request, caller);
      if (verdict == SessionStanding.Verdict.STANDS) {
        return context.notifyContainerAboutLogin(caller.email(), caller.groups());
      }
      session.invalidate();
      if (context.isProtected()) {
        return toLoginPage(request, response, context, endedReason(verdict));
      }
      return context.doNothing();
    }
    if (context.isProtected()) {
      return toLoginPage(request, response, context, null);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    SignInResult result =
        passwords.signIn(
            login.getCaller(),
            login.getPassword() == null ? null : login.getPasswordAsString(),
            request.getRemoteAddr(),
            Channel.PAGE);
    if (result.outcome() != SignInResult.Outcome.VALID) {
      request.setAttribute(REFUSED_SIGN_IN, result);
      return AuthenticationStatus.SEND_FAILURE;
    }
    Set<String> groups = Set.of(result.user().role().name());
    Optional<PendingSignIn.Step> second = Optional.ofNullable(result.secondStep());
    if (second.isPresent()) {
      // No role yet: the session only remembers that the password was right.
      freshSession(request)
          .setAttribute(
              PendingSignIn.ATTRIBUTE,
              new PendingSignIn(
                  result.accountId(),
                  result.user().email(),
                  groups,
                  second.get(),
                  clock.instant()));
      String page = second.get() == PendingSignIn.Step.CODE ? CODE_PAGE : ENROL_PAGE;
      return context.redirect(request.getContextPath() + page);
    }
    return signedIn(request, context, result.accountId(), result.user().email(), groups);
  }

  /** The second step: the code (or recovery code) of the sign-in the password began. */
  private AuthenticationStatus completeSignIn(
      HttpServletRequest request, HttpMessageContext context, SecondFactorCredential code) {
    Optional<PendingSignIn> pending = PendingSignIn.of(request, clock.instant());
    SecondFactorResult result =
        pending.isEmpty()
            ? SecondFactorResult.of(SecondFactorResult.Outcome.EXPIRED)
            : secondFactor.complete(pending.get(), code.code(), request.getRemoteAddr());
    request.setAttribute(SECOND_FACTOR_RESULT, result);
    if (result.outcome() != SecondFactorResult.Outcome.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    PendingSignIn signedIn = pending.get();
    request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
    return signedIn(request, context, signedIn.accountId(), signedIn.email(), signedIn.groups());
  }

  private static AuthenticationStatus signedIn(
      HttpServletRequest request,
      HttpMessageContext context,
      long accountId,
      String email,
      Set<String> groups) {
    freshSession(request)
        .setAttribute(
            SignedInSession.ATTRIBUTE,
            new SignedInSession(accountId, email, groups, Instant.now()));
    return context.notifyContainerAboutLogin(email, groups);
  }

  /** A fresh session id at each sign-in step, so an id planted before is worthless afterwards. */
  private static HttpSession freshSession(HttpServletRequest request) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    return request.getSession(true);
  }

  private static String endedReason(SessionStanding.Verdict verdict) {
    return verdict == SessionStanding.Verdict.TENANT_SUSPENDED ? "suspended" : "ended";
  }

  /**
   * Sends the browser to the login page; an ajax request gets JSF's partial-response redirect,
   * which the page follows (a plain 302 would hand the login page to the ajax script).
   */
  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String endedReason) {
    String url =
        request.getContextPath()
            + LOGIN_PAGE
            + (endedReason == null ? "" : "?" + ENDED_PARAMETER + "=" + endedReason);
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.redirect(url);
    }
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url
                  + "\"></redirect></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** The database cannot be reached to check a page's caller: the 503 page, with Retry-After. */
  private static AuthenticationStatus pageUnavailable(HttpServletResponse response) {
    response.setHeader("Retry-After", Long.toString(retryOutage()));
    try {
      response.sendError(503);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static long retryOutage() {
    return DatabaseOutage.RETRY_AFTER_SECONDS;
  }

  /**
   * Login and password from a Basic header; empty unless it is base64 of well-formed UTF-8 with a
   * colon after a non-empty login.
   */
  static String[] decodeBasic(String encoded) {
    try {
      byte[] bytes = Base64.getDecoder().decode(encoded.trim());
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? new String[0]
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException | CharacterCodingException notUtf8Base64) {
      return new String[0];
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
}

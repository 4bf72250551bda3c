package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.PlatformAdmin;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in over HTTP against the deployed WAR: Basic and tokens for the API, the form for pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The nonce PrimeFaces' script puts into every form under the page's CSP. */
  private static final Pattern SCRIPT_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Http http;

  @BeforeEach
  void client() {
    http = new Http(base);
  }

  @Test
  void bootstrapAdminSignsInWithATokenFromTheProfileOnMe() {
    HttpResponse<String> me = http.get("/api/v1/me", "Authorization", PlatformAdmin.bearer(base));

    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("\"role\":\"PLATFORM_ADMIN\""), me.body());
    assertTrue(me.body().contains("\"email\":\"admin@portal.test\""), me.body());
  }

  @Test
  void demoAthleteSeesTheirTenantOnMe() {
    HttpResponse<String> me =
        http.get("/api/v1/me", "Authorization", Http.basic("mia@demo.test", "demo-pass-2026"));

    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("\"slug\":\"demo\""), me.body());
    assertTrue(me.body().contains("\"role\":\"ATHLETE\""), me.body());
  }

  @Test
  void apiWithoutCredentialsIsUnauthorizedWithProblemDetails() {
    HttpResponse<String> response = http.get("/api/v1/me");

    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(response.body().contains("\"status\":401"), response.body());
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    HttpResponse<String> response =
        http.get("/api/v1/me", "Authorization", Http.basic("noah@demo.test", "not-the-password"));

    assertEquals(401, response.statusCode());
  }

  @Test
  void protectedPageSendsAnonymousVisitorsToTheLoginPage() {
    HttpResponse<String> response = http.get("/coach/index.xhtml");

    assertEquals(302, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
  }

  @Test
  void rootServesTheLoginPage() {
    HttpResponse<String> response = http.get("/");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("id=\"login:email\""), "login form expected");
    assertTrue(response.body().contains("primefaces"), "PrimeFaces resources expected");
  }

  @Test
  void formLoginIssuesANewHttpOnlySameSiteSessionCookie() {
    HttpResponse<String> page = http.get("/login.xhtml");
    String sessionBefore = sessionId(page);
    String viewState = viewState(page.body());

    HttpResponse<String> login =
        http.postForm(
            "/login.xhtml",
            Map.of(
                "login", "login",
                "login:email", "coach.ben@demo.test",
                "login:password", "demo-pass-2026",
                "login:submit", "",
                "jakarta.faces.ViewState", viewState,
                "primefaces.nonce", scriptNonce(page.body())),
            "Cookie",
            "JSESSIONID=" + sessionBefore);

    assertEquals(302, login.statusCode());
    assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/coach/index.xhtml"));
    String cookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    String sessionAfter = sessionId(login);
    assertNotEquals(sessionBefore, sessionAfter);

    assertEquals(
        200, http.get("/coach/index.xhtml", "Cookie", "JSESSIONID=" + sessionAfter).statusCode());
    assertEquals(
        302, http.get("/coach/index.xhtml", "Cookie", "JSESSIONID=" + sessionBefore).statusCode());
  }

  @Test
  void aPostbackWithABogusViewStateGetsAFreshFormNotAServerError() {
    HttpResponse<String> page = http.get("/login.xhtml");
    String session = sessionId(page);

    HttpResponse<String> forged =
        http.postForm(
            "/login.xhtml",
            Map.of(
                "login", "login",
                "login:email", "coach.ben@demo.test",
                "login:password", "demo-pass-2026",
                "login:submit", "",
                "jakarta.faces.ViewState", "-1:-1"),
            "Cookie",
            "JSESSIONID=" + session);

    assertEquals(302, forged.statusCode(), forged.body());
    String location = forged.headers().firstValue("Location").orElse("");
    assertTrue(location.endsWith("/login.xhtml"), location);

    HttpResponse<String> fresh = http.get("/login.xhtml", "Cookie", cookies(forged, session));
    assertEquals(200, fresh.statusCode());
    assertTrue(fresh.body().contains("id=\"login:email\""), "a fresh sign-in form expected");
    assertTrue(fresh.body().contains("here is a fresh copy"), "the reason expected");
    assertEquals(
        302,
        http.get("/coach/index.xhtml", "Cookie", "JSESSIONID=" + session).statusCode(),
        "the forged postback must not have signed anyone in");
  }

  @Test
  void anAjaxPostbackWithABogusViewStateIsRedirectedToAFreshPage() {
    HttpResponse<String> page = http.get("/login.xhtml");
    String session = sessionId(page);

    HttpResponse<String> forged =
        http.postForm(
            "/login.xhtml",
            Map.of(
                "login", "login",
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "login:submit",
                "jakarta.faces.partial.execute", "@all",
                "login:email", "coach.ben@demo.test",
                "login:password", "demo-pass-2026",
                "jakarta.faces.ViewState", "-1:-1"),
            "Cookie",
            "JSESSIONID=" + session,
            "Faces-Request",
            "partial/ajax");

    assertEquals(200, forged.statusCode(), forged.body());
    assertTrue(forged.body().contains("<redirect url=\""), forged.body());
    assertTrue(forged.body().contains("/login.xhtml"), forged.body());
  }

  /** The session cookie and any cookie the answer set (the flash that carries the message). */
  private static String cookies(HttpResponse<String> response, String session) {
    StringBuilder header = new StringBuilder("JSESSIONID=" + session);
    response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .filter(c -> !c.startsWith("JSESSIONID="))
        .forEach(c -> header.append("; ").append(c));
    return header.toString();
  }

  private static String viewState(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    assertTrue(matcher.find(), "no ViewState on the page");
    return matcher.group(1);
  }

  private static String scriptNonce(String html) {
    Matcher matcher = SCRIPT_NONCE.matcher(html);
    assertTrue(matcher.find(), "no script nonce on the page");
    return matcher.group(1);
  }

  private static String sessionId(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
  }
}

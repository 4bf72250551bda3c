package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.HttpFrom;
import com.pullsafe.testing.PageSession;
import com.pullsafe.testing.ServerLog;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A refused API sign-in is an ordinary answer, not a server error: problem details with the
 * challenge and the security headers, no ERROR in the server log, 401 for junk in a Basic login;
 * and the API never takes the page session, however its path is spelt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSignInRefusalIT {

  private static final String ME = "/api/v1/me";
  private static final String AUTHORIZATION = "Authorization";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The page's script nonce, which every postback must carry under the Content Security Policy. */
  private static final Pattern SCRIPT_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  @Test
  void refusedApiSignInsAreProblemDetailsWithTheSecurityHeadersAndLogNoError() {
    ServerLog log = ServerLog.fromNow();
    String nobody = "nobody-" + Api.unique() + "@nowhere.test";
    String marker = "marker-" + Api.unique() + "@nowhere.test";
    List<HttpFrom.Reply> refused = new ArrayList<>();
    // One connection: each request is handled only after the one before it is complete, errors
    // logged included, so the marker's log line comes after anything the others logged.
    try (HttpFrom client = new HttpFrom(base, HttpFrom.freshLoopbackAddress())) {
      refused.add(client.get(ME));
      refused.add(client.get(ME, AUTHORIZATION, Http.basic(nobody, "wrong-password")));
      refused.add(
          client.get(
              ME,
              AUTHORIZATION,
              basicOfBytes("a\u0000b:password".getBytes(StandardCharsets.UTF_8))));
      refused.add(
          client.get(
              ME,
              AUTHORIZATION,
              basicOfBytes("m\u00e9@x.test:pw".getBytes(StandardCharsets.ISO_8859_1))));
      refused.add(
          client.get(ME, AUTHORIZATION, Http.basic("x".repeat(300) + "@nowhere.test", "password")));
      refused.add(client.get(ME, AUTHORIZATION, Http.basic(nobody, "p".repeat(5_000))));
      refused.add(client.get(ME, AUTHORIZATION, "Basic !!not-base64!!"));
      refused.add(client.get(ME, AUTHORIZATION, "Bearer psk_not-a-token"));
      refused.add(client.get("/api/v1/no-such-thing"));
      assertEquals(
          401, client.get(ME, AUTHORIZATION, Http.basic(marker, "wrong-password")).status());
    }

    for (HttpFrom.Reply reply : refused) {
      assertUnauthorizedProblem(reply);
    }
    String logged =
        log.await(text -> text.contains("login=\"" + marker + "\""), Duration.ofSeconds(30));
    assertFalse(logged.contains("UT010019"), logged);
    assertFalse(logged.contains(" ERROR "), logged);
    assertFalse(logged.contains("\tat "), "no stack trace: " + logged);
  }

  @Test
  void aNulInABasicLoginIsUnauthorizedNotAServerError() {
    try (HttpFrom client = new HttpFrom(base, HttpFrom.freshLoopbackAddress())) {
      HttpFrom.Reply reply =
          client.get(
              ME,
              AUTHORIZATION,
              basicOfBytes("mia@demo.test\u0000:demo-pass-2026".getBytes(StandardCharsets.UTF_8)));

      assertUnauthorizedProblem(reply);
    }
  }

  @Test
  void theApiNeverTakesThePageSessionHoweverItsPathIsSpelt() {
    String session = pageSession("coach.ana@demo.test", Api.DEMO_PASSWORD);
    try (HttpFrom client = new HttpFrom(base, HttpFrom.freshLoopbackAddress())) {
      assertEquals(
          200,
          client.get("/coach/index.xhtml", "Cookie", "JSESSIONID=" + session).status(),
          "the cookie is a live page session");

      assertEquals(200, client.get(ME, AUTHORIZATION, Api.demo("coach.ana")).status());
      assertRefusesTheCookie(client, ME, session);
      // The container routes these to the API as well (no resource matches them as spelt): the
      // API's own 404 with Basic, and still no entry with the page's cookie.
      for (String path :
          List.of(
              "//api/v1/me", "/%61pi/v1/me", "/api/../api/v1/me", "/api/./v1/me", "/api//v1/me")) {
        HttpFrom.Reply withBasic = client.get(path, AUTHORIZATION, Api.demo("coach.ana"));
        assertEquals(404, withBasic.status(), path);
        assertTrue(
            withBasic.header("Content-Type").startsWith("application/problem+json"),
            path + " answered by the API: " + withBasic.header("Content-Type"));
        assertRefusesTheCookie(client, path, session);
      }
    }
  }

  private static void assertRefusesTheCookie(HttpFrom client, String path, String session) {
    HttpFrom.Reply withCookie = client.get(path, "Cookie", "JSESSIONID=" + session);
    assertEquals(401, withCookie.status(), path + ": " + withCookie.body());
  }

  private static void assertUnauthorizedProblem(HttpFrom.Reply reply) {
    assertEquals(401, reply.status(), reply.body());
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"),
        reply.header("Content-Type"));
    assertTrue(reply.body().contains("\"status\":401"), reply.body());
    List<String> challenges = reply.all("WWW-Authenticate");
    assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Basic ")), challenges.toString());
    assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Bearer ")), challenges.toString());
    assertEquals("no-store", reply.header("Cache-Control"));
    assertEquals("nosniff", reply.header("X-Content-Type-Options"));
    assertFalse(reply.header("X-Frame-Options").isEmpty(), "X-Frame-Options");
    assertFalse(reply.header("Referrer-Policy").isEmpty(), "Referrer-Policy");
  }

  private static String basicOfBytes(byte[] loginColonPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(loginColonPassword);
  }

  /** Signs in on the login page; answers the new session's id. */
  private String pageSession(String email, String password) {
    Http http = new Http(base);
    HttpResponse<String> page = http.get("/login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(page.body());
    assertTrue(viewState.find(), "no view state on the login page");
    Matcher nonce = SCRIPT_NONCE.matcher(page.body());
    assertTrue(nonce.find(), "no script nonce on the login page");
    HttpResponse<String> login =
        http.postForm(
            "/login.xhtml",
            Map.of(
                "login",
                "login",
                "login:email",
                email,
                "login:password",
                password,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                viewState.group(1),
                PageSession.NONCE_FIELD,
                nonce.group(1)),
            "Cookie",
            "JSESSIONID=" + sessionId(page));
    assertEquals(302, login.statusCode(), login.body());
    return sessionId(login);
  }

  private static String sessionId(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
  }
}

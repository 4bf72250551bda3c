package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.RawHttp;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
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

/**
 * What {@code curl -sI} shows of a page, a signed-in page, an API answer and refusal, a resource
 * and the error pages: a Content-Security-Policy (with a fresh script nonce on pages), nosniff, no
 * framing, the referrer policy, no-store where health data or tokens may be, long caching only on
 * versioned resources; and that only the trusted proxy (127.0.0.2 on the test server, {@code
 * PULLSAFE_TRUSTED_PROXIES}) can say a request came over HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  /** The test server trusts this address as its TLS proxy (arquillian.xml). */
  private static final String TRUSTED_PROXY = "127.0.0.2";

  private static final String UNTRUSTED_CLIENT = "127.0.0.1";
  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SCRIPT_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern CORE_SCRIPT =
      Pattern.compile("src=\"(/jakarta\\.faces\\.resource/core\\.js\\.xhtml\\?[^\"]*v=[^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar().addClass(ConnectionProbe.class);
  }

  @ArquillianResource private URL base;
  private Http http;

  @BeforeEach
  void client() {
    http = new Http(base);
  }

  @Test
  void pagesLinkTheirIconAndItIsServed() {
    Matcher icon =
        Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"")
            .matcher(http.get("/login.xhtml").body());
    assertTrue(icon.find(), "the sign-in page links an icon (else browsers ask for /favicon.ico)");

    HttpResponse<String> served = http.get(icon.group(1));

    assertEquals(200, served.statusCode());
    assertTrue(header(served, "Content-Type").startsWith("image/svg+xml"));
  }

  @Test
  void theLoginPageHasANoncePolicyWithAFreshNonceOnEveryAnswer() {
    HttpResponse<String> first = http.get("/login.xhtml");
    HttpResponse<String> second = http.get("/login.xhtml");

    assertEquals(200, first.statusCode());
    assertHardened(first);
    assertNoStore(first);
    String nonce = nonceOf(first);
    assertNotEquals(nonce, nonceOf(second), "every page answer gets its own nonce");
    assertTrue(first.body().contains("nonce=\"" + nonce + "\""), "its scripts carry the nonce");
    String policy = header(first, "Content-Security-Policy");
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    String scripts = policy.substring(policy.indexOf("script-src"));
    assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
  }

  @Test
  void aSignedInPageHasTheSameHeadersAndIsNeverStored() {
    String session = signIn("coach.ana@demo.test", "demo-pass-2026");

    HttpResponse<String> page = http.get("/coach/index.xhtml", "Cookie", "JSESSIONID=" + session);

    assertEquals(200, page.statusCode());
    assertHardened(page);
    assertNoStore(page);
    nonceOf(page);
  }

  @Test
  void anApiAnswerAllowsNothingAndIsNeverStored() {
    HttpResponse<String> me = http.get("/api/v1/me", "Authorization", Api.demo("mia"));

    assertEquals(200, me.statusCode());
    assertHardened(me);
    assertNoStore(me);
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'", header(me, "Content-Security-Policy"));
  }

  @Test
  void theApiRefusingASignInCarriesTheHeadersToo() {
    HttpResponse<String> refused = http.get("/api/v1/me");
    HttpResponse<String> wrongPassword =
        http.get("/api/v1/me", "Authorization", Http.basic("mia@demo.test", "not-her-password"));

    for (HttpResponse<String> answer : new HttpResponse[] {refused, wrongPassword}) {
      assertEquals(401, answer.statusCode());
      assertHardened(answer);
      assertNoStore(answer);
      assertEquals(
          "default-src 'none'; frame-ancestors 'none'", header(answer, "Content-Security-Policy"));
    }
  }

  @Test
  void theRedirectToTheLoginPageCarriesTheHeaders() {
    HttpResponse<String> redirect = http.get("/coach/index.xhtml");

    assertEquals(302, redirect.statusCode());
    assertEquals("nosniff", header(redirect, "X-Content-Type-Options"));
    assertEquals("DENY", header(redirect, "X-Frame-Options"));
    assertNoStore(redirect);
  }

  @Test
  void aVersionedResourceIsCachedForAYearAndNeverMarkedNoStore() {
    Matcher core = CORE_SCRIPT.matcher(http.get("/login.xhtml").body());
    assertTrue(core.find(), "the login page loads PrimeFaces' core script");

    HttpResponse<String> script = http.get(core.group(1).replace("&amp;", "&"));

    assertEquals(200, script.statusCode());
    assertEquals("nosniff", header(script, "X-Content-Type-Options"));
    String caching = header(script, "Cache-Control");
    assertTrue(caching.contains("max-age=31536000"), caching);
    assertFalse(caching.contains("no-store"), caching);
  }

  @Test
  void theNotFoundAndForbiddenPagesCarryTheHeaders() {
    String session = signIn("coach.ana@demo.test", "demo-pass-2026");
    HttpResponse<String> notFound = http.get("/no-such-page.xhtml");
    HttpResponse<String> forbidden =
        http.get("/admin/index.xhtml", "Cookie", "JSESSIONID=" + session);

    assertEquals(404, notFound.statusCode());
    assertEquals(403, forbidden.statusCode());
    for (HttpResponse<String> page : new HttpResponse[] {notFound, forbidden}) {
      assertHardened(page);
      assertNoStore(page);
      nonceOf(page);
    }
  }

  @Test
  void aStaticPageGetsAPolicyWithoutInlineScript() {
    for (String path : new String[] {"/error/unavailable.html", "/api-docs.html"}) {
      HttpResponse<String> page = http.get(path);

      assertEquals(200, page.statusCode(), path);
      assertHardened(page);
      String policy = header(page, "Content-Security-Policy");
      assertTrue(policy.contains("script-src 'self';"), path + ": " + policy);
      assertFalse(policy.contains("unsafe-inline") || policy.contains("nonce-"), policy);
    }
  }

  @Test
  void theOpenApiDocumentServedBesideTheAppAllowsNothingAndIsNotSniffed() {
    HttpResponse<String> document = http.get("/openapi");

    assertEquals(200, document.statusCode());
    assertEquals("nosniff", header(document, "X-Content-Type-Options"));
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'", header(document, "Content-Security-Policy"));
  }

  @Test
  void anUntrustedClientSayingHttpsChangesNothing() {
    String[] claims = {"X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9"};

    RawHttp.Answer probe = RawHttp.get(base, UNTRUSTED_CLIENT, "/test-probe/connection", claims);
    RawHttp.Answer login = RawHttp.get(base, UNTRUSTED_CLIENT, "/login.xhtml", claims);
    RawHttp.Answer redirect = RawHttp.get(base, UNTRUSTED_CLIENT, "/coach/index.xhtml", claims);

    assertTrue(probe.body().contains("scheme=http secure=false remote=127.0.0.1"), probe.body());
    assertTrue(login.header("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    String cookie = sessionCookie(login).toLowerCase(Locale.ROOT);
    assertFalse(cookie.contains("secure"), cookie);
    assertTrue(
        redirect.header("Location").orElse("").startsWith("http://"),
        redirect.headers().toString());
  }

  @Test
  void theTrustedProxySayingHttpsGetsHstsASecureCookieAndHttpsRedirects() {
    String[] forwarded = {"X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9"};

    RawHttp.Answer probe = RawHttp.get(base, TRUSTED_PROXY, "/test-probe/connection", forwarded);
    RawHttp.Answer login = RawHttp.get(base, TRUSTED_PROXY, "/login.xhtml", forwarded);
    RawHttp.Answer redirect = RawHttp.get(base, TRUSTED_PROXY, "/coach/index.xhtml", forwarded);

    assertTrue(probe.body().contains("scheme=https secure=true remote=203.0.113.9"), probe.body());
    assertEquals("max-age=31536000", login.header("Strict-Transport-Security").orElse(""));
    String cookie = sessionCookie(login).toLowerCase(Locale.ROOT);
    assertTrue(cookie.contains("; secure"), cookie);
    assertTrue(cookie.contains("; httponly"), cookie);
    assertTrue(cookie.contains("; samesite=lax"), cookie);
    assertTrue(
        redirect.header("Location").orElse("").startsWith("https://"),
        redirect.headers().stream().map(h -> h[0] + ": " + h[1]).toList().toString());
  }

  @Test
  void theTrustedProxySayingPlainHttpGetsNoHsts() {
    RawHttp.Answer probe = RawHttp.get(base, TRUSTED_PROXY, "/test-probe/connection");
    RawHttp.Answer login = RawHttp.get(base, TRUSTED_PROXY, "/login.xhtml");

    assertTrue(probe.body().contains("scheme=http secure=false remote=127.0.0.2"), probe.body());
    assertTrue(login.header("Strict-Transport-Security").isEmpty());
    assertFalse(sessionCookie(login).toLowerCase(Locale.ROOT).contains("secure"));
  }

  private static void assertHardened(HttpResponse<String> answer) {
    assertEquals("nosniff", header(answer, "X-Content-Type-Options"));
    assertEquals("DENY", header(answer, "X-Frame-Options"));
    assertEquals("same-origin", header(answer, "Referrer-Policy"));
    assertEquals("camera=(), microphone=(), geolocation=()", header(answer, "Permissions-Policy"));
    assertEquals("same-origin", header(answer, "Cross-Origin-Opener-Policy"));
    assertTrue(header(answer, "Content-Security-Policy").contains("frame-ancestors 'none'"));
    assertTrue(
        answer.headers().firstValue("Strict-Transport-Security").isEmpty(),
        "no HSTS over plain HTTP");
  }

  private static void assertNoStore(HttpResponse<String> answer) {
    assertEquals("no-store", header(answer, "Cache-Control"), answer.uri().toString());
  }

  private static String nonceOf(HttpResponse<String> page) {
    String policy = header(page, "Content-Security-Policy");
    Matcher nonce = NONCE.matcher(policy);
    assertTrue(nonce.find(), "a script nonce in " + policy);
    return nonce.group(1);
  }

  private static String header(HttpResponse<String> answer, String name) {
    return answer.headers().firstValue(name).orElse("");
  }

  private static String sessionCookie(RawHttp.Answer answer) {
    return answer.headers("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers()));
  }

  /** Signs in through the login form as the browser's script would post it; the new session. */
  private String signIn(String email, String password) {
    HttpResponse<String> page = http.get("/login.xhtml");
    String session = cookie(page);
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
                first(VIEW_STATE, page.body()),
                "primefaces.nonce",
                first(SCRIPT_NONCE, page.body())),
            "Cookie",
            "JSESSIONID=" + session);
    assertEquals(302, login.statusCode(), login.body());
    return cookie(login);
  }

  private static String cookie(HttpResponse<String> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie"));
  }

  private static String first(Pattern pattern, String html) {
    Matcher matcher = pattern.matcher(html);
    assertTrue(matcher.find(), pattern + " not on the page");
    return matcher.group(1);
  }
}

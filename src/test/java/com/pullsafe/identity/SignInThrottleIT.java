package com.pullsafe.identity;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.HttpFrom;
import com.pullsafe.testing.PageSession;
import com.pullsafe.testing.PlatformAdmin;
import com.pullsafe.testing.ServerLog;
import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login throttle over HTTP: by account and by client address, with growing delays rather than a
 * lock, counting parallel guesses before their hashes finish, never locking an owner out where they
 * signed in before, and audited in the tenant's trail. Each test guesses from loopback addresses of
 * its own, so the rest of the suite (from 127.0.0.1) is not throttled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

  private static final String ME = "/api/v1/me";
  private static final String AUTHORIZATION = "Authorization";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Api api;
  private Api.TenantFixture tenant;

  @BeforeEach
  void aTenantOfItsOwn() {
    api = new Api(base);
    tenant = api.newTenant("throttle");
  }

  @Test
  void fiveFailuresThrottleALoginWhetherOrNotItsAccountExists() {
    String existing = newAthlete("ida");
    String unknown = "nobody-" + Api.unique() + "@" + tenant.slug() + ".test";
    for (String login : List.of(existing, unknown)) {
      try (HttpFrom guesser = new HttpFrom(base, HttpFrom.freshLoopbackAddress())) {
        for (int i = 0; i < 5; i++) {
          assertEquals(
              401, guesser.get(ME, AUTHORIZATION, Http.basic(login, "wrong-" + i)).status());
        }
        assertThrottled(guesser.get(ME, AUTHORIZATION, Http.basic(login, "anything-else")));
      }
    }

    try (HttpFrom elsewhere = new HttpFrom(base, HttpFrom.freshLoopbackAddress())) {
      assertThrottled(elsewhere.get(ME, AUTHORIZATION, Http.basic(existing, Api.NEW_PASSWORD)));
    }
  }

  /** The platform admin signs in on the pages (both factors), from the suite's own address. */
  @Test
  void thePlatformAdminStillSignsInWhereTheyDidBeforeWhileGuessesElsewhereAreThrottled() {
    String admin = Http.basic(PlatformAdmin.EMAIL, PlatformAdmin.PASSWORD);
    new PageSession(base).signIn(PlatformAdmin.EMAIL, PlatformAdmin.PASSWORD);
    try (HttpFrom guesser = new HttpFrom(base, HttpFrom.freshLoopbackAddress())) {
      for (int i = 0; i < 5; i++) {
        assertEquals(
            401,
            guesser.get(ME, AUTHORIZATION, Http.basic(PlatformAdmin.EMAIL, "guess-" + i)).status());
      }
      HttpFrom.Reply refused = assertThrottled(guesser.get(ME, AUTHORIZATION, admin));
      assertTrue(retryAfter(refused) <= 10, "a short wait, not a lock: " + retryAfter(refused));

      PageSession.Page home =
          new PageSession(base).signIn(PlatformAdmin.EMAIL, PlatformAdmin.PASSWORD);
      assertEquals("/platform/index.xhtml", home.path());
      api.get(ME, api.platformAdmin()).expect(200);
    }
  }

  @Test
  void parallelWrongGuessesAreCountedBeforeTheirPasswordsAreChecked() throws Exception {
    String login = newAthlete("pat");
    InetAddress from = HttpFrom.freshLoopbackAddress();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String guess = "guess-" + i;
        answers.add(
            pool.submit(
                () -> {
                  try (HttpFrom guesser = new HttpFrom(base, from)) {
                    go.await();
                    return guesser.get(ME, AUTHORIZATION, Http.basic(login, guess)).status();
                  }
                }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(2, TimeUnit.MINUTES));
      }

      Map<Integer, Long> counts =
          statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
      assertEquals(15L, counts.getOrDefault(429, 0L), counts.toString());
      assertEquals(
          5L, counts.getOrDefault(401, 0L) + counts.getOrDefault(503, 0L), counts.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAddressIsThrottledAcrossLoginsAfterTwentyFailures() {
    String athlete = newAthlete("ava");
    try (HttpFrom guesser = new HttpFrom(base, HttpFrom.freshLoopbackAddress())) {
      for (int i = 0; i < 20; i++) {
        String login = "guess-" + i + "-" + Api.unique() + "@nowhere.test";
        assertEquals(
            401, guesser.get(ME, AUTHORIZATION, Http.basic(login, "password-" + i)).status());
      }
      assertThrottled(guesser.get(ME, AUTHORIZATION, Http.basic(athlete, Api.NEW_PASSWORD)));
    }

    try (HttpFrom elsewhere = new HttpFrom(base, HttpFrom.freshLoopbackAddress())) {
      assertEquals(
          200, elsewhere.get(ME, AUTHORIZATION, Http.basic(athlete, Api.NEW_PASSWORD)).status());
    }
  }

  @Test
  void theLoginPageSaysHowLongToWaitOnceThrottled() {
    String athlete = newAthlete("lou");
    PageSession visitor = new PageSession(base);
    for (int i = 0; i < 5; i++) {
      assertTrue(
          signInPage(visitor, athlete, "wrong-" + i).contains("E-mail or password is not right"));
    }

    String page = signInPage(visitor, athlete, Api.NEW_PASSWORD);

    assertTrue(
        page.matches("(?s).*Too many failed sign-ins\\. Wait \\d+ seconds, then try again\\..*"),
        page);
  }

  @Test
  void signInsFailuresAndThrottlingAreAuditedAndLogged() {
    ServerLog log = ServerLog.fromNow();
    String athlete = newAthlete("aud");
    InetAddress owner = HttpFrom.freshLoopbackAddress();
    InetAddress guesser = HttpFrom.freshLoopbackAddress();
    try (HttpFrom client = new HttpFrom(base, owner)) {
      assertEquals(
          200, client.get(ME, AUTHORIZATION, Http.basic(athlete, Api.NEW_PASSWORD)).status());
    }
    try (HttpFrom client = new HttpFrom(base, guesser)) {
      for (int i = 0; i < 5; i++) {
        assertEquals(
            401, client.get(ME, AUTHORIZATION, Http.basic(athlete, "wrong-" + i)).status());
      }
      assertThrottled(client.get(ME, AUTHORIZATION, Http.basic(athlete, "wrong-again")));
    }

    PageSession admin = new PageSession(base);
    admin.signIn(tenant.email("admin"), Api.NEW_PASSWORD);
    String owned = owner.getHostAddress();
    String guessed = guesser.getHostAddress();
    await("the sign-in, five failures and the throttling in the audit log")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> rowsAbout(admin.get("/admin/audit.xhtml").html(), athlete),
            rows ->
                count(rows, "Signed in", owned) == 1
                    && count(rows, "Sign-in failed", guessed) == 5
                    && count(rows, "Sign-in throttled", guessed) == 1);

    String lines =
        log.await(
            text -> text.contains("event=signin.throttled channel=api login=\"" + athlete + "\""),
            Duration.ofSeconds(30));
    assertTrue(
        lines.contains("event=signin.ok channel=api login=\"" + athlete + "\" address=" + owned),
        lines);
    assertTrue(
        lines.contains(
            "event=signin.failed channel=api login=\""
                + athlete
                + "\" address="
                + guessed
                + " reason=wrong-password"),
        lines);
    assertFalse(lines.contains("\tat "), "no stack trace in the security log");
  }

  private String newAthlete(String name) {
    String email = tenant.email(name + "-" + Api.unique());
    api.newPerson("athletes", tenant.admin(), email, null);
    return email;
  }

  private static HttpFrom.Reply assertThrottled(HttpFrom.Reply reply) {
    assertEquals(429, reply.status(), reply.body());
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"),
        reply.header("Content-Type"));
    assertTrue(reply.body().contains("\"status\":429"), reply.body());
    assertTrue(reply.body().contains("Too many failed sign-ins"), reply.body());
    long wait = retryAfter(reply);
    assertTrue(wait >= 1 && wait <= 300, "Retry-After " + wait);
    assertEquals("no-store", reply.header("Cache-Control"));
    assertEquals("nosniff", reply.header("X-Content-Type-Options"));
    return reply;
  }

  private static long retryAfter(HttpFrom.Reply reply) {
    return Long.parseLong(reply.header("Retry-After"));
  }

  private static String signInPage(PageSession visitor, String email, String password) {
    PageSession.Page answer =
        visitor.submit(
            visitor.get("/login.xhtml"),
            "login",
            "login:submit",
            Map.of("login:email", email, "login:password", password));
    assertTrue(answer.path().startsWith("/login.xhtml"), answer.path());
    return answer.html();
  }

  private static List<String> rowsAbout(String html, String email) {
    return Arrays.stream(html.split("<tr"))
        .map(row -> row.contains("</tr>") ? row.substring(0, row.indexOf("</tr>")) : row)
        .filter(row -> row.contains(email))
        .toList();
  }

  private static long count(List<String> rows, String action, String address) {
    return rows.stream().filter(r -> r.contains(action) && r.contains("from " + address)).count();
  }
}

package com.pullsafe.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.PageSession;
import com.pullsafe.testing.PlatformAdmin;
import com.pullsafe.testing.ServerLog;
import com.pullsafe.testing.TestAuthenticator;
import jakarta.json.Json;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Two-factor sign-in over HTTP: set up on the profile, the code after the password and no role
 * before it, codes never accepted twice, recovery codes once each, wrong codes throttled, the
 * tenant's requirement, the tenant admin's reset, the audit trail, and the API: HTTP Basic refused
 * (after a right password) to everyone a second factor guards, tokens from the profile instead.
 * Codes come from the tests' own {@link TestAuthenticator}, with the key read off the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorIT {

  private static final String SECOND_FACTOR_REQUIRED =
      "https://pullsafe.com/problems/second-factor-required";
  private static final Pattern ISSUED_TOKEN = Pattern.compile("id=\"issued-token\"[^>]*>([^<]+)<");
  private static final Pattern RECOVERY_CODE =
      Pattern.compile("<code>([a-z2-7]{5}-[a-z2-7]{5})</code>");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  /** What setting up on the profile gave: the app and the recovery codes shown once. */
  private record Enrolment(TestAuthenticator app, List<String> recoveryCodes) {}

  private Enrolment enrolOnProfile(String email) {
    PageSession session = new PageSession(base);
    session.signIn(email, Team.PASSWORD);
    PageSession.Page profile = session.get("/account/profile.xhtml");
    PageSession.Page setup = session.ajaxForm(profile, "twoFactor", "twoFactor:begin", Map.of());
    TestAuthenticator app = new TestAuthenticator(PageSession.shownKey(setup), Clock.systemUTC());
    PageSession.Page confirmed =
        session.ajaxForm(
            profile, "twoFactor", "twoFactor:confirm", Map.of("twoFactor:code", app.nextCode()));
    List<String> codes = new ArrayList<>();
    Matcher code = RECOVERY_CODE.matcher(confirmed.html());
    while (code.find()) {
      codes.add(code.group(1));
    }
    assertEquals(10, codes.size(), confirmed.html());
    return new Enrolment(app, codes);
  }

  /** A new session past the password: on the page asking for the code. */
  private static PageSession.Page password(PageSession session, String email) {
    return password(session, email, Team.PASSWORD);
  }

  /** A code of the account's authenticator, but of an hour ago. */
  private static String stale(TestAuthenticator app) {
    return app.codeAt(Instant.now().minusSeconds(3600));
  }

  private static PageSession.Page code(PageSession session, PageSession.Page page, String code) {
    return session.submit(page, "second", "second:submit", Map.of("second:code", code));
  }

  @Test
  void aCoachWithAnAuthenticatorHasNoRoleUntilTheCodeAfterThePassword() {
    Team team = new Team(base, "totp-code");
    Enrolment enrolment = enrolOnProfile(team.coach.email());
    PageSession session = new PageSession(base);

    PageSession.Page asked = password(session, team.coach.email());
    assertTrue(asked.path().startsWith(PageSession.CODE_PAGE), asked.path());
    PageSession.Page protectedPage = session.get("/coach/index.xhtml");
    assertTrue(protectedPage.path().startsWith("/login.xhtml"), protectedPage.path());

    PageSession.Page codePage = session.get(PageSession.CODE_PAGE);
    PageSession.Page wrong = code(session, codePage, stale(enrolment.app()));
    assertTrue(wrong.path().startsWith(PageSession.CODE_PAGE), wrong.path());
    assertTrue(wrong.fieldMessage("second:code").contains("not right"), wrong.html());

    PageSession.Page start = code(session, codePage, enrolment.app().nextCode());
    assertEquals("/coach/index.xhtml", start.path());
  }

  @Test
  void aCodeIsNotAcceptedTwice() {
    Team team = new Team(base, "totp-replay");
    Enrolment enrolment = enrolOnProfile(team.coach.email());
    String code = enrolment.app().nextCode();
    PageSession first = new PageSession(base);
    assertEquals(
        "/coach/index.xhtml", code(first, password(first, team.coach.email()), code).path());

    PageSession second = new PageSession(base);
    PageSession.Page replayed = code(second, password(second, team.coach.email()), code);
    assertTrue(replayed.path().startsWith(PageSession.CODE_PAGE), replayed.path());
    assertFalse(replayed.fieldMessage("second:code").isEmpty(), replayed.html());
  }

  @Test
  void aRecoveryCodeSignsInOnceOnly() {
    Team team = new Team(base, "totp-recovery");
    String recovery = enrolOnProfile(team.coach.email()).recoveryCodes().get(3);
    PageSession first = new PageSession(base);
    assertEquals(
        "/coach/index.xhtml",
        code(first, password(first, team.coach.email()), recovery.toUpperCase()).path());

    PageSession second = new PageSession(base);
    PageSession.Page again = code(second, password(second, team.coach.email()), recovery);
    assertTrue(again.path().startsWith(PageSession.CODE_PAGE), again.path());

    PageSession admin = new PageSession(base);
    admin.signIn(team.adminEmail, Team.PASSWORD);
    String audit = admin.get("/admin/audit.xhtml").html();
    assertTrue(audit.contains("Recovery code used"), audit);
    assertTrue(audit.contains("Two-factor sign-in set up"), audit);
  }

  @Test
  void wrongCodesAreThrottled() {
    Team team = new Team(base, "totp-throttle");
    Enrolment enrolment = enrolOnProfile(team.coach.email());
    PageSession session = new PageSession(base);
    PageSession.Page page = password(session, team.coach.email());
    String wrong = stale(enrolment.app());
    PageSession.Page answer = page;
    for (int i = 0; i < 6; i++) {
      answer = code(session, page, wrong);
    }
    assertTrue(
        answer.fieldMessage("second:code").startsWith("Too many wrong codes"), answer.html());

    PageSession.Page evenRight = code(session, page, enrolment.app().nextCode());
    assertTrue(evenRight.path().startsWith(PageSession.CODE_PAGE), evenRight.path());
    assertTrue(evenRight.fieldMessage("second:code").startsWith("Too many wrong codes"));
  }

  @Test
  void aTenantRequiringTwoFactorSendsItsCoachToSetItUpBeforeAnythingElse() {
    Team team = new Team(base, "totp-required");
    PageSession admin = new PageSession(base);
    admin.signIn(team.adminEmail, Team.PASSWORD);
    PageSession.Page settings = admin.get("/admin/settings.xhtml");
    admin.ajaxForm(settings, "security", "security:save", Map.of("security:twoFactor_input", "on"));

    PageSession coach = new PageSession(base);
    PageSession.Page asked = password(coach, team.coach.email());
    assertTrue(asked.path().startsWith(PageSession.ENROL_PAGE), asked.path());
    assertTrue(coach.get("/coach/index.xhtml").path().startsWith("/login.xhtml"));
    assertTrue(coach.get("/account/profile.xhtml").path().startsWith("/login.xhtml"));

    PageSession.Page start =
        coach.secondStep(team.coach.email(), coach.get(PageSession.ENROL_PAGE));
    assertEquals("/coach/index.xhtml", start.path());
    String audit = admin.get("/admin/audit.xhtml").html();
    assertTrue(audit.contains("Two-factor sign-in required for coaches and admins"), audit);
  }

  @Test
  void aTenantAdminResetsACoachWhoLostTheirPhone() {
    Team team = new Team(base, "totp-reset");
    enrolOnProfile(team.coach.email());
    PageSession admin = new PageSession(base);
    admin.signIn(team.adminEmail, Team.PASSWORD);
    PageSession.Page staff = admin.get("/admin/index.xhtml");
    assertTrue(staff.html().contains("staff:coaches:0:resetTwoFactor"), staff.html());
    admin.submit(staff, "staff", "staff:coaches:0:resetTwoFactor", Map.of());

    PageSession coach = new PageSession(base);
    assertEquals("/coach/index.xhtml", password(coach, team.coach.email()).path());
    assertTrue(admin.get("/admin/audit.xhtml").html().contains("Two-factor sign-in reset"));
  }

  @Test
  void basicWithTheRightPasswordIsRefusedForAnAccountWithASecondFactor() {
    Team team = new Team(base, "totp-api");
    enrolOnProfile(team.coach.email());

    Api.Reply refused = team.api.get("/api/v1/me", team.coach.auth()).expectProblem(401);

    assertEquals(SECOND_FACTOR_REQUIRED, refused.object().getString("type"), refused.body());
    assertTrue(refused.object().getString("detail").contains("personal access token"));
    assertEquals("Bearer realm=\"PullSafe\"", refused.header("WWW-Authenticate"));
    assertEquals("no-store", refused.header("Cache-Control"));
  }

  @Test
  void aWrongPasswordForAnAccountWithASecondFactorIsAnsweredAsAnyWrongPassword() {
    Team team = new Team(base, "totp-api-wrong");
    enrolOnProfile(team.coach.email());

    Api.Reply wrong =
        team.api
            .get("/api/v1/me", Http.basic(team.coach.email(), "not-" + Team.PASSWORD))
            .expectProblem(401);

    assertEquals("about:blank", wrong.object().getString("type"), wrong.body());
    assertTrue(
        wrong.header("WWW-Authenticate").startsWith("Basic"), wrong.header("WWW-Authenticate"));
  }

  @Test
  void basicIsRefusedForStaffWhoseTenantRequiresASecondFactorButNotForItsAthletes() {
    Team team = new Team(base, "totp-api-required");
    Team.Person athlete = team.athlete("Ava Athlete");
    team.api.get("/api/v1/me", team.coach.auth()).expect(200);
    requireTwoFactor(team);

    Api.Reply coach = team.api.get("/api/v1/me", team.coach.auth()).expectProblem(401);
    Api.Reply admin = team.api.get("/api/v1/me", team.admin).expectProblem(401);

    assertEquals(SECOND_FACTOR_REQUIRED, coach.object().getString("type"), coach.body());
    assertEquals(SECOND_FACTOR_REQUIRED, admin.object().getString("type"), admin.body());
    team.api.get("/api/v1/me", athlete.auth()).expect(200);
  }

  @Test
  void basicCannotMakeATokenForAnAccountWithASecondFactorButATokenFromTheProfileWorks() {
    Team team = new Team(base, "totp-api-token");
    Enrolment enrolment = enrolOnProfile(team.coach.email());

    team.api
        .post("/api/v1/me/tokens", team.coach.auth(), Json.createObjectBuilder().add("name", "x"))
        .expectProblem(401);
    assertEquals(0, tokensOf(team.coach.email()));

    String token = tokenFromProfile(team.coach.email(), enrolment.app());
    assertEquals(
        team.coach.email(),
        team.api.get("/api/v1/me", Api.bearer(token)).expect(200).object().getString("email"));
  }

  @Test
  void thePlatformAdminIsRefusedBasicButTheirTokenWorks() {
    Api api = new Api(base);

    Api.Reply refused =
        api.get("/api/v1/me", Http.basic(PlatformAdmin.EMAIL, PlatformAdmin.PASSWORD))
            .expectProblem(401);

    assertEquals(SECOND_FACTOR_REQUIRED, refused.object().getString("type"), refused.body());
    assertEquals(
        "PLATFORM_ADMIN",
        api.get("/api/v1/me", api.platformAdmin()).expect(200).object().getString("role"));
  }

  @Test
  void aRefusedBasicSignInIsAuditedAndLogged() {
    ServerLog log = ServerLog.fromNow();
    Team team = new Team(base, "totp-api-audit");
    enrolOnProfile(team.coach.email());

    team.api.get("/api/v1/me", team.coach.auth()).expectProblem(401);

    String entries =
        await("the refusal in the tenant's audit trail")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () ->
                    team.api
                        .get("/api/v1/audit-entries?action=SIGN_IN_FAILED", team.admin)
                        .expect(200)
                        .body(),
                body -> body.contains("which HTTP Basic cannot carry"));
    assertTrue(entries.contains(team.coach.email()), entries);
    String lines =
        log.await(text -> text.contains("reason=second-factor-required"), Duration.ofSeconds(30));
    assertTrue(
        lines.contains("event=signin.refused channel=api login=\"" + team.coach.email() + "\""),
        lines);
  }

  @Test
  void aPlatformAdminCannotSignInOnThePagesWithThePasswordAlone() {
    PageSession session = new PageSession(base);
    PageSession.Page asked = password(session, PlatformAdmin.EMAIL, PlatformAdmin.PASSWORD);
    assertTrue(
        asked.path().startsWith(PageSession.ENROL_PAGE)
            || asked.path().startsWith(PageSession.CODE_PAGE),
        asked.path());
    assertTrue(session.get("/platform/index.xhtml").path().startsWith("/login.xhtml"));
    assertEquals("/platform/index.xhtml", session.secondStep(PlatformAdmin.EMAIL, asked).path());
  }

  private void requireTwoFactor(Team team) {
    PageSession admin = new PageSession(base);
    admin.signIn(team.adminEmail, Team.PASSWORD);
    PageSession.Page settings = admin.get("/admin/settings.xhtml");
    admin.ajaxForm(settings, "security", "security:save", Map.of("security:twoFactor_input", "on"));
  }

  /** A token made on the profile after signing in with both factors. */
  private String tokenFromProfile(String email, TestAuthenticator app) {
    PageSession session = new PageSession(base);
    PageSession.Page start = code(session, password(session, email), app.nextCode());
    assertEquals("/coach/index.xhtml", start.path());
    PageSession.Page profile = session.get("/account/profile.xhtml");
    Map<String, String> fields = profile.formFields("tokens");
    fields.put("tokens:name", "script");
    PageSession.Page issued = session.submit(profile, "tokens", "tokens:create", fields);
    Matcher token = ISSUED_TOKEN.matcher(issued.html());
    assertTrue(token.find(), issued.html());
    return token.group(1).strip();
  }

  private static long tokensOf(String email) {
    return Database.number(
        "select count(*) from access_token t join app_user u on u.id = t.account_id"
            + " where u.email = ?",
        email);
  }

  private static PageSession.Page password(PageSession session, String email, String password) {
    return session.submit(
        session.get("/login.xhtml"),
        "login",
        "login:submit",
        Map.of("login:email", email, "login:password", password));
  }
}

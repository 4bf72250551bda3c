package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.PageSession;
import com.pullsafe.testing.TestAuthenticator;
import java.net.URL;
import java.time.Clock;
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
 * tenant's requirement, the tenant admin's reset, the audit trail, and the API unchanged. Codes
 * come from the tests' own {@link TestAuthenticator}, with the key read off the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorIT {

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
  void theApiTakesBasicAndTokensWithoutASecondFactor() {
    Team team = new Team(base, "totp-api");
    enrolOnProfile(team.coach.email());
    team.api.get("/api/v1/me", team.coach.auth()).expect(200);
    team.api.get("/api/v1/me", Api.PLATFORM_ADMIN).expect(200);
  }

  @Test
  void aPlatformAdminCannotSignInOnThePagesWithThePasswordAlone() {
    PageSession session = new PageSession(base);
    PageSession.Page asked = password(session, "admin@portal.test", "platform-pass-2026");
    assertTrue(
        asked.path().startsWith(PageSession.ENROL_PAGE)
            || asked.path().startsWith(PageSession.CODE_PAGE),
        asked.path());
    assertTrue(session.get("/platform/index.xhtml").path().startsWith("/login.xhtml"));
    assertEquals("/platform/index.xhtml", session.secondStep("admin@portal.test", asked).path());
  }

  private static PageSession.Page password(PageSession session, String email, String password) {
    return session.submit(
        session.get("/login.xhtml"),
        "login",
        "login:submit",
        Map.of("login:email", email, "login:password", password));
  }
}

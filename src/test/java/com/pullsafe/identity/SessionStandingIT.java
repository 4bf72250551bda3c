package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.PageSession;
import com.pullsafe.testing.PlatformPages;
import com.pullsafe.testing.TestSql;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page session lasts only while its grounds do: every request checks that the account is active,
 * its tenant is not suspended and its credentials have not changed since the session began;
 * otherwise the session ends and the login page says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionStandingIT {

  private static final String SIGNED_OUT = "You were signed out. Please sign in again.";
  private static final String SUSPENDED = "access to PullSafe is suspended";

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
    tenant = api.newTenant("standing");
  }

  @Test
  void aSuspendedTenantsOpenSessionEndsOnItsNextRequest() {
    PageSession admin = new PageSession(base);
    admin.signIn(tenant.email("admin"), Api.NEW_PASSWORD);
    assertEquals("/admin/index.xhtml", admin.get("/admin/index.xhtml").path());

    PlatformPages.suspend(base, tenant.slug());
    PageSession.Page next = admin.get("/admin/settings.xhtml");

    assertEquals("/login.xhtml?ended=suspended", next.path());
    assertTrue(text(next).contains(SUSPENDED), text(next));
    assertEquals("/login.xhtml", admin.get("/admin/index.xhtml").path(), "the session is gone");
  }

  @Test
  void aDeactivatedAccountsOpenSessionEndsAndItsPasswordNoLongerSignsIn() {
    String coach = newCoach();
    PageSession session = new PageSession(base);
    session.signIn(coach, Api.NEW_PASSWORD);
    assertEquals("/coach/index.xhtml", session.get("/coach/index.xhtml").path());

    assertEquals(1, TestSql.update("update app_user set active = false where email = ?", coach));
    PageSession.Page next = session.get("/coach/athletes.xhtml");

    assertEquals("/login.xhtml?ended=ended", next.path());
    assertTrue(text(next).contains(SIGNED_OUT), text(next));
    PageSession.Page again =
        session.submit(
            session.get("/login.xhtml"),
            "login",
            "login:submit",
            Map.of("login:email", coach, "login:password", Api.NEW_PASSWORD));
    assertTrue(again.path().startsWith("/login.xhtml"), again.path());
    assertTrue(text(again).contains("E-mail or password is not right"), text(again));
    assertEquals(401, api.get("/api/v1/me", Http.basic(coach, Api.NEW_PASSWORD)).status());
  }

  @Test
  void aSessionBegunBeforeTheCredentialsChangedEnds() {
    String coach = newCoach();
    PageSession session = new PageSession(base);
    session.signIn(coach, Api.NEW_PASSWORD);
    assertEquals("/coach/index.xhtml", session.get("/coach/index.xhtml").path());

    TestSql.update("update app_user set credentials_changed_at = now() where email = ?", coach);

    assertEquals("/login.xhtml?ended=ended", session.get("/coach/index.xhtml").path());
    assertEquals(
        "/coach/index.xhtml", new PageSession(base).signIn(coach, Api.NEW_PASSWORD).path());
  }

  @Test
  void anAjaxRequestOfAnEndedSessionIsSentToTheLoginPage() {
    String coach = newCoach();
    PageSession session = new PageSession(base);
    session.signIn(coach, Api.NEW_PASSWORD);
    PageSession.Page page = session.get("/coach/index.xhtml");
    TestSql.update("update app_user set active = false where email = ?", coach);

    PageSession.Page answer =
        session.ajax(page, "signOutForm", "signOutForm:signOut", "@none", Map.of());

    assertEquals(200, answer.status());
    assertTrue(
        answer.html().contains("<redirect url=\"/login.xhtml?ended=ended\"></redirect>"),
        answer.html());
  }

  private String newCoach() {
    String email = tenant.email("coach-" + Api.unique());
    api.newPerson("coaches", tenant.admin(), email, null);
    return email;
  }

  private static String text(PageSession.Page page) {
    return page.html().replace("&#39;", "'");
  }
}

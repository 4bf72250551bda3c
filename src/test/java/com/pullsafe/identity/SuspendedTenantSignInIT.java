package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.PageSession;
import com.pullsafe.testing.PlatformPages;
import jakarta.json.Json;
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
 * Signing in to a suspended tenant: with the right password the user is told that the
 * organisation's access is suspended, on the login page and as an API problem; with a wrong
 * password nothing is revealed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuspendedTenantSignInIT {

  private static final String SUSPENDED = "access to PullSafe is suspended";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Api api;
  private String adminEmail;
  private String token;

  @BeforeEach
  void suspendAFreshTenant() {
    api = new Api(base);
    Api.TenantFixture tenant = api.newTenant("paused");
    adminEmail = tenant.email("admin");
    token =
        api.post("/api/v1/me/tokens", tenant.admin(), Json.createObjectBuilder().add("name", "app"))
            .expect(201)
            .object()
            .getString("token");

    PlatformPages.suspend(base, tenant.slug());
  }

  @Test
  void theLoginPageSaysTheOrganisationIsSuspendedAfterTheRightPassword() {
    String page = signInPage(Api.NEW_PASSWORD);

    assertTrue(page.contains(SUSPENDED), page);
    assertFalse(page.contains("E-mail or password is not right"), page);
  }

  @Test
  void theLoginPageRevealsNothingAfterAWrongPassword() {
    String page = signInPage("not-the-password");

    assertTrue(page.contains("E-mail or password is not right"), page);
    assertFalse(page.contains(SUSPENDED), page);
  }

  @Test
  void theApiAnswersForbiddenWithAProblemAfterTheRightPassword() {
    Api.Reply reply = api.get("/api/v1/me", Http.basic(adminEmail, Api.NEW_PASSWORD));

    assertEquals(403, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.body());
    assertEquals("Organisation suspended", reply.object().getString("title"));
    assertTrue(reply.object().getString("detail").contains(SUSPENDED), reply.body());
  }

  @Test
  void theApiAnswersForbiddenWithAProblemForAValidToken() {
    Api.Reply reply = api.get("/api/v1/me", Api.bearer(token));

    assertEquals(403, reply.status(), reply.body());
    assertTrue(reply.object().getString("detail").contains(SUSPENDED), reply.body());
  }

  @Test
  void theApiStillAnswersUnauthorizedForAWrongPassword() {
    Api.Reply reply = api.get("/api/v1/me", Http.basic(adminEmail, "not-the-password"));

    assertEquals(401, reply.status(), reply.body());
    assertFalse(reply.body().contains(SUSPENDED), reply.body());
  }

  private String signInPage(String password) {
    PageSession session = new PageSession(base);
    PageSession.Page login = session.get("/login.xhtml");
    PageSession.Page answer =
        session.submit(
            login,
            "login",
            "login:submit",
            Map.of("login:email", adminEmail, "login:password", password));
    assertTrue(answer.path().startsWith("/login.xhtml"), answer.path());
    return answer.html().replace("&#39;", "'");
  }
}

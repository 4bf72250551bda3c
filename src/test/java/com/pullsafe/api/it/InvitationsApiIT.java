package com.pullsafe.api.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Api.Reply;
import com.pullsafe.testing.Api.TenantFixture;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.Mailbox;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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
 * Invitations and password resets over the API, with the real mail: the link that reaches the test
 * SMTP server sets the password once and then never again; a reset request answers alike for an
 * address with and without an account; a CSV list is invited all or nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationsApiIT {

  private static final String CHOSEN = "chosen-by-invitee-2026";
  private static final Pattern SQL_ENTRY = Pattern.compile("\\bsql;desc=\"(\\d+) SQL statements\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  @ArquillianResource private URL base;

  @Test
  void anInvitedAthleteSetsTheirPasswordThroughTheMailedLinkOnceAndSignsIn() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("invite");
    String coachEmail = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coachEmail, null);
    String coach = Http.basic(coachEmail, Api.NEW_PASSWORD);
    String email = tenant.email("ada");

    JsonObject invited =
        api.post("/api/v1/invitations", coach, invitation(email, null)).expect(201).object();
    assertEquals("ATHLETE", invited.getString("role"));
    assertFalse(invited.getString("linkExpiresAt").isBlank());

    String mail = Mailbox.awaitMail(email, 1);
    assertTrue(mail.contains("Tenant " + tenant.slug()), mail);
    String token = Mailbox.token(mail);
    assertEquals(401, api.get("/api/v1/me", Http.basic(email, CHOSEN)).status());

    complete(api, token, CHOSEN).expect(204);

    assertEquals(
        email,
        api.get("/api/v1/me", Http.basic(email, CHOSEN)).expect(200).object().getString("email"));
    Reply again = complete(api, token, "another-choice-2026").expectProblem(400);
    assertEquals(List.of("token"), fields(again));
    assertEquals(401, api.get("/api/v1/me", Http.basic(email, "another-choice-2026")).status());
    assertAudited(tenant, "PASSWORD_SET");
  }

  @Test
  void theLinkRefusesAPasswordThePolicyRefusesAndStaysUsable() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("invite");
    String email = tenant.email("weak");
    api.post("/api/v1/invitations", tenant.admin(), invitation(email, "COACH")).expect(201);
    String token = Mailbox.token(Mailbox.awaitMail(email, 1));

    assertEquals(List.of("password"), fields(complete(api, token, "password").expectProblem(400)));

    complete(api, token, CHOSEN).expect(204);
    assertEquals(
        "COACH",
        api.get("/api/v1/me", Http.basic(email, CHOSEN)).expect(200).object().getString("role"));
  }

  @Test
  void anExpiredLinkIsRefused() throws SQLException {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("invite");
    String email = tenant.email("late");
    api.post("/api/v1/invitations", tenant.admin(), invitation(email, null)).expect(201);
    String token = Mailbox.token(Mailbox.awaitMail(email, 1));
    try (Connection db = Database.connect();
        PreparedStatement expire =
            db.prepareStatement(
                "update password_link set expires_at = now() - interval '1 second'"
                    + " where account_id = (select id from app_user where email = ?)")) {
      expire.setString(1, email);
      assertEquals(1, expire.executeUpdate());
    }

    assertEquals(List.of("token"), fields(complete(api, token, CHOSEN).expectProblem(400)));
    assertEquals(401, api.get("/api/v1/me", Http.basic(email, CHOSEN)).status());
  }

  @Test
  void aResetRequestAnswersAlikeWithOrWithoutAnAccountAndOnlyAnAccountGetsMail() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("reset");
    String email = tenant.email("forgetful");
    api.newPerson("coaches", tenant.admin(), email, null);
    String unknown = tenant.email("nobody");

    Reply known =
        api.post("/api/v1/password-resets", null, Json.createObjectBuilder().add("email", email));
    Reply missing =
        api.post("/api/v1/password-resets", null, Json.createObjectBuilder().add("email", unknown));

    assertEquals(202, known.status());
    assertEquals(known.status(), missing.status());
    assertEquals(known.body(), missing.body());
    String token = Mailbox.token(Mailbox.awaitMail(email, 1));
    assertTrue(Mailbox.to(unknown).isEmpty());

    complete(api, token, CHOSEN).expect(204);
    assertEquals(401, api.get("/api/v1/me", Http.basic(email, Api.NEW_PASSWORD)).status());
    assertEquals(200, api.get("/api/v1/me", Http.basic(email, CHOSEN)).status());
    assertAudited(tenant, "PASSWORD_RESET_REQUESTED");
  }

  /**
   * The answer's timing must not tell an address with an account from one without: the request
   * thread runs as many SQL statements for either (the portal counts them in Server-Timing).
   */
  @Test
  void aResetRequestRunsTheSameStatementsOnTheRequestThreadWhetherOrNotTheAddressHasAnAccount() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("reset");
    String email = tenant.email("timed");
    api.newPerson("coaches", tenant.admin(), email, null);

    Reply known =
        api.post("/api/v1/password-resets", null, Json.createObjectBuilder().add("email", email))
            .expect(202);
    Reply unknown =
        api.post(
                "/api/v1/password-resets",
                null,
                Json.createObjectBuilder().add("email", tenant.email("nobody")))
            .expect(202);

    assertEquals(statements(unknown), statements(known));
    assertEquals(known.body(), unknown.body());
    Mailbox.awaitMail(email, 1);
  }

  private static int statements(Reply reply) {
    Matcher sql = SQL_ENTRY.matcher(reply.header("Server-Timing"));
    assertTrue(sql.find(), "no SQL count in Server-Timing: " + reply.header("Server-Timing"));
    return Integer.parseInt(sql.group(1));
  }

  @Test
  void aNewerResetLinkReplacesTheEarlierOne() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("reset");
    String email = tenant.email("twice");
    api.newPerson("coaches", tenant.admin(), email, null);

    api.post("/api/v1/password-resets", null, Json.createObjectBuilder().add("email", email))
        .expect(202);
    String first = Mailbox.token(Mailbox.awaitMail(email, 1));
    api.post("/api/v1/password-resets", null, Json.createObjectBuilder().add("email", email))
        .expect(202);
    String second = Mailbox.token(Mailbox.awaitMail(email, 2));

    assertEquals(List.of("token"), fields(complete(api, first, CHOSEN).expectProblem(400)));
    complete(api, second, CHOSEN).expect(204);
  }

  @Test
  void aResetRequestWithoutAnAddressNamesTheField() {
    Api api = new Api(base);
    Reply refused =
        api.post(
                "/api/v1/password-resets",
                null,
                Json.createObjectBuilder().add("email", "not-an-address"))
            .expectProblem(400);
    assertEquals(List.of("email"), fields(refused));
  }

  @Test
  void aCoachCannotInviteACoach() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("invite");
    String coachEmail = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coachEmail, null);
    String email = tenant.email("would-be-coach");

    Reply refused =
        api.post(
                "/api/v1/invitations",
                Http.basic(coachEmail, Api.NEW_PASSWORD),
                invitation(email, "COACH"))
            .expectProblem(400);

    assertEquals(List.of("role"), fields(refused));
    assertEquals(0, Database.number("select count(*) from app_user where email = ?", email));
  }

  @Test
  void aCsvListWithABadRowInvitesNobodyAndTheCorrectedListInvitesEveryone() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("csv");
    String coachEmail = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coachEmail, null);
    String first = tenant.email("first");
    String second = tenant.email("second");
    String bad =
        "name,email,role,coach\n"
            + "First Athlete,"
            + first
            + ",athlete,"
            + coachEmail
            + "\n"
            + "Second Coach,"
            + second
            + ",coach,\n"
            + "Repeated,"
            + first
            + ",athlete,\n"
            + "Nobody,no-address,boss,\n";

    Reply preview = csv(api, tenant.admin(), "/api/v1/invitations/preview", bad).expect(200);
    assertEquals(4, preview.array().size());
    assertEquals(0, preview.array().getJsonObject(0).getJsonArray("problems").size());
    Reply refused = csv(api, tenant.admin(), "/api/v1/invitations/batch", bad).expectProblem(400);

    assertEquals(List.of("rows[4].email", "rows[5].email", "rows[5].role"), fields(refused));
    assertEquals(
        0, Database.number("select count(*) from app_user where email in (?, ?)", first, second));

    String good = bad.substring(0, bad.indexOf("Repeated"));
    Reply invited = csv(api, tenant.admin(), "/api/v1/invitations/batch", good).expect(201);

    assertEquals(2, invited.array().size());
    assertEquals("ATHLETE", invited.array().getJsonObject(0).getString("role"));
    assertFalse(invited.array().getJsonObject(0).isNull("coachId"));
    assertEquals("COACH", invited.array().getJsonObject(1).getString("role"));
    Mailbox.awaitMail(first, 1);
    Mailbox.awaitMail(second, 1);
  }

  @Test
  void aPreviewNamesAnAddressOfTheCallersTenantButNeverOneTakenInAnother() {
    Api api = new Api(base);
    TenantFixture mine = api.newTenant("preview");
    TenantFixture theirs = api.newTenant("elsewhere");
    String coachEmail = mine.email("coach");
    api.newPerson("coaches", mine.admin(), coachEmail, null);
    String coach = Http.basic(coachEmail, Api.NEW_PASSWORD);
    String ours = mine.email("ours");
    api.newPerson("athletes", mine.admin(), ours, null);
    String elsewhere = theirs.email("taken");
    api.newPerson("athletes", theirs.admin(), elsewhere, null);
    String fresh = mine.email("fresh");
    String list =
        "name,email\nOurs," + ours + "\nElsewhere," + elsewhere + "\nFresh," + fresh + "\n";

    JsonArray rows = csv(api, coach, "/api/v1/invitations/preview", list).expect(200).array();

    JsonArray ourProblems = rows.getJsonObject(0).getJsonArray("problems");
    assertEquals(1, ourProblems.size(), ourProblems.toString());
    assertEquals("email", ourProblems.getJsonObject(0).getString("field"));
    assertEquals(
        "already has an account in this tenant", ourProblems.getJsonObject(0).getString("message"));
    assertEquals(0, rows.getJsonObject(1).getJsonArray("problems").size(), "another tenant's");
    assertEquals(0, rows.getJsonObject(2).getJsonArray("problems").size());

    String otherwiseFine = "name,email\nElsewhere," + elsewhere + "\nFresh," + fresh + "\n";
    Reply refused = csv(api, coach, "/api/v1/invitations/batch", otherwiseFine).expectProblem(400);
    assertEquals(List.of("rows[2].email"), fields(refused));
    assertEquals(0, Database.number("select count(*) from app_user where email = ?", fresh));
  }

  @Test
  void previewsAndInvitationsAreThrottledPerCallerWith429AndRetryAfter() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("throttle");
    String coachEmail = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coachEmail, null);
    String coach = Http.basic(coachEmail, Api.NEW_PASSWORD);
    StringBuilder list = new StringBuilder("name,email\n");
    for (int i = 0; i < 500; i++) {
      list.append("Probe ").append(i).append(',').append(tenant.email("probe" + i)).append('\n');
    }

    for (int round = 0; round < 4; round++) {
      csv(api, coach, "/api/v1/invitations/preview", list.toString()).expect(200);
    }
    Reply throttled = csv(api, coach, "/api/v1/invitations/preview", list.toString());
    assertEquals(429, throttled.status(), throttled.body());
    assertTrue(throttled.isProblem(), throttled.body());
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
    assertEquals(
        429,
        api.post("/api/v1/invitations", coach, invitation(tenant.email("one-more"), null))
            .status());
    assertEquals(
        0,
        Database.number("select count(*) from app_user where email = ?", tenant.email("one-more")));

    // Another caller has a budget of their own.
    csv(api, tenant.admin(), "/api/v1/invitations/preview", list.toString()).expect(200);
  }

  private static JsonObject invitation(String email, String role) {
    var body =
        Json.createObjectBuilder().add("email", email).add("displayName", "Invited " + email);
    if (role != null) {
      body.add("role", role);
    }
    return body.build();
  }

  private static Reply complete(Api api, String token, String password) {
    return api.post(
        "/api/v1/password-resets/completion",
        null,
        Json.createObjectBuilder().add("token", token).add("password", password));
  }

  private static Reply csv(Api api, String auth, String path, String body) {
    HttpResponse<String> response =
        api.http()
            .raw(
                "POST",
                path,
                body,
                "Authorization",
                auth,
                "Content-Type",
                "text/csv",
                "Accept",
                "application/json");
    return new Reply(response);
  }

  private static List<String> fields(Reply problem) {
    return problem.object().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .sorted()
        .toList();
  }

  private static void assertAudited(TenantFixture tenant, String action) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(
            () ->
                Database.number(
                        "select count(*) from audit_entry where tenant_id = ? and action = ?",
                        tenant.id(),
                        action)
                    > 0);
  }
}

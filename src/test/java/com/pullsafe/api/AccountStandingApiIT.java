package com.pullsafe.api;

import static com.pullsafe.testing.Api.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.Rows;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access ends with its grounds over the API: tokens expire, a password change revokes every token,
 * and a deactivated coach or archived athlete signs in neither with a password nor with a token
 * until reactivated or restored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountStandingApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  /** A fresh tenant with a coach and an athlete of that coach. */
  private record People(Api.TenantFixture tenant, Login coach, Login athlete) {}

  private record Login(long id, String email) {
    String basic() {
      return Http.basic(email, Api.NEW_PASSWORD);
    }
  }

  private People people(String label) {
    Api.TenantFixture tenant = api.newTenant(label);
    String coachEmail = tenant.email("coach");
    long coachId = api.newPerson("coaches", tenant.admin(), coachEmail, null).getInt("id");
    Login coach = new Login(coachId, coachEmail);
    String athleteEmail = tenant.email("athlete");
    long athleteId = api.newPerson("athletes", coach.basic(), athleteEmail, null).getInt("id");
    return new People(tenant, coach, new Login(athleteId, athleteEmail));
  }

  private JsonObject token(String auth, Integer expiresInDays) {
    var body = Json.createObjectBuilder().add("name", "standing " + Api.unique());
    if (expiresInDays != null) {
      body.add("expiresInDays", expiresInDays);
    }
    return api.post("/api/v1/me/tokens", auth, body).expect(201).object();
  }

  private JsonObject listed(String auth, long tokenId) {
    return api.get("/api/v1/me/tokens", auth).expect(200).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getJsonNumber("id").longValue() == tokenId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("token " + tokenId + " not listed"));
  }

  private void assertRefusedLikeAnUnknownToken(String token) {
    Api.Reply refused = api.get("/api/v1/me", bearer(token)).expect(401);
    Api.Reply unknown = api.get("/api/v1/me", bearer("psk_" + "Z".repeat(43))).expect(401);
    assertTrue(refused.isProblem(), refused.body());
    assertEquals(unknown.body(), refused.body());
  }

  @Test
  void aTokenWithALifetimeSaysWhenItExpiresAndWorksUntilThen() {
    People p = people("expiry");
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    JsonObject created = token(p.athlete.basic(), 30);

    Instant expiresAt = Instant.parse(created.getString("expiresAt"));
    assertTrue(
        !expiresAt.isBefore(before.plus(Duration.ofDays(30)))
            && expiresAt.isBefore(Instant.now().plus(Duration.ofDays(30)).plusSeconds(5)),
        expiresAt.toString());
    api.get("/api/v1/me", bearer(created.getString("token"))).expect(200);
    JsonObject listed = listed(p.athlete.basic(), created.getJsonNumber("id").longValue());
    assertEquals(expiresAt, Instant.parse(listed.getString("expiresAt")));
    assertFalse(listed.getBoolean("expired"));
    assertFalse(token(p.athlete.basic(), null).containsKey("expiresAt"), "never expires");
  }

  @Test
  void anExpiredTokenNoLongerSignsInAndIsListedAsExpired() {
    People p = people("expired");
    JsonObject created = token(p.coach.basic(), 1);
    long id = created.getJsonNumber("id").longValue();
    api.get("/api/v1/me", bearer(created.getString("token"))).expect(200);

    assertEquals(
        1,
        Rows.update(
            "update access_token set expires_at = now() - interval '1 second' where id = ?", id));

    assertRefusedLikeAnUnknownToken(created.getString("token"));
    assertTrue(listed(p.coach.basic(), id).getBoolean("expired"));
  }

  @Test
  void aLifetimeOutsideOneDayToAYearIsRefusedNamingTheFieldAndNothingIsStored() {
    People p = people("lifetime");
    for (String lifetime : List.of("0", "366", "-5", "1.5", "\"30\"")) {
      Api.Reply refused =
          api.post(
                  "/api/v1/me/tokens",
                  p.athlete.basic(),
                  "{\"name\":\"odd\",\"expiresInDays\":" + lifetime + "}")
              .expect(400);
      assertEquals(List.of("expiresInDays"), refused.errorFields(), lifetime);
    }
    assertEquals(0, api.get("/api/v1/me/tokens", p.athlete.basic()).expect(200).array().size());
  }

  @Test
  void aPasswordChangeRevokesEveryTokenAndMovesTheCredentialsDate() {
    People p = people("pwchange");
    String first = token(p.coach.basic(), null).getString("token");
    String second = token(p.coach.basic(), 90).getString("token");
    Instant changedBefore =
        Rows.instant("select credentials_changed_at from app_user where email = ?", p.coach.email);

    api.put(
            "/api/v1/me/password",
            bearer(first),
            Json.createObjectBuilder()
                .add("currentPassword", Api.NEW_PASSWORD)
                .add("newPassword", "plum orbit canal 44"))
        .expect(204);

    assertRefusedLikeAnUnknownToken(first);
    assertRefusedLikeAnUnknownToken(second);
    assertEquals(
        0,
        Rows.number(
            "select count(*) from access_token t join app_user u on u.id = t.account_id"
                + " where u.email = ? and t.revoked_at is null",
            p.coach.email));
    Instant changedAfter =
        Rows.instant("select credentials_changed_at from app_user where email = ?", p.coach.email);
    assertTrue(changedAfter.isAfter(changedBefore), changedBefore + " then " + changedAfter);
    api.get("/api/v1/me", p.coach.basic()).expect(401);
    api.get("/api/v1/me", Http.basic(p.coach.email, "plum orbit canal 44")).expect(200);
    assertEquals(
        List.of(),
        api.get("/api/v1/me/tokens", Http.basic(p.coach.email, "plum orbit canal 44"))
            .expect(200)
            .array());
  }

  @Test
  void aTokenMadeAfterThePasswordChangeWorks() {
    People p = people("pwafter");
    String changed = "lantern moss ferry 8";
    api.put(
            "/api/v1/me/password",
            p.athlete.basic(),
            Json.createObjectBuilder()
                .add("currentPassword", Api.NEW_PASSWORD)
                .add("newPassword", changed))
        .expect(204);

    String token = token(Http.basic(p.athlete.email, changed), null).getString("token");

    assertEquals(
        p.athlete.email,
        api.get("/api/v1/me", bearer(token)).expect(200).object().getString("email"));
  }

  @Test
  void aCoachAndATenantAdminChangeTheirPasswordThroughTheApi() {
    People p = people("pwroles");
    String adminEmail = p.tenant.email("admin");
    for (String email : List.of(p.coach.email, adminEmail)) {
      String changed = "harbour violet " + Api.unique();
      api.put(
              "/api/v1/me/password",
              Http.basic(email, Api.NEW_PASSWORD),
              Json.createObjectBuilder()
                  .add("currentPassword", Api.NEW_PASSWORD)
                  .add("newPassword", changed))
          .expect(204);

      api.get("/api/v1/me", Http.basic(email, changed)).expect(200);
      api.get("/api/v1/me", Http.basic(email, Api.NEW_PASSWORD)).expect(401);
    }
  }

  @Test
  void aRefusedPasswordChangeNamesTheFieldAndChangesNothing() {
    People p = people("pwrefused");
    String token = token(p.coach.basic(), null).getString("token");
    record Attempt(String current, String next, String field, String message) {}
    for (Attempt attempt :
        List.of(
            new Attempt(Api.NEW_PASSWORD, "Password123", "newPassword", "most common passwords"),
            new Attempt(Api.NEW_PASSWORD, "short", "newPassword", "at least 10 characters"),
            new Attempt(Api.NEW_PASSWORD, "my coach@ pass", "newPassword", "before the @"),
            new Attempt(Api.NEW_PASSWORD, Api.NEW_PASSWORD, "newPassword", "must differ"),
            new Attempt("not-my-password", "plum orbit canal 44", "currentPassword", "current"))) {
      Api.Reply refused =
          api.put(
                  "/api/v1/me/password",
                  p.coach.basic(),
                  Json.createObjectBuilder()
                      .add("currentPassword", attempt.current)
                      .add("newPassword", attempt.next))
              .expect(400);

      assertTrue(refused.isProblem(), refused.body());
      assertEquals(List.of(attempt.field), refused.errorFields(), attempt.next);
      assertTrue(refused.body().contains(attempt.message), refused.body());
    }
    api.get("/api/v1/me", p.coach.basic()).expect(200);
    api.get("/api/v1/me", bearer(token)).expect(200);
  }

  @Test
  void aPasswordChangeWithAFieldItDoesNotTakeIsRefusedAndChangesNothing() {
    People p = people("pwshape");

    Api.Reply refused =
        api.put(
                "/api/v1/me/password",
                p.athlete.basic(),
                Json.createObjectBuilder()
                    .add("currentPassword", Api.NEW_PASSWORD)
                    .add("newPassword", "plum orbit canal 44")
                    .add("repeatPassword", "plum orbit canal 44"))
            .expect(400);

    assertEquals(List.of("repeatPassword"), refused.errorFields());
    api.get("/api/v1/me", p.athlete.basic()).expect(200);
  }

  @Test
  void aDeactivatedCoachsTokenStopsWorkingAndWorksAgainAfterReactivation() {
    People p = people("deacttoken");
    String token = token(p.coach.basic(), null).getString("token");

    JsonObject deactivated =
        api.post("/api/v1/coaches/" + p.coach.id + "/deactivation", p.tenant.admin(), "")
            .expect(200)
            .object();

    assertFalse(deactivated.getBoolean("active"));
    assertRefusedLikeAnUnknownToken(token);
    JsonObject reactivated =
        api.delete("/api/v1/coaches/" + p.coach.id + "/deactivation", p.tenant.admin())
            .expect(200)
            .object();
    assertTrue(reactivated.getBoolean("active"));
    api.get("/api/v1/me", bearer(token)).expect(200);
  }

  @Test
  void aDeactivatedCoachCannotSignInWithTheirPasswordUntilReactivated() {
    People p = people("deactbasic");
    api.get("/api/v1/me", p.coach.basic()).expect(200);

    api.post("/api/v1/coaches/" + p.coach.id + "/deactivation", p.tenant.admin(), "").expect(200);

    Api.Reply refused = api.get("/api/v1/me", p.coach.basic()).expect(401);
    assertTrue(refused.isProblem(), refused.body());
    api.delete("/api/v1/coaches/" + p.coach.id + "/deactivation", p.tenant.admin()).expect(200);
    api.get("/api/v1/me", p.coach.basic()).expect(200);
  }

  @Test
  void anArchivedAthletesTokenStopsWorkingAndARestoredOnesWorksAgain() {
    People p = people("archive");
    String token = token(p.athlete.basic(), null).getString("token");

    JsonObject archived =
        api.post("/api/v1/athletes/" + p.athlete.id + "/archival", p.coach.basic(), "")
            .expect(200)
            .object();

    assertTrue(archived.getBoolean("archived"));
    assertRefusedLikeAnUnknownToken(token);
    JsonObject restored =
        api.delete("/api/v1/athletes/" + p.athlete.id + "/archival", p.tenant.admin())
            .expect(200)
            .object();
    assertFalse(restored.getBoolean("archived"));
    api.get("/api/v1/me", bearer(token)).expect(200);
  }

  @Test
  void anArchivedAthleteCannotSignInWithTheirPasswordAndARestoredOneCan() {
    People p = people("archivebasic");

    api.post("/api/v1/athletes/" + p.athlete.id + "/archival", p.tenant.admin(), "").expect(200);

    api.get("/api/v1/me", p.athlete.basic()).expect(401);
    api.delete("/api/v1/athletes/" + p.athlete.id + "/archival", p.coach.basic()).expect(200);
    assertEquals(
        "ATHLETE", api.get("/api/v1/me", p.athlete.basic()).expect(200).object().getString("role"));
  }
}

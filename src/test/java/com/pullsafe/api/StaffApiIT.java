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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant admin's staff over the API: coaches and tenant admins listed with their standing, admins
 * added, either deactivated and reactivated (never oneself, never the last active admin, never
 * another tenant's), every change audited; new accounts follow the password policy, and a taken
 * e-mail is refused alike wherever it is in use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiIT {

  private static final String NEUTRAL = "This e-mail address cannot be used; choose another.";

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

  private long coach(Api.TenantFixture tenant, String localPart) {
    return api.newPerson("coaches", tenant.admin(), tenant.email(localPart), null).getInt("id");
  }

  private JsonObject addAdmin(Api.TenantFixture tenant, String localPart) {
    return api.post(
            "/api/v1/tenant-admins",
            tenant.admin(),
            Json.createObjectBuilder()
                .add("email", tenant.email(localPart))
                .add("displayName", "Admin " + localPart)
                .add("password", Api.NEW_PASSWORD))
        .expect(201)
        .object();
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  private JsonObject listedCoach(Api.TenantFixture tenant, long coachId) {
    return api.get("/api/v1/coaches", tenant.admin()).expect(200).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> id(c) == coachId)
        .findFirst()
        .orElseThrow();
  }

  private long audited(String action, long objectId) {
    return Rows.number(
        "select count(*) from audit_entry where action = ? and object_id = ?", action, objectId);
  }

  @Test
  void theCoachListShowsWhoIsDeactivatedAndEachChangeIsAudited() {
    Api.TenantFixture tenant = api.newTenant("coachlist");
    long coach = coach(tenant, "coach");
    assertTrue(listedCoach(tenant, coach).getBoolean("active"));

    api.post("/api/v1/coaches/" + coach + "/deactivation", tenant.admin(), "").expect(200);
    api.post("/api/v1/coaches/" + coach + "/deactivation", tenant.admin(), "").expect(200);

    assertFalse(listedCoach(tenant, coach).getBoolean("active"));
    assertEquals(1, audited("COACH_DEACTIVATED", coach), "repeating changes nothing");
    api.delete("/api/v1/coaches/" + coach + "/deactivation", tenant.admin()).expect(200);
    assertTrue(listedCoach(tenant, coach).getBoolean("active"));
    assertEquals(1, audited("COACH_REACTIVATED", coach));
  }

  @Test
  void anotherTenantsCoachIsNotFoundAndKeepsWorking() {
    Api.TenantFixture mine = api.newTenant("mine");
    Api.TenantFixture theirs = api.newTenant("theirs");
    long theirCoach = coach(theirs, "coach");
    String token =
        api.post(
                "/api/v1/me/tokens",
                Http.basic(theirs.email("coach"), Api.NEW_PASSWORD),
                Json.createObjectBuilder().add("name", "phone"))
            .expect(201)
            .object()
            .getString("token");

    Api.Reply deactivate =
        api.post("/api/v1/coaches/" + theirCoach + "/deactivation", mine.admin(), "").expect(404);
    Api.Reply reactivate =
        api.delete("/api/v1/coaches/" + theirCoach + "/deactivation", mine.admin()).expect(404);
    Api.Reply unknown =
        api.post("/api/v1/coaches/" + Long.MAX_VALUE + "/deactivation", mine.admin(), "")
            .expect(404);

    assertTrue(deactivate.isProblem() && reactivate.isProblem(), deactivate.body());
    assertEquals(unknown.body(), deactivate.body(), "exactly as if it did not exist");
    assertTrue(listedCoach(theirs, theirCoach).getBoolean("active"));
    api.get("/api/v1/me", bearer(token)).expect(200);
  }

  @Test
  void onlyATenantAdminManagesStaff() {
    Api.TenantFixture tenant = api.newTenant("staffroles");
    long coach = coach(tenant, "coach");
    String coachAuth = Http.basic(tenant.email("coach"), Api.NEW_PASSWORD);
    for (String auth : List.of(coachAuth, api.platformAdmin())) {
      api.post("/api/v1/coaches/" + coach + "/deactivation", auth, "").expect(403);
      api.get("/api/v1/tenant-admins", auth).expect(403);
      api.get("/api/v1/coaches", auth).expect(403);
    }
    assertTrue(listedCoach(tenant, coach).getBoolean("active"));
    api.post("/api/v1/coaches/" + coach + "/deactivation", null, "").expect(401);
  }

  @Test
  void anAddedTenantAdminSignsInAndIsListed() {
    Api.TenantFixture tenant = api.newTenant("admins");

    JsonObject added = addAdmin(tenant, "second");

    assertTrue(added.getBoolean("active"));
    JsonObject me =
        api.get("/api/v1/me", Http.basic(tenant.email("second"), Api.NEW_PASSWORD))
            .expect(200)
            .object();
    assertEquals("TENANT_ADMIN", me.getString("role"));
    assertEquals(tenant.slug(), me.getJsonObject("tenant").getString("slug"));
    List<String> listed =
        api.get("/api/v1/tenant-admins", tenant.admin()).expect(200).array().stream()
            .map(a -> a.asJsonObject().getString("email"))
            .toList();
    assertEquals(List.of(tenant.email("admin"), tenant.email("second")), listed);
    assertEquals(1, audited("TENANT_ADMIN_ADDED", id(added)));
  }

  @Test
  void aTenantAdminDeactivatesAndReactivatesAnotherButNeverThemself() {
    Api.TenantFixture tenant = api.newTenant("adminstanding");
    long second = id(addAdmin(tenant, "second"));
    String secondAuth = Http.basic(tenant.email("second"), Api.NEW_PASSWORD);
    long self =
        api.get("/api/v1/me", tenant.admin()).expect(200).object().getJsonNumber("id").longValue();
    String secondToken =
        api.post("/api/v1/me/tokens", secondAuth, Json.createObjectBuilder().add("name", "cli"))
            .expect(201)
            .object()
            .getString("token");

    Api.Reply selfRefused =
        api.post("/api/v1/tenant-admins/" + self + "/deactivation", tenant.admin(), "").expect(409);
    JsonObject deactivated =
        api.post("/api/v1/tenant-admins/" + second + "/deactivation", tenant.admin(), "")
            .expect(200)
            .object();

    assertTrue(selfRefused.object().getString("detail").contains("your own account"));
    api.get("/api/v1/me", tenant.admin()).expect(200);
    assertFalse(deactivated.getBoolean("active"));
    api.get("/api/v1/me", bearer(secondToken)).expect(401);
    assertEquals(1, audited("TENANT_ADMIN_DEACTIVATED", second));
    api.delete("/api/v1/tenant-admins/" + second + "/deactivation", tenant.admin()).expect(200);
    api.get("/api/v1/me", bearer(secondToken)).expect(200);
    assertEquals(1, audited("TENANT_ADMIN_REACTIVATED", second));
  }

  @Test
  void anotherTenantsAdminOrACoachIsNoTenantAdminToDeactivate() {
    Api.TenantFixture mine = api.newTenant("mineadm");
    Api.TenantFixture theirs = api.newTenant("theirsadm");
    long theirAdmin =
        api.get("/api/v1/me", theirs.admin()).expect(200).object().getJsonNumber("id").longValue();
    coach(mine, "coach");
    long myCoachAccount =
        api.get("/api/v1/me", Http.basic(mine.email("coach"), Api.NEW_PASSWORD))
            .expect(200)
            .object()
            .getJsonNumber("id")
            .longValue();

    api.post("/api/v1/tenant-admins/" + theirAdmin + "/deactivation", mine.admin(), "").expect(404);
    api.post("/api/v1/tenant-admins/" + myCoachAccount + "/deactivation", mine.admin(), "")
        .expect(404);

    api.get("/api/v1/me", theirs.admin()).expect(200);
    api.get("/api/v1/me", Http.basic(mine.email("coach"), Api.NEW_PASSWORD)).expect(200);
  }

  @Test
  void twoAdminsDeactivatingEachOtherAtOnceLeaveTheTenantAnActiveAdmin() {
    Api.TenantFixture tenant = api.newTenant("mutual");
    long first =
        api.get("/api/v1/me", tenant.admin()).expect(200).object().getJsonNumber("id").longValue();
    long second = id(addAdmin(tenant, "second"));
    String firstToken = tokenOf(tenant.admin());
    String secondToken = tokenOf(Http.basic(tenant.email("second"), Api.NEW_PASSWORD));

    CompletableFuture<Api.Reply> firstOut =
        CompletableFuture.supplyAsync(
            () ->
                api.post(
                    "/api/v1/tenant-admins/" + second + "/deactivation", bearer(firstToken), ""));
    CompletableFuture<Api.Reply> secondOut =
        CompletableFuture.supplyAsync(
            () ->
                api.post(
                    "/api/v1/tenant-admins/" + first + "/deactivation", bearer(secondToken), ""));
    List<Integer> statuses =
        List.of(firstOut.join().status(), secondOut.join().status()).stream().sorted().toList();

    // The loser is refused as the last admin (409), or no longer signed in at all (401).
    assertEquals(200, statuses.get(0), statuses.toString());
    assertTrue(List.of(401, 409).contains(statuses.get(1)), statuses.toString());
    assertEquals(
        1,
        Rows.number(
            "select count(*) from app_user where tenant_id = ? and role = 'TENANT_ADMIN'"
                + " and active",
            tenant.id()));
  }

  private String tokenOf(String auth) {
    return api.post("/api/v1/me/tokens", auth, Json.createObjectBuilder().add("name", "t"))
        .expect(201)
        .object()
        .getString("token");
  }

  @Test
  void aTakenEmailGetsTheSameAnswerWhereverItIsInUse() {
    Api.TenantFixture mine = api.newTenant("taken");
    Api.TenantFixture theirs = api.newTenant("elsewhere");
    coach(mine, "coach");
    coach(theirs, "coach");

    List<Api.Reply> replies =
        List.of(mine.email("coach"), theirs.email("coach"), "admin@portal.test").stream()
            .map(
                email ->
                    api.post(
                        "/api/v1/coaches",
                        mine.admin(),
                        Json.createObjectBuilder()
                            .add("email", email)
                            .add("displayName", "Someone")
                            .add("password", Api.NEW_PASSWORD)))
            .toList();

    for (Api.Reply reply : replies) {
      reply.expect(409);
      assertTrue(reply.isProblem(), reply.body());
      assertEquals(NEUTRAL, reply.object().getString("detail"));
      assertEquals(List.of("email"), reply.errorFields());
      assertEquals(replies.get(0).body(), reply.body());
    }
    assertEquals(
        1, Rows.number("select count(*) from app_user where email = ?", theirs.email("coach")));
  }

  @Test
  void aTakenEmailAmongOtherErrorsReadsTheSameInThisTenantAndAnother() {
    Api.TenantFixture mine = api.newTenant("takenmix");
    Api.TenantFixture theirs = api.newTenant("elsewheremix");
    coach(mine, "coach");
    coach(theirs, "coach");
    String coachAuth = Http.basic(mine.email("coach"), Api.NEW_PASSWORD);

    List<String> bodies =
        List.of(mine.email("coach"), theirs.email("coach")).stream()
            .map(
                email ->
                    api.post(
                            "/api/v1/athletes",
                            coachAuth,
                            Json.createObjectBuilder()
                                .add("email", email)
                                .add("displayName", "Someone")
                                .add("password", "short"))
                        .expect(400))
            .peek(reply -> assertEquals(List.of("password", "email"), reply.errorFields()))
            .map(Api.Reply::body)
            .toList();

    assertEquals(bodies.get(0), bodies.get(1));
    assertTrue(bodies.get(0).contains("cannot be used; choose another"), bodies.get(0));
  }

  @Test
  void aCommonFirstPasswordIsRefusedNamingTheFieldAndNothingIsStored() {
    Api.TenantFixture tenant = api.newTenant("commonpw");
    String email = tenant.email("newcoach");
    for (String kind : List.of("coaches", "athletes", "tenant-admins")) {
      Api.Reply refused =
          api.post(
                  "/api/v1/" + kind,
                  tenant.admin(),
                  Json.createObjectBuilder()
                      .add("email", email)
                      .add("displayName", "New Person")
                      .add("password", "iloveyou123"))
              .expect(400);
      assertEquals(List.of("password"), refused.errorFields(), kind);
      assertTrue(refused.body().contains("most common passwords"), refused.body());
    }
    String slug = "commonpw-" + Api.unique();
    Api.Reply tenantRefused =
        api.post(
                "/api/v1/tenants",
                api.platformAdmin(),
                Json.createObjectBuilder()
                    .add("slug", slug)
                    .add("name", "Common")
                    .add("adminEmail", "owner@" + slug + ".test")
                    .add("adminDisplayName", "Owner")
                    .add("adminPassword", "qwertyuiop123"))
            .expect(400);
    assertEquals(List.of("adminPassword"), tenantRefused.errorFields());
    assertEquals(0, Rows.number("select count(*) from app_user where email = ?", email));
    assertEquals(0, Rows.number("select count(*) from tenant where slug = ?", slug));
  }
}

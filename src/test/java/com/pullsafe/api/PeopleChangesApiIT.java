package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.Rows;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
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
 * Changing people over the API as the pages do: a tenant admin renames coaches ({@code PUT
 * /coaches/{id}}), a tenant admin or the athlete's coach renames athletes ({@code PUT
 * /athletes/{id}}), and a tenant admin moves an athlete to another coach ({@code PUT
 * /athletes/{id}/coach}). Bad input names its field and changes nothing, the wrong role is 403,
 * another tenant's (or coach's) person is 404, and each change is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleChangesApiIT {

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

  private long athlete(Api.TenantFixture tenant, String localPart, Long coachId) {
    return api.newPerson("athletes", tenant.admin(), tenant.email(localPart), coachId).getInt("id");
  }

  private static String login(Api.TenantFixture tenant, String localPart) {
    return Http.basic(tenant.email(localPart), Api.NEW_PASSWORD);
  }

  private static JsonObjectBuilder name(String displayName) {
    return Json.createObjectBuilder().add("displayName", displayName);
  }

  private static long audited(String action, long objectId) {
    return Rows.number(
        "select count(*) from audit_entry where action = ? and object_id = ?", action, objectId);
  }

  private String listedCoachName(Api.TenantFixture tenant, long coachId) {
    return api.get("/api/v1/coaches", tenant.admin()).expect(200).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getJsonNumber("id").longValue() == coachId)
        .findFirst()
        .orElseThrow()
        .getString("displayName");
  }

  private JsonObject athleteAs(String auth, long athleteId) {
    return api.get("/api/v1/athletes/" + athleteId, auth).expect(200).object();
  }

  @Test
  void aTenantAdminRenamesACoachWhoseAccountShowsTheNewNameAudited() {
    Api.TenantFixture tenant = api.newTenant("renamecoach");
    long coach = coach(tenant, "coach");

    JsonObject renamed =
        api.put("/api/v1/coaches/" + coach, tenant.admin(), name("  Cleo Park-Lee "))
            .expect(200)
            .object();
    api.put("/api/v1/coaches/" + coach, tenant.admin(), name("Cleo Park-Lee")).expect(200);

    assertEquals("Cleo Park-Lee", renamed.getString("displayName"));
    assertEquals(tenant.email("coach"), renamed.getString("email"), "the login stays");
    assertEquals("Cleo Park-Lee", listedCoachName(tenant, coach));
    assertEquals(
        "Cleo Park-Lee",
        api.get("/api/v1/me", login(tenant, "coach"))
            .expect(200)
            .object()
            .getString("displayName"));
    assertEquals(1, audited("COACH_RENAMED", coach), "an unchanged name is no change");
  }

  @Test
  void aBadCoachNameIsRefusedNamingTheFieldAndNothingChanges() {
    Api.TenantFixture tenant = api.newTenant("badcoachname");
    long coach = coach(tenant, "coach");
    String before = listedCoachName(tenant, coach);
    String path = "/api/v1/coaches/" + coach;

    List<Api.Reply> refused =
        List.of(
            api.put(path, tenant.admin(), name("   ")),
            api.put(path, tenant.admin(), name("x".repeat(121))),
            api.put(path, tenant.admin(), name("Nul\u0000l")),
            api.put(path, tenant.admin(), name("Cleo").add("email", "new@x.test")),
            api.send("PUT", path, tenant.admin(), "{\"displayName\":5}"),
            api.send("PUT", path, tenant.admin(), null));

    for (Api.Reply reply : refused) {
      reply.expectProblem(400);
    }
    for (Api.Reply reply : refused.subList(0, 3)) {
      assertEquals(List.of("displayName"), reply.errorFields(), reply.body());
    }
    assertEquals(List.of("email"), refused.get(3).errorFields(), refused.get(3).body());
    assertEquals(List.of("displayName"), refused.get(4).errorFields(), refused.get(4).body());
    assertEquals(before, listedCoachName(tenant, coach));
    assertEquals(0, audited("COACH_RENAMED", coach));
  }

  @Test
  void onlyATenantAdminOfTheCoachsTenantRenamesThem() {
    Api.TenantFixture tenant = api.newTenant("coachroles");
    Api.TenantFixture other = api.newTenant("coachother");
    long coach = coach(tenant, "coach");
    athlete(tenant, "athlete", coach);
    String before = listedCoachName(tenant, coach);
    String path = "/api/v1/coaches/" + coach;

    for (String auth :
        List.of(login(tenant, "coach"), login(tenant, "athlete"), api.platformAdmin())) {
      api.put(path, auth, name("Taken Over")).expectProblem(403);
    }
    Api.Reply foreign = api.put(path, other.admin(), name("Taken Over")).expectProblem(404);
    Api.Reply unknown =
        api.put("/api/v1/coaches/" + Long.MAX_VALUE, other.admin(), name("Taken Over"))
            .expectProblem(404);
    api.put(path, null, name("Taken Over")).expect(401);

    assertEquals(unknown.body(), foreign.body(), "exactly as if it did not exist");
    assertEquals(before, listedCoachName(tenant, coach));
    assertEquals(0, audited("COACH_RENAMED", coach));
  }

  @Test
  void theAthletesCoachOrATenantAdminRenamesTheAthleteAudited() {
    Api.TenantFixture tenant = api.newTenant("renameathlete");
    long coach = coach(tenant, "coach");
    long athlete = athlete(tenant, "athlete", coach);

    JsonObject byCoach =
        api.put("/api/v1/athletes/" + athlete, login(tenant, "coach"), name("Finn Walsh"))
            .expect(200)
            .object();
    JsonObject byAdmin =
        api.put("/api/v1/athletes/" + athlete, tenant.admin(), name("Finn O. Walsh"))
            .expect(200)
            .object();

    assertEquals("Finn Walsh", byCoach.getString("displayName"));
    assertEquals("Finn O. Walsh", byAdmin.getString("displayName"));
    assertEquals(tenant.email("athlete"), byAdmin.getString("email"), "the login stays");
    assertEquals(
        "Finn O. Walsh", athleteAs(login(tenant, "athlete"), athlete).getString("displayName"));
    assertEquals(
        "Finn O. Walsh",
        api.get("/api/v1/me", login(tenant, "athlete"))
            .expect(200)
            .object()
            .getString("displayName"));
    assertEquals(2, audited("ATHLETE_RENAMED", athlete));
  }

  @Test
  void anAthleteIsRenamedOnlyByTheirCoachOrTheirTenantsAdmin() {
    Api.TenantFixture tenant = api.newTenant("athleteroles");
    Api.TenantFixture other = api.newTenant("athleteother");
    long coach = coach(tenant, "coach");
    coach(tenant, "second");
    long athlete = athlete(tenant, "athlete", coach);
    String path = "/api/v1/athletes/" + athlete;
    String before = athleteAs(tenant.admin(), athlete).getString("displayName");

    api.put(path, login(tenant, "athlete"), name("Self Made")).expectProblem(403);
    api.put(path, api.platformAdmin(), name("Self Made")).expectProblem(403);
    Api.Reply otherCoach = api.put(path, login(tenant, "second"), name("Self Made"));
    Api.Reply otherTenant = api.put(path, other.admin(), name("Self Made"));
    Api.Reply badName = api.put(path, tenant.admin(), name(""));

    otherCoach.expectProblem(404);
    otherTenant.expectProblem(404);
    badName.expectProblem(400);
    assertEquals(List.of("displayName"), badName.errorFields());
    assertEquals(before, athleteAs(tenant.admin(), athlete).getString("displayName"));
    assertEquals(0, audited("ATHLETE_RENAMED", athlete));
  }

  @Test
  void aTenantAdminMovesAnAthleteToAnotherCoachWhoThenSeesThem() {
    Api.TenantFixture tenant = api.newTenant("move");
    long first = coach(tenant, "first");
    long second = coach(tenant, "second");
    long athlete = athlete(tenant, "athlete", first);
    String path = "/api/v1/athletes/" + athlete + "/coach";

    JsonObject moved =
        api.put(path, tenant.admin(), Json.createObjectBuilder().add("coachId", second))
            .expect(200)
            .object();

    assertEquals(second, moved.getJsonNumber("coachId").longValue());
    assertEquals(
        List.of(athlete),
        api
            .get("/api/v1/athletes", login(tenant, "second"))
            .expect(200)
            .object()
            .getJsonArray("items")
            .stream()
            .map(a -> a.asJsonObject().getJsonNumber("id").longValue())
            .toList());
    api.get("/api/v1/athletes/" + athlete, login(tenant, "first")).expectProblem(404);
    assertEquals(1, audited("COACH_ASSIGNED", athlete));

    JsonObject alone =
        api.put(path, tenant.admin(), Json.createObjectBuilder().addNull("coachId"))
            .expect(200)
            .object();
    assertTrue(!alone.containsKey("coachId") || alone.isNull("coachId"), alone.toString());
    api.get("/api/v1/athletes/" + athlete, login(tenant, "second")).expectProblem(404);
  }

  @Test
  void movingToNoCoachOfTheTenantOrAnInactiveOneIsRefusedNamingCoachId() {
    Api.TenantFixture tenant = api.newTenant("movebad");
    Api.TenantFixture other = api.newTenant("moveother");
    long coach = coach(tenant, "coach");
    long inactive = coach(tenant, "inactive");
    long foreignCoach = coach(other, "coach");
    long athlete = athlete(tenant, "athlete", coach);
    api.post("/api/v1/coaches/" + inactive + "/deactivation", tenant.admin(), "").expect(200);
    String path = "/api/v1/athletes/" + athlete + "/coach";

    List<Api.Reply> refused =
        List.of(
            api.put(path, tenant.admin(), Json.createObjectBuilder().add("coachId", foreignCoach)),
            api.put(path, tenant.admin(), Json.createObjectBuilder().add("coachId", inactive)),
            api.put(path, tenant.admin(), Json.createObjectBuilder().add("coachId", "abc")),
            api.put(path, tenant.admin(), Json.createObjectBuilder().add("coach", coach)));

    for (Api.Reply reply : refused.subList(0, 3)) {
      reply.expectProblem(400);
      assertEquals(List.of("coachId"), reply.errorFields(), reply.body());
    }
    refused.get(3).expectProblem(400);
    assertEquals(List.of("coach"), refused.get(3).errorFields());
    assertEquals(coach, athleteAs(tenant.admin(), athlete).getJsonNumber("coachId").longValue());
    assertEquals(0, audited("COACH_ASSIGNED", athlete));
  }

  @Test
  void onlyATenantAdminMovesAthletesAndOnlyTheirOwnTenants() {
    Api.TenantFixture tenant = api.newTenant("moveroles");
    Api.TenantFixture other = api.newTenant("moveroles2");
    long coach = coach(tenant, "coach");
    long second = coach(tenant, "second");
    long athlete = athlete(tenant, "athlete", coach);
    String path = "/api/v1/athletes/" + athlete + "/coach";
    JsonObjectBuilder toSecond = Json.createObjectBuilder().add("coachId", second);

    api.put(path, login(tenant, "coach"), toSecond).expectProblem(403);
    api.put(path, login(tenant, "athlete"), Json.createObjectBuilder().add("coachId", second))
        .expectProblem(403);
    api.put(path, api.platformAdmin(), Json.createObjectBuilder().add("coachId", second))
        .expectProblem(403);
    api.put(path, other.admin(), Json.createObjectBuilder().add("coachId", second))
        .expectProblem(404);

    assertEquals(coach, athleteAs(tenant.admin(), athlete).getJsonNumber("coachId").longValue());
    assertEquals(0, audited("COACH_ASSIGNED", athlete));
  }
}

package com.pullsafe.api;

import static com.pullsafe.testing.Api.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.ServerLog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/v1/coaches} and {@code /api/v1/athletes} over HTTP: roles, tenants, paging. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleApiIT {

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

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  private List<String> athleteEmails(String auth) {
    return api
        .get("/api/v1/athletes?size=200", auth)
        .expect(200)
        .object()
        .getJsonArray("items")
        .stream()
        .map(a -> a.asJsonObject().getString("email"))
        .toList();
  }

  @Test
  void aTenantAdminAddsCoachesAndAthletesToTheirOwnTenantOnly() {
    Api.TenantFixture a = api.newTenant("people-a");

    JsonObject coach = api.newPerson("coaches", a.admin(), a.email("coach"), null);
    assertEquals(a.email("coach"), coach.getString("email"));
    assertEquals("Person " + a.email("coach"), coach.getString("displayName"));
    Api.Reply athlete =
        api.post(
                "/api/v1/athletes",
                a.admin(),
                Json.createObjectBuilder()
                    .add("email", a.email("athlete"))
                    .add("displayName", "Athlete A")
                    .add("password", Api.NEW_PASSWORD)
                    .add("coachId", id(coach)))
            .expect(201);

    JsonObject created = athlete.object();
    assertEquals(id(coach), created.getJsonNumber("coachId").longValue());
    assertEquals("Athlete A", created.getString("displayName"));
    assertTrue(athlete.header("Location").endsWith("/api/v1/athletes/" + id(created)));
    JsonObject me =
        api.get("/api/v1/me", Http.basic(a.email("athlete"), Api.NEW_PASSWORD))
            .expect(200)
            .object();
    assertEquals(a.slug(), me.getJsonObject("tenant").getString("slug"));
    assertEquals(List.of(a.email("athlete")), athleteEmails(a.admin()));
    assertFalse(athleteEmails(demo("admin")).contains(a.email("athlete")));
    assertTrue(athleteEmails(demo("admin")).contains("mia@demo.test"));
  }

  @Test
  void aCoachOfAnotherTenantIsRefusedAsCoachId() {
    Api.TenantFixture a = api.newTenant("people-b");
    long foreignCoach = id(api.newPerson("coaches", a.admin(), a.email("coach"), null));
    String email = "finn-" + Api.unique() + "@demo.test";

    Api.Reply refused =
        api.post(
                "/api/v1/athletes",
                demo("admin"),
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("displayName", "Finn")
                    .add("password", Api.NEW_PASSWORD)
                    .add("coachId", foreignCoach))
            .expect(400);

    assertEquals(List.of("coachId"), refused.errorFields());
    assertFalse(athleteEmails(demo("admin")).contains(email));
  }

  @Test
  void aCoachsNewAthleteIsTheirsAndOnlyTheirsAppearInTheirList() {
    String email = "ana-athlete-" + Api.unique() + "@demo.test";

    JsonObject created = api.newPerson("athletes", demo("coach.ana"), email, null);

    List<String> anas = athleteEmails(demo("coach.ana"));
    assertTrue(
        anas.containsAll(List.of("mia@demo.test", "noah@demo.test", "lea@demo.test", email)));
    assertFalse(anas.contains("omar@demo.test"));
    assertFalse(athleteEmails(demo("coach.ben")).contains(email));
    long anasCoachId = created.getJsonNumber("coachId").longValue();
    JsonObject listedMia =
        api
            .get("/api/v1/athletes?size=200", demo("coach.ana"))
            .object()
            .getJsonArray("items")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(x -> x.getString("email").equals("mia@demo.test"))
            .findFirst()
            .orElseThrow();
    assertEquals(anasCoachId, listedMia.getJsonNumber("coachId").longValue());
  }

  @Test
  void theListIsPagedWithTheTotal() {
    Api.TenantFixture a = api.newTenant("paging");
    for (String name : List.of("p1", "p2", "p3")) {
      api.newPerson("athletes", a.admin(), a.email(name), null);
    }

    JsonObject first = api.get("/api/v1/athletes?page=0&size=2", a.admin()).expect(200).object();
    JsonObject second = api.get("/api/v1/athletes?page=1&size=2", a.admin()).expect(200).object();
    JsonObject beyond = api.get("/api/v1/athletes?page=5&size=2", a.admin()).expect(200).object();

    assertEquals(3, first.getInt("total"));
    assertEquals(0, first.getInt("page"));
    assertEquals(2, first.getInt("size"));
    assertEquals(2, first.getJsonArray("items").size());
    assertEquals(1, second.getJsonArray("items").size());
    assertEquals(3, second.getInt("total"));
    assertEquals(0, beyond.getJsonArray("items").size());
    assertEquals(50, api.get("/api/v1/athletes", a.admin()).object().getInt("size"));
  }

  @Test
  void aCoachsTotalCountsOnlyTheirAthletes() {
    JsonObject ben = api.get("/api/v1/athletes?size=1", demo("coach.ben")).expect(200).object();

    assertEquals(1, ben.getJsonArray("items").size());
    assertEquals(3, ben.getInt("total"));
  }

  @Test
  void pageAndSizeOutOfRangeAreRefusedNamingTheField() {
    for (String query : List.of("size=0", "size=201", "size=abc", "size=")) {
      assertEquals(
          List.of("size"),
          api.get("/api/v1/athletes?" + query, demo("admin")).expect(400).errorFields(),
          query);
    }
    for (String query : List.of("page=-1", "page=x", "page=99999999999")) {
      assertEquals(
          List.of("page"),
          api.get("/api/v1/athletes?" + query, demo("admin")).expect(400).errorFields(),
          query);
    }
    api.get("/api/v1/athletes?size=200", demo("admin")).expect(200);
  }

  @Test
  void rolesThatMayNotAddOrListPeopleAreForbidden() {
    String email = "nobody-" + Api.unique() + "@demo.test";
    for (String auth : List.of(demo("coach.ana"), demo("mia"), api.platformAdmin())) {
      Api.Reply refused =
          api.post(
                  "/api/v1/coaches",
                  auth,
                  Json.createObjectBuilder()
                      .add("email", email)
                      .add("displayName", "Nobody")
                      .add("password", Api.NEW_PASSWORD))
              .expect(403);
      assertTrue(refused.isProblem());
    }
    for (String auth : List.of(demo("mia"), api.platformAdmin())) {
      api.post(
              "/api/v1/athletes",
              auth,
              Json.createObjectBuilder()
                  .add("email", email)
                  .add("displayName", "Nobody")
                  .add("password", Api.NEW_PASSWORD))
          .expect(403);
      api.get("/api/v1/athletes", auth).expect(403);
    }
    api.get("/api/v1/athletes", null).expect(401);
    api.post("/api/v1/coaches", null, "{}").expect(401);
    api.get("/api/v1/me", Http.basic(email, Api.NEW_PASSWORD)).expect(401);
  }

  @Test
  void aTakenEmailIsAConflict() {
    Api.Reply conflict =
        api.post(
                "/api/v1/coaches",
                demo("admin"),
                Json.createObjectBuilder()
                    .add("email", "coach.ana@demo.test")
                    .add("displayName", "Ana again")
                    .add("password", Api.NEW_PASSWORD))
            .expect(409);

    assertTrue(conflict.isProblem());
  }

  @Test
  void requestsRacingForOneEmailOpenOneAccountAndTheOthersAreConflictsNotErrors() throws Exception {
    // A tenant of its own: the demo tenant's coach count is another test's to check.
    Api.TenantFixture tenant = api.newTenant("race");
    String email = tenant.email("racer");
    // A token: parallel Basic sign-ins of one account are throttled as guesses would be.
    String admin = api.tokenOf(tenant.admin(), "race");
    int racers = 6;
    ServerLog log = ServerLog.fromNow();
    CyclicBarrier start = new CyclicBarrier(racers);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      String name = "Racer " + i;
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return api.post(
                        "/api/v1/coaches",
                        admin,
                        Json.createObjectBuilder()
                            .add("email", email)
                            .add("displayName", name)
                            .add("password", Api.NEW_PASSWORD))
                    .status();
              }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    // The refused inserts are logged without their values: no password hash in the log.
    assertFalse(log.text().contains("pbkdf2-sha256$"), log.text());
  }

  @Test
  void theAlternativesCatalogIsForAnyoneSignedIn() {
    for (String auth :
        List.of(demo("mia"), demo("coach.ben"), demo("admin"), api.platformAdmin())) {
      List<JsonObject> catalog =
          api.get("/api/v1/alternatives", auth).expect(200).array().stream()
              .map(v -> v.asJsonObject())
              .toList();
      assertEquals(16, catalog.size());
      JsonObject first = catalog.get(0);
      assertEquals("BLOCK_PULL", first.getString("code"));
      assertEquals("Block pull", first.getString("name"));
      assertEquals(
          List.of("SETUP", "POSTERIOR_CHAIN", "LOAD_REDUCTION"),
          first.getJsonArray("purposes").getValuesAs(jakarta.json.JsonString::getString));
    }
    api.get("/api/v1/alternatives", null).expect(401);
  }
}

package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.DEMO_ADMIN;
import static com.pullsafe.api.it.ApiFixtures.PASSWORD;
import static com.pullsafe.api.it.ApiFixtures.amber;
import static com.pullsafe.api.it.ApiFixtures.quiet;
import static com.pullsafe.api.it.ApiFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.pullsafe.api.it.ApiFixtures.Login;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
 * Every endpoint that takes a body refuses a field it does not take (400 naming the field, nested
 * ones with their path) and text PostgreSQL cannot store, and stores nothing (domain brief: "A
 * misspelt field is never ignored: a red flag sent as saddle_numbness must not pass as GREEN").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestBodyChecksApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  @ArquillianResource private URL base;
  private Api api;
  private ApiFixtures fixtures;

  @BeforeEach
  void client() {
    api = new Api(base);
    fixtures = new ApiFixtures(api);
  }

  @Test
  void aMisspeltRedFlagIsRefusedNamingItAndTheWeekStaysFree() {
    Login athlete = fixtures.athleteOf(ANA);

    assertEquals(
        List.of("saddle_numbness"),
        refused("/api/v1/reports", athlete.auth(), quiet("2026-W20").add("saddle_numbness", true)));

    assertEquals(
        "GREEN",
        api.post("/api/v1/reports", athlete.auth(), quiet("2026-W20"))
            .expect(201)
            .object()
            .getString("level"));
  }

  @Test
  void everyEndpointRefusesAFieldItDoesNotTakeAndStoresNothing() {
    String slug = "extra-" + unique();
    assertEquals(
        List.of("plan"),
        refused(
            "/api/v1/tenants",
            api.platformAdmin(),
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Extra")
                .add("adminEmail", "admin@" + slug + ".test")
                .add("adminDisplayName", "Admin")
                .add("adminPassword", PASSWORD)
                .add("plan", "gold")));
    api.get("/api/v1/me", Http.basic("admin@" + slug + ".test", PASSWORD)).expect(401);

    String coach = "coach-" + unique() + "@demo.test";
    assertEquals(
        List.of("role"),
        refused("/api/v1/coaches", DEMO_ADMIN, person(coach).add("role", "TENANT_ADMIN")));
    api.get("/api/v1/me", Http.basic(coach, PASSWORD)).expect(401);

    String athlete = "athlete-" + unique() + "@demo.test";
    assertEquals(
        List.of("coach"), refused("/api/v1/athletes", ANA, person(athlete).add("coach", 1)));
    api.get("/api/v1/me", Http.basic(athlete, PASSWORD)).expect(401);

    String token = "token-" + unique();
    assertEquals(
        List.of("expires"),
        refused(
            "/api/v1/me/tokens",
            ANA,
            Json.createObjectBuilder().add("name", token).add("expires", "never")));
    assertFalse(api.get("/api/v1/me/tokens", ANA).expect(200).body().contains(token));

    Login mine = fixtures.athleteOf(ANA);
    long report = fixtures.submit(mine, amber("2026-W21"));
    assertEquals(
        List.of("assign[0].bogus"),
        refused(
            "/api/v1/reports/" + report + "/review",
            ANA,
            Json.createObjectBuilder()
                .add("decision", "CONFIRM")
                .add(
                    "assign",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("alternative", "PLANK")
                                .add("sets", 3)
                                .add("reps", 1)
                                .add("bogus", 1)))));
    assertEquals(
        "OPEN",
        api.get("/api/v1/reports/" + report, ANA).expect(200).object().getString("reviewStatus"));

    assertEquals(
        List.of("clearedBy"),
        refused(
            "/api/v1/athletes/" + mine.id() + "/clearance",
            ANA,
            Json.createObjectBuilder().add("note", "Seen by a physio.").add("clearedBy", "me")));
  }

  @Test
  void aNulCharacterInAnyTextIs400NamingTheFieldNotA500() {
    Login athlete = fixtures.athleteOf(ANA);

    assertEquals(
        List.of("notes"),
        refused(
            "/api/v1/reports",
            athlete.auth(),
            quiet("2026-W22").add("notes", "numb around the groin\0")));
    String email = "nul-" + unique() + "@demo.test";
    assertEquals(
        List.of("displayName"),
        refused("/api/v1/athletes", ANA, person(email).add("displayName", "Nul\0Name")));
    assertEquals(
        List.of("name"),
        refused("/api/v1/me/tokens", ANA, Json.createObjectBuilder().add("name", "\0")));

    api.get("/api/v1/me", Http.basic(email, PASSWORD)).expect(401);
    api.post("/api/v1/reports", athlete.auth(), quiet("2026-W22")).expect(201);
  }

  private static JsonObjectBuilder person(String email) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("displayName", "Person " + unique())
        .add("password", PASSWORD);
  }

  private List<String> refused(String path, String auth, JsonObjectBuilder body) {
    return api.post(path, auth, body).expectProblem(400).errorFields();
  }
}

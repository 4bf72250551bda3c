package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.DEMO_ADMIN;
import static com.pullsafe.api.it.ApiFixtures.amber;
import static com.pullsafe.api.it.ApiFixtures.quiet;
import static com.pullsafe.api.it.ApiFixtures.red;
import static com.pullsafe.api.it.ApiFixtures.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.api.it.ApiFixtures.Login;
import com.pullsafe.api.it.ApiFixtures.OtherTenant;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Overrides never clear, awaiting clearance and who is alerted, over HTTP against the deployed WAR:
 * the engine's RED or URGENT awaits a clearance whatever an override or a later week says, on the
 * athlete, the list, the queue and the program; what a coach may assign meanwhile; earlier loaded
 * work paused; alerts for athletes without a coach going to the tenant admins.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClearanceApiIT {

  private static final IsoWeek NOW = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  private static OtherTenant other;

  @ArquillianResource private URL base;
  private Api api;
  private ApiFixtures fixtures;

  @BeforeEach
  void client() {
    api = new Api(base);
    fixtures = new ApiFixtures(api);
    if (other == null) {
      other = fixtures.otherTenant();
    }
  }

  private static String weeksAgo(int weeks) {
    return NOW.minusWeeks(weeks).toString();
  }

  private static String review(long reportId) {
    return "/api/v1/reports/" + reportId + "/review";
  }

  private static String athlete(Login athlete) {
    return "/api/v1/athletes/" + athlete.id();
  }

  private static String program(Login athlete) {
    return athlete(athlete) + "/program";
  }

  private static String clearance(Login athlete) {
    return athlete(athlete) + "/clearance";
  }

  private static JsonObjectBuilder exercise(String code, Integer loadKg) {
    JsonObjectBuilder a =
        Json.createObjectBuilder().add("alternative", code).add("sets", 3).add("reps", 5);
    return loadKg == null ? a : a.add("loadKg", loadKg);
  }

  private static JsonObjectBuilder confirm(JsonObjectBuilder... exercises) {
    JsonArrayBuilder assign = Json.createArrayBuilder();
    for (JsonObjectBuilder e : exercises) {
      assign.add(e);
    }
    return Json.createObjectBuilder().add("decision", "CONFIRM").add("assign", assign);
  }

  private static JsonObjectBuilder overrideToGreen(JsonObjectBuilder... exercises) {
    return confirm(exercises)
        .add("decision", "OVERRIDE")
        .add("overrideLevel", "GREEN")
        .add("reason", "Old numbness, checked by her physio last month.");
  }

  /** The codes of assignments, sorted: assignments made together have no order. */
  private static List<String> codes(JsonArray assignments) {
    return assignments.stream()
        .map(a -> a.asJsonObject().getString("alternative"))
        .sorted()
        .toList();
  }

  private JsonObject queueEntry(Login athlete, long reportId) {
    return api
        .get("/api/v1/reports?flagged=true&athleteId=" + athlete.id(), ANA)
        .expect(200)
        .object()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getJsonNumber("id").longValue() == reportId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("report " + reportId + " not in the queue"));
  }

  private JsonObject listed(Login athlete, String reader) {
    return api
        .get("/api/v1/athletes?size=200", reader)
        .expect(200)
        .object()
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getJsonNumber("id").longValue() == athlete.id())
        .findFirst()
        .orElseThrow(() -> new AssertionError("athlete " + athlete.id() + " not listed"));
  }

  @Test
  void anOverrideOfAnUrgentResultToGreenIsKeptButNeverClearsTheAthlete() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, urgent(weeksAgo(1)));

    api.post(review(id), ANA, overrideToGreen()).expect(200);

    JsonObject report = api.get("/api/v1/reports/" + id, athlete.auth()).expect(200).object();
    assertEquals("GREEN", report.getString("level"));
    assertEquals("URGENT", report.getJsonObject("triage").getString("level"));
    for (String reader : List.of(athlete.auth(), ANA, DEMO_ADMIN)) {
      JsonObject seen = api.get(athlete(athlete), reader).expect(200).object();
      assertTrue(seen.getBoolean("awaitingClearance"), seen.toString());
      assertEquals("URGENT", seen.getString("statusLevel"));
      assertEquals("URGENT", seen.getString("clearanceLevel"));
      assertEquals(weeksAgo(1), seen.getString("clearanceWeek"));
      JsonObject program = api.get(program(athlete), reader).expect(200).object();
      assertFalse(program.getBoolean("clearedForHeavyPulling"), program.toString());
      assertTrue(program.getBoolean("awaitingClearance"), program.toString());
      assertFalse(program.containsKey("nextTopSetMaxKg"), program.toString());
    }

    JsonObject cleared =
        api.post(clearance(athlete), ANA, Json.createObjectBuilder().add("note", "Seen by a GP."))
            .expect(201)
            .object();

    assertEquals("Seen by a GP.", cleared.getString("note"));
    JsonObject after = api.get(program(athlete), athlete.auth()).expect(200).object();
    assertTrue(after.getBoolean("clearedForHeavyPulling"), after.toString());
    assertFalse(after.getBoolean("awaitingClearance"), after.toString());
    assertTrue(after.containsKey("nextTopSetMaxKg"), after.toString());
    JsonObject seen = api.get(athlete(athlete), ANA).expect(200).object();
    assertFalse(seen.getBoolean("awaitingClearance"), seen.toString());
    assertEquals("GREEN", seen.getString("statusLevel"));
    api.post(clearance(athlete), ANA, Json.createObjectBuilder().add("note", "again"))
        .expectProblem(409);
  }

  @Test
  void aQuietLaterWeekNeverShowsAnAthleteWhoAwaitsClearanceAsGreen() {
    Login athlete = fixtures.athleteOf(ANA);
    long redId = fixtures.submit(athlete, red(weeksAgo(2)));
    fixtures.submit(athlete, quiet(weeksAgo(1)));

    JsonObject seen = api.get(athlete(athlete), ANA).expect(200).object();
    assertEquals("RED", seen.getString("statusLevel"));
    assertEquals(weeksAgo(1), seen.getString("statusWeek"));
    assertTrue(seen.getBoolean("awaitingClearance"));
    assertEquals(weeksAgo(2), seen.getString("clearanceWeek"));
    for (String reader : List.of(ANA, DEMO_ADMIN)) {
      JsonObject item = listed(athlete, reader);
      assertEquals("RED", item.getString("statusLevel"), item.toString());
      assertTrue(item.getBoolean("awaitingClearance"), item.toString());
    }
    assertTrue(queueEntry(athlete, redId).getBoolean("awaitingClearance"));
    JsonObject program = api.get(program(athlete), athlete.auth()).expect(200).object();
    assertFalse(program.getBoolean("clearedForHeavyPulling"), program.toString());
    assertEquals("RED", program.getString("clearanceLevel"));

    api.post(clearance(athlete), DEMO_ADMIN, Json.createObjectBuilder().add("note", "Physio: ok"))
        .expect(201);

    assertFalse(queueEntry(athlete, redId).getBoolean("awaitingClearance"));
    JsonObject item = listed(athlete, ANA);
    assertEquals("GREEN", item.getString("statusLevel"), item.toString());
    assertFalse(item.getBoolean("awaitingClearance"), item.toString());
    assertFalse(api.get(athlete(athlete), ANA).expect(200).object().containsKey("clearanceLevel"));
  }

  @Test
  void afterUrgentOnlyWalkingMayBeAssignedAndARefusalNamesTheRuleAndChangesNothing() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, urgent(weeksAgo(1)));

    Reply refused =
        api.post(review(id), ANA, confirm(exercise("WALKING", null), exercise("RACK_PULL", 100)))
            .expectProblem(409);

    JsonObject problem = refused.object();
    assertEquals("AWAITING_CLEARANCE", problem.getString("rule"), problem.toString());
    assertTrue(problem.getString("detail").contains("AWAITING_CLEARANCE"), problem.toString());
    assertTrue(problem.getString("detail").contains("URGENT"), problem.toString());
    assertEquals(List.of("assign[1].alternative"), refused.errorFields());
    JsonObject report = api.get("/api/v1/reports/" + id, ANA).expect(200).object();
    assertEquals("OPEN", report.getString("reviewStatus"));
    assertFalse(report.containsKey("review"), report.toString());
    assertEquals(
        List.of(), api.get(program(athlete), ANA).expect(200).object().getJsonArray("assignments"));

    // The engine's level decides: overriding to GREEN in the same review does not lift it.
    assertEquals(
        List.of("assign[0].alternative"),
        api.post(review(id), DEMO_ADMIN, overrideToGreen(exercise("PLANK", null)))
            .expectProblem(409)
            .errorFields());
    assertEquals(
        List.of("assign[0].loadKg"),
        api.post(review(id), ANA, confirm(exercise("WALKING", 10)))
            .expectProblem(409)
            .errorFields());

    JsonObject done =
        api.post(review(id), ANA, confirm(exercise("WALKING", null))).expect(200).object();
    assertEquals(List.of("WALKING"), codes(done.getJsonArray("assignments")));
  }

  @Test
  void afterRedWalkingAndTheUnloadedDrillsMayBeAssignedButNothingLoaded() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, red(weeksAgo(1)));

    Reply refused =
        api.post(
                review(id),
                ANA,
                confirm(
                    exercise("GLUTE_BRIDGE", 40),
                    exercise("PLANK", null),
                    exercise("AB_ROLLOUT", null),
                    exercise("ROMANIAN_DEADLIFT", 60)))
            .expectProblem(409);
    assertEquals(
        List.of("assign[0].loadKg", "assign[2].alternative", "assign[3].alternative"),
        refused.errorFields());
    assertTrue(refused.object().getString("detail").contains("RED"), refused.body());

    List<String> drills =
        List.of(
            "GLUTE_BRIDGE",
            "PALLOF_PRESS",
            "PLANK",
            "SINGLE_LEG_GLUTE_BRIDGE",
            "WALKING",
            "WALL_BUTT_TAP");
    JsonObject done =
        api.post(
                review(id),
                ANA,
                confirm(
                    drills.stream().map(d -> exercise(d, null)).toArray(JsonObjectBuilder[]::new)))
            .expect(200)
            .object();
    assertEquals(drills, codes(done.getJsonArray("assignments")));
    assertEquals(
        drills,
        codes(
            api.get(program(athlete), athlete.auth())
                .expect(200)
                .object()
                .getJsonArray("assignments")));
  }

  @Test
  void loadedWorkAssignedBeforeARedIsPausedAndStaysPausedAfterTheClearanceUntilAssignedAfresh() {
    Login athlete = fixtures.athleteOf(ANA);
    long amberId = fixtures.submit(athlete, amber(weeksAgo(2)));
    api.post(
            review(amberId),
            ANA,
            confirm(
                exercise("RACK_PULL", 120), exercise("PLANK", null), exercise("GLUTE_BRIDGE", 40)))
        .expect(200);
    long redId = fixtures.submit(athlete, red(weeksAgo(1)));

    JsonObject stopped = api.get(program(athlete), athlete.auth()).expect(200).object();
    assertEquals(List.of("PLANK"), codes(stopped.getJsonArray("assignments")));
    assertEquals(
        List.of("GLUTE_BRIDGE", "RACK_PULL"), codes(stopped.getJsonArray("pausedAssignments")));

    api.post(clearance(athlete), ANA, Json.createObjectBuilder().add("note", "Cleared by GP"))
        .expect(201);

    JsonObject cleared = api.get(program(athlete), ANA).expect(200).object();
    assertTrue(cleared.getBoolean("clearedForHeavyPulling"));
    assertEquals(List.of("PLANK"), codes(cleared.getJsonArray("assignments")));
    assertEquals(
        List.of("GLUTE_BRIDGE", "RACK_PULL"), codes(cleared.getJsonArray("pausedAssignments")));

    api.post(review(redId), ANA, confirm(exercise("RACK_PULL", 100))).expect(200);

    JsonObject afresh = api.get(program(athlete), athlete.auth()).expect(200).object();
    assertEquals(List.of("RACK_PULL"), codes(afresh.getJsonArray("assignments")));
    assertEquals(100, afresh.getJsonArray("assignments").getJsonObject(0).getInt("loadKg"));
    assertEquals(List.of(), afresh.getJsonArray("pausedAssignments"));
  }

  @Test
  void aRedOfAnAthleteWithoutACoachAlertsTheTenantAdminNotACoach() {
    Login coachless = fixtures.athleteOf(DEMO_ADMIN);
    Login coached = fixtures.athleteOf(ANA);
    long coachlessRed = fixtures.submit(coachless, red(weeksAgo(1)));
    long coachedRed = fixtures.submit(coached, red(weeksAgo(1)));

    List<Long> admins = reportIds(api.get("/api/v1/me/notifications?size=200", DEMO_ADMIN));
    List<Long> anas = reportIds(api.get("/api/v1/me/notifications?size=200", ANA));
    List<Long> otherAdmins = reportIds(api.get("/api/v1/me/notifications", other.admin()));

    assertTrue(admins.contains(coachlessRed), admins.toString());
    assertFalse(admins.contains(coachedRed), admins.toString());
    assertTrue(anas.contains(coachedRed), anas.toString());
    assertFalse(anas.contains(coachlessRed), anas.toString());
    assertFalse(otherAdmins.contains(coachlessRed), otherAdmins.toString());
    JsonObject alert =
        api.get("/api/v1/me/notifications?size=200", DEMO_ADMIN).expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> n.getJsonNumber("reportId").longValue() == coachlessRed)
            .findFirst()
            .orElseThrow();
    assertEquals("RED", alert.getString("level"));
    assertEquals(coachless.name(), alert.getString("athleteName"));
    api.get("/api/v1/me/notifications", coachless.auth()).expectProblem(403);
  }

  private static List<Long> reportIds(Reply notifications) {
    return notifications.expect(200).array().stream()
        .map(n -> n.asJsonObject().getJsonNumber("reportId").longValue())
        .toList();
  }
}

package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.BEN;
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
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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

/**
 * {@code /api/v1/reports} over HTTP against the deployed WAR: submission, reading, the review queue
 * and reviews, for each role allowed and refused, across coaches and tenants. Every test reports
 * for athletes of its own, in early weeks of 2026.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsApiIT {

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

  @Test
  void anAthleteSubmitsAReportAndGetsTheTriageWithItsAddress() {
    Login athlete = fixtures.athleteOf(ANA);

    Reply created = api.post("/api/v1/reports", athlete.auth(), red("2026-W05")).expect(201);

    JsonObject body = created.object();
    assertTrue(
        created.header("Location").endsWith("/api/v1/reports/" + created.id()),
        created.header("Location"));
    assertEquals("2026-W05", body.getString("week"));
    assertEquals("RED", body.getString("level"));
    JsonObject finding = body.getJsonArray("findings").getJsonObject(0);
    assertEquals("DISC_IRRITATION", finding.getString("code"));
    assertEquals("RED", finding.getString("level"));
    assertFalse(finding.getString("reason").isBlank());
    assertTrue(
        strings(body.getJsonArray("suggestedAlternatives")).contains("WALKING"), body.toString());
    assertFalse(body.getString("ruleSetVersion").isBlank());
    assertFalse(body.getString("notice").isBlank());
  }

  @Test
  void theAthleteTheirCoachAndTheTenantAdminReadAReportOthersGet404() {
    Login athlete = fixtures.athleteOf(ANA);
    Login classmate = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, amber("2026-W06"));
    String path = "/api/v1/reports/" + id;

    for (String reader : List.of(athlete.auth(), ANA, DEMO_ADMIN)) {
      JsonObject report = api.get(path, reader).expect(200).object();
      assertEquals(id, report.getJsonNumber("id").longValue());
      assertEquals(athlete.id(), report.getJsonNumber("athleteId").longValue());
      assertEquals("AMBER", report.getString("level"));
      assertEquals("OPEN", report.getString("reviewStatus"));
      assertEquals("2026-W06", report.getJsonObject("report").getString("week"));
      assertEquals("START_OF_PULL", report.getJsonObject("report").getString("onset"));
      assertEquals("AMBER", report.getJsonObject("triage").getString("level"));
      assertEquals(
          "SETUP_FAULT",
          report
              .getJsonObject("triage")
              .getJsonArray("findings")
              .getJsonObject(0)
              .getString("code"));
      assertFalse(report.containsKey("review") && report.get("review") != JsonValue.NULL);
    }
    for (String stranger :
        List.of(
            BEN, classmate.auth(), other.admin(), other.coach().auth(), other.athlete().auth())) {
      api.get(path, stranger).expectProblem(404);
    }
    api.get("/api/v1/reports/999999999", DEMO_ADMIN).expectProblem(404);
    api.get(path, api.platformAdmin()).expectProblem(403);
    api.get(path, null).expect(401);
  }

  @Test
  void onlyAthletesSubmitReports() {
    for (String notAnAthlete : List.of(ANA, DEMO_ADMIN, api.platformAdmin(), other.admin())) {
      api.post("/api/v1/reports", notAnAthlete, quiet("2026-W07")).expectProblem(403);
    }
    api.post("/api/v1/reports", null, quiet("2026-W07")).expect(401);
  }

  @Test
  void aSecondReportForAWeekIs409AndChangesNothing() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, quiet("2026-W08"));

    api.post("/api/v1/reports", athlete.auth(), urgent("2026-W08")).expectProblem(409);

    JsonObject stored = api.get("/api/v1/reports/" + id, athlete.auth()).expect(200).object();
    assertEquals("GREEN", stored.getString("level"));
    assertEquals(0, stored.getJsonObject("report").getInt("painScore"));
    assertEquals(0, queue(ANA, "?athleteId=" + athlete.id()).getInt("total"));
  }

  @Test
  void badReportsAre400NamingEachFieldAndStoreNothing() {
    Login athlete = fixtures.athleteOf(ANA);

    Reply bad =
        api.post(
                "/api/v1/reports",
                athlete.auth(),
                quiet("2026-W09")
                    .add("painScore", 11)
                    .add("painCharacter", "STABBING")
                    .add("onset", "YESTERDAY")
                    .add("walkingMinutesPerDay", 1441)
                    .add("notes", "x".repeat(2001)))
            .expectProblem(400);
    assertEquals(
        List.of("painScore", "painCharacter", "onset", "walkingMinutesPerDay", "notes"),
        sorted(
            bad.errorFields(),
            "painScore",
            "painCharacter",
            "onset",
            "walkingMinutesPerDay",
            "notes"));

    assertTrue(fields("/api/v1/reports", athlete, quiet("2099-W01")).contains("week"));
    assertTrue(fields("/api/v1/reports", athlete, quiet("2026-W99")).contains("week"));
    assertTrue(
        fields("/api/v1/reports", athlete, quiet("2026-W09").add("painScore", 4))
            .contains("painCharacter"));
    assertTrue(
        fields("/api/v1/reports", athlete, quiet("2026-W09").add("topSetReps", 31))
            .contains("topSetReps"));
    assertTrue(
        fields("/api/v1/reports", athlete, quiet("2026-W09").add("topSetKg", -5))
            .contains("topSetKg"));
    assertTrue(
        fields("/api/v1/reports", athlete, quiet("2026-W09").add("painScore", "high"))
            .contains("painScore"));
    api.send("POST", "/api/v1/reports", athlete.auth(), "").expectProblem(400);
    api.send("POST", "/api/v1/reports", athlete.auth(), "{\"week\": ").expectProblem(400);

    // Nothing was stored: the week is still free.
    fixtures.submit(athlete, quiet("2026-W09"));
  }

  @Test
  void theQueueShowsACoachTheirFlaggedReportsMostSevereThenOldestFirst() {
    Login athlete = fixtures.athleteOf(ANA);
    long amber = fixtures.submit(athlete, amber("2026-W10"));
    long red = fixtures.submit(athlete, red("2026-W11"));
    fixtures.submit(athlete, quiet("2026-W12"));
    long urgent = fixtures.submit(athlete, urgent("2026-W13"));
    String mine = "?flagged=true&status=OPEN&athleteId=" + athlete.id();

    JsonObject page = queue(ANA, mine);
    assertEquals(List.of(urgent, red, amber), ids(page));
    assertEquals(3, page.getInt("total"));
    assertEquals(0, page.getInt("page"));
    assertEquals(50, page.getInt("size"));
    JsonObject first = page.getJsonArray("items").getJsonObject(0);
    assertEquals("URGENT", first.getString("level"));
    assertEquals(athlete.name(), first.getString("athleteName"));
    assertEquals("2026-W13", first.getString("week"));

    assertEquals(List.of(urgent, red, amber), ids(queue(DEMO_ADMIN, mine)));
    assertEquals(List.of(urgent, red), ids(queue(ANA, mine + "&size=2")));
    assertEquals(List.of(amber), ids(queue(ANA, mine + "&size=2&page=1")));
    assertEquals(3, queue(ANA, mine + "&size=2&page=1").getInt("total"));
    assertEquals(List.of(red), ids(queue(ANA, mine + "&level=RED")));
    assertEquals(0, queue(BEN, mine).getInt("total"));
    assertEquals(0, queue(other.admin(), mine).getInt("total"));

    JsonArray whole = queue(ANA, "?size=200").getJsonArray("items");
    for (int i = 1; i < whole.size(); i++) {
      JsonObject before = whole.getJsonObject(i - 1);
      JsonObject after = whole.getJsonObject(i);
      int order = rank(before.getString("level")) - rank(after.getString("level"));
      assertTrue(
          order > 0 || (order == 0 && !submitted(before).isAfter(submitted(after))),
          whole.toString());
    }
  }

  @Test
  void theQueueIsForCoachesAndTenantAdminsOnly() {
    api.get("/api/v1/reports", other.athlete().auth()).expectProblem(403);
    api.get("/api/v1/reports", api.platformAdmin()).expectProblem(403);
    api.get("/api/v1/reports", null).expect(401);
  }

  @Test
  void badQueueParametersAre400NamingEach() {
    Reply bad =
        api.get(
                "/api/v1/reports?flagged=false&status=MAYBE&level=PURPLE&athleteId=x&page=-1&size=abc",
                ANA)
            .expectProblem(400);
    assertEquals(
        List.of("flagged", "status", "level", "athleteId", "page", "size"),
        sorted(bad.errorFields(), "flagged", "status", "level", "athleteId", "page", "size"));
    assertTrue(
        api.get("/api/v1/reports?page=-1", ANA).expectProblem(400).errorFields().contains("page"));
    assertTrue(
        api.get("/api/v1/reports?size=201", ANA).expectProblem(400).errorFields().contains("size"));
    assertTrue(
        api.get("/api/v1/reports?status=NOT_FLAGGED", ANA)
            .expectProblem(400)
            .errorFields()
            .contains("status"));
  }

  @Test
  void theCoachConfirmsWithANoteAndAssignmentsASecondReviewIs409() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, amber("2026-W14"));
    JsonObject confirm =
        Json.createObjectBuilder()
            .add("decision", "CONFIRM")
            .add("noteToAthlete", "Bar over mid-foot, then pull.")
            .add(
                "assign",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("alternative", "BANDED_DEADLIFT")
                            .add("sets", 3)
                            .add("reps", 5)
                            .add("loadKg", 60)
                            .add("tempo", "3-1-3"))
                    .add(
                        Json.createObjectBuilder()
                            .add("alternative", "PLANK")
                            .add("sets", 3)
                            .add("reps", 1)))
            .build();

    JsonObject review = api.post(review(id), ANA, confirm).expect(200).object();

    assertEquals("CONFIRM", review.getString("decision"));
    assertEquals("AMBER", review.getString("level"));
    assertEquals(id, review.getJsonNumber("reportId").longValue());
    assertEquals("Bar over mid-foot, then pull.", review.getString("noteToAthlete"));
    JsonArray assigned = review.getJsonArray("assignments");
    assertEquals(
        List.of("BANDED_DEADLIFT", "PLANK"),
        assigned.stream().map(a -> a.asJsonObject().getString("alternative")).sorted().toList());
    JsonObject banded =
        assigned.stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("alternative").equals("BANDED_DEADLIFT"))
            .findFirst()
            .orElseThrow();
    assertEquals(60, banded.getJsonNumber("loadKg").intValue());
    assertEquals("3-1-3", banded.getString("tempo"));

    api.post(review(id), ANA, confirm).expectProblem(409);
    api.post(review(id), DEMO_ADMIN, Json.createObjectBuilder().add("decision", "CONFIRM"))
        .expectProblem(409);

    JsonObject report = api.get("/api/v1/reports/" + id, athlete.auth()).expect(200).object();
    assertEquals("REVIEWED", report.getString("reviewStatus"));
    assertEquals("CONFIRM", report.getJsonObject("review").getString("decision"));
    assertEquals(2, report.getJsonObject("review").getJsonArray("assignments").size());
    assertEquals(List.of(), ids(queue(ANA, "?athleteId=" + athlete.id())));
    assertEquals(List.of(id), ids(queue(ANA, "?status=REVIEWED&athleteId=" + athlete.id())));
  }

  @Test
  void theTenantAdminOverridesWithAReasonAndTheLevelThatStandsChanges() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, red("2026-W15"));

    JsonObject review =
        api.post(
                review(id),
                DEMO_ADMIN,
                Json.createObjectBuilder()
                    .add("decision", "OVERRIDE")
                    .add("overrideLevel", "AMBER")
                    .add("reason", "Seen by a physiotherapist: no nerve involvement."))
            .expect(200)
            .object();

    assertEquals("OVERRIDE", review.getString("decision"));
    assertEquals("RED", review.getString("triageLevel"));
    assertEquals("AMBER", review.getString("level"));
    JsonObject report = api.get("/api/v1/reports/" + id, ANA).expect(200).object();
    assertEquals("AMBER", report.getString("level"));
    assertEquals("RED", report.getJsonObject("triage").getString("level"));
  }

  @Test
  void badReviewsAre400NamingTheFieldAndRecordNothing() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, amber("2026-W16"));

    assertEquals(
        List.of("reason"),
        fields(
            review(id),
            ANA,
            Json.createObjectBuilder().add("decision", "OVERRIDE").add("overrideLevel", "GREEN")));
    assertEquals(
        List.of("decision"),
        fields(review(id), ANA, Json.createObjectBuilder().add("decision", "MAYBE")));
    assertEquals(List.of("decision"), fields(review(id), ANA, Json.createObjectBuilder()));
    assertEquals(
        List.of("overrideLevel"),
        fields(
            review(id),
            ANA,
            Json.createObjectBuilder()
                .add("decision", "OVERRIDE")
                .add("overrideLevel", "PURPLE")
                .add("reason", "r")));
    assertEquals(
        List.of("assign[0].alternative", "assign[0].sets"),
        fields(
            review(id),
            ANA,
            Json.createObjectBuilder()
                .add("decision", "CONFIRM")
                .add(
                    "assign",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("alternative", "DEADLIFT")
                                .add("sets", 0)
                                .add("reps", 5)))));
    api.send("POST", review(id), ANA, "").expectProblem(400);

    assertEquals(
        "OPEN",
        api.get("/api/v1/reports/" + id, ANA).expect(200).object().getString("reviewStatus"));
  }

  @Test
  void onlyTheAthletesCoachAndTheTenantAdminReview() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, amber("2026-W17"));
    JsonObject confirm = Json.createObjectBuilder().add("decision", "CONFIRM").build();

    api.post(review(id), BEN, confirm).expectProblem(404);
    api.post(review(id), other.admin(), confirm).expectProblem(404);
    api.post(review(id), other.coach().auth(), confirm).expectProblem(404);
    api.post(review(id), athlete.auth(), confirm).expectProblem(403);
    api.post(review(id), api.platformAdmin(), confirm).expectProblem(403);
    api.post(review(id), null, confirm).expect(401);
    api.post(review(999999999), ANA, confirm).expectProblem(404);

    assertEquals(
        "OPEN",
        api.get("/api/v1/reports/" + id, ANA).expect(200).object().getString("reviewStatus"));
  }

  @Test
  void twoConcurrentReviewsOfAReportOneIs409() throws Exception {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, red("2026-W18"));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (String reviewer : List.of(ANA, DEMO_ADMIN)) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post(
                          review(id),
                          reviewer,
                          Json.createObjectBuilder()
                              .add("decision", "CONFIRM")
                              .add("noteToAthlete", "from " + reviewer.hashCode()))
                      .status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      statuses.sort(null);
      assertEquals(List.of(200, 409), statuses);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        "REVIEWED",
        api.get("/api/v1/reports/" + id, ANA).expect(200).object().getString("reviewStatus"));
  }

  @Test
  void theOpenApiDocumentListsTheseEndpoints() {
    JsonObject paths =
        api.get("/openapi?format=JSON", null).expect(200).object().getJsonObject("paths");

    for (var row :
        List.of(
            List.of("/api/v1/reports", "post"),
            List.of("/api/v1/reports", "get"),
            List.of("/api/v1/reports/{id}", "get"),
            List.of("/api/v1/reports/{id}/review", "post"),
            List.of("/api/v1/athletes/{id}", "get"),
            List.of("/api/v1/athletes/{id}/clearance", "post"),
            List.of("/api/v1/athletes/{id}/program", "get"))) {
      assertTrue(
          paths.containsKey(row.get(0)) && paths.getJsonObject(row.get(0)).containsKey(row.get(1)),
          row + " missing from " + paths.keySet());
    }
  }

  private JsonObject queue(String auth, String query) {
    return api.get("/api/v1/reports" + query, auth).expect(200).object();
  }

  private List<String> fields(String path, Login as, JsonObjectBuilder body) {
    return fields(path, as.auth(), body);
  }

  private List<String> fields(String path, String auth, JsonObjectBuilder body) {
    return api.post(path, auth, body).expectProblem(400).errorFields();
  }

  private static String review(long reportId) {
    return "/api/v1/reports/" + reportId + "/review";
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
  }

  /** The fields of {@code names} found in {@code fields}, in the order of {@code names}. */
  private static List<String> sorted(List<String> fields, String... names) {
    return List.of(names).stream().filter(fields::contains).toList();
  }

  private static int rank(String level) {
    return List.of("GREEN", "AMBER", "RED", "URGENT").indexOf(level);
  }

  private static Instant submitted(JsonObject item) {
    return Instant.parse(item.getString("submittedAt"));
  }
}

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
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * {@code PUT /api/v1/reports/{id}} over HTTP (domain brief, "Amending a report"): an athlete amends
 * their report of this week or last week; the amendment is triaged afresh, every earlier version
 * stays visible with its own triage, and a higher level than the coach last saw re-opens the report
 * and alerts. Each test reports for athletes of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportAmendmentsApiIT {

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

  /** This ISO week in UTC: current everywhere the server counts as current. */
  private static String thisWeek() {
    return IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).toString();
  }

  private static String weeksAgo(int weeks) {
    return IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).minusWeeks(weeks).toString();
  }

  @Test
  void saddleNumbnessAddedToAGreenWeekReopensItAsUrgentAndAlertsTheCoach() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, quiet(thisWeek()));
    assertEquals(List.of(), openIds(athlete));

    JsonObject amended =
        api.put(
                report(id),
                athlete.auth(),
                urgent(thisWeek()).add("notes", "Numb around the groin since Wednesday."))
            .expect(200)
            .object();

    assertEquals(id, amended.getJsonNumber("id").longValue());
    assertEquals("URGENT", amended.getString("level"));
    assertEquals("URGENT", amended.getString("triageLevel"));
    assertEquals("OPEN", amended.getString("reviewStatus"));
    assertEquals(2, amended.getInt("version"));
    assertTrue(codes(amended.getJsonArray("findings")).contains("SERIOUS_PATHOLOGY_SIGNS"));
    assertEquals(List.of(id), openIds(athlete));
    assertTrue(alertsOf(ANA, id).contains("URGENT"), alertsOf(ANA, id).toString());

    JsonObject stored = api.get(report(id), ANA).expect(200).object();
    assertEquals(2, stored.getInt("version"));
    assertFalse(stored.getString("amendedAt").isBlank());
    assertTrue(stored.getJsonObject("report").getBoolean("saddleNumbness"));
    assertEquals(List.of("saddleNumbness", "notes"), strings(stored.getJsonArray("changedFields")));
    JsonArray versions = stored.getJsonArray("versions");
    assertEquals(1, versions.size());
    JsonObject first = versions.getJsonObject(0);
    assertEquals(1, first.getInt("version"));
    assertFalse(first.getJsonObject("report").getBoolean("saddleNumbness"));
    assertEquals("GREEN", first.getJsonObject("triage").getString("level"));
    assertFalse(first.getJsonObject("triage").getString("levelSummary").isBlank());
  }

  @Test
  void aReviewedReportReopensWhenAnAmendmentRaisesItsLevelAndIsReviewedAgain() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, amber(weeksAgo(1)));
    api.post(review(id), ANA, Json.createObjectBuilder().add("decision", "CONFIRM")).expect(200);
    assertEquals(List.of(), openIds(athlete));

    JsonObject amended = api.put(report(id), athlete.auth(), red(weeksAgo(1))).expect(200).object();

    assertEquals("RED", amended.getString("level"));
    assertEquals("OPEN", amended.getString("reviewStatus"));
    assertEquals(List.of(id), openIds(athlete));
    assertTrue(alertsOf(ANA, id).contains("RED"));
    JsonObject second =
        api.post(review(id), ANA, Json.createObjectBuilder().add("decision", "CONFIRM"))
            .expect(200)
            .object();
    assertEquals(2, second.getInt("reportVersion"));
    assertEquals("RED", second.getString("level"));
    JsonObject stored = api.get(report(id), athlete.auth()).expect(200).object();
    assertEquals("REVIEWED", stored.getString("reviewStatus"));
    assertEquals(2, stored.getJsonObject("review").getInt("reportVersion"));
    assertEquals(
        "AMBER",
        stored
            .getJsonArray("versions")
            .getJsonObject(0)
            .getJsonObject("triage")
            .getString("level"));
  }

  @Test
  void anAmendmentAtTheSameOrALowerLevelNeitherLowersTheLevelNorAlertsAgain() {
    Login athlete = fixtures.athleteOf(ANA);
    long red = fixtures.submit(athlete, red(thisWeek()));
    long amber = fixtures.submit(athlete, amber(weeksAgo(1)));
    api.post(review(amber), ANA, Json.createObjectBuilder().add("decision", "CONFIRM")).expect(200);
    assertEquals(List.of("RED"), alertsOf(ANA, red));

    JsonObject calmer =
        api.put(report(red), athlete.auth(), quiet(thisWeek())).expect(200).object();
    JsonObject same =
        api.put(report(amber), athlete.auth(), amber(weeksAgo(1))).expect(200).object();

    assertEquals("RED", calmer.getString("level"));
    assertEquals("GREEN", calmer.getString("triageLevel"));
    assertEquals("OPEN", calmer.getString("reviewStatus"));
    assertEquals(List.of(), codes(calmer.getJsonArray("findings")));
    assertEquals("REVIEWED", same.getString("reviewStatus"));
    assertEquals(List.of(red), openIds(athlete));
    assertEquals(List.of("RED"), alertsOf(ANA, red));
    assertEquals(List.of(), alertsOf(ANA, amber));
  }

  @Test
  void onlyThisWeeksAndLastWeeksReportsCanBeAmended() {
    Login athlete = fixtures.athleteOf(ANA);
    long older = fixtures.submit(athlete, quiet(weeksAgo(3)));
    long last = fixtures.submit(athlete, quiet(weeksAgo(1)));

    api.put(report(older), athlete.auth(), urgent(weeksAgo(3))).expectProblem(409);
    api.put(report(last), athlete.auth(), quiet(weeksAgo(1)).add("walkingMinutesPerDay", 120))
        .expect(200);

    JsonObject unchanged = api.get(report(older), athlete.auth()).expect(200).object();
    assertEquals(1, unchanged.getInt("version"));
    assertEquals("GREEN", unchanged.getString("level"));
    assertEquals(List.of(), unchanged.getJsonArray("versions"));
    assertEquals(List.of(), openIds(athlete));
  }

  @Test
  void anAmendmentKeepsItsWeekAndIsCheckedLikeANewReport() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, quiet(thisWeek()));

    assertEquals(List.of("week"), fields(id, athlete, urgent(weeksAgo(1))));
    assertEquals(
        List.of("painScore"), fields(id, athlete, urgent(thisWeek()).add("painScore", 11)));
    assertEquals(
        List.of("saddle_numbness"),
        fields(id, athlete, quiet(thisWeek()).add("saddle_numbness", true)));
    assertEquals(List.of("notes"), fields(id, athlete, urgent(thisWeek()).add("notes", "numb\0")));
    api.send("PUT", report(id), athlete.auth(), "").expectProblem(400);

    JsonObject unchanged = api.get(report(id), athlete.auth()).expect(200).object();
    assertEquals(1, unchanged.getInt("version"));
    assertEquals("GREEN", unchanged.getString("level"));
  }

  @Test
  void onlyTheAthleteThemselfAmendsTheirReport() {
    Login athlete = fixtures.athleteOf(ANA);
    Login classmate = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, quiet(thisWeek()));

    for (String stranger : List.of(classmate.auth(), other.athlete().auth())) {
      api.put(report(id), stranger, urgent(thisWeek())).expectProblem(404);
    }
    for (String notAnAthlete : List.of(ANA, DEMO_ADMIN, api.platformAdmin())) {
      api.put(report(id), notAnAthlete, urgent(thisWeek())).expectProblem(403);
    }
    api.put(report(id), null, urgent(thisWeek())).expect(401);
    api.put(report(999_999_999), athlete.auth(), urgent(thisWeek())).expectProblem(404);

    JsonObject unchanged = api.get(report(id), athlete.auth()).expect(200).object();
    assertEquals(1, unchanged.getInt("version"));
    assertEquals("GREEN", unchanged.getString("level"));
  }

  @Test
  void theCoachAndTheAdminSeeEachVersionWithItsOwnTriageAndTexts() {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, amber(thisWeek()));
    api.put(report(id), athlete.auth(), red(thisWeek())).expect(200);
    api.put(report(id), athlete.auth(), urgent(thisWeek())).expect(200);

    for (String reader : List.of(ANA, DEMO_ADMIN, athlete.auth())) {
      JsonObject stored = api.get(report(id), reader).expect(200).object();
      assertEquals(3, stored.getInt("version"));
      JsonArray versions = stored.getJsonArray("versions");
      assertEquals(
          List.of(1, 2), versions.stream().map(v -> v.asJsonObject().getInt("version")).toList());
      JsonObject setup = versions.getJsonObject(0).getJsonObject("triage");
      assertEquals("AMBER", setup.getString("level"));
      JsonObject finding =
          setup.getJsonArray("findings").stream()
              .map(JsonValue::asJsonObject)
              .filter(f -> f.getString("code").equals("SETUP_FAULT"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no SETUP_FAULT in " + setup));
      assertFalse(finding.getString("reason").isBlank());
      assertFalse(finding.getString("advice").isBlank());
      assertFalse(setup.getString("ruleSetVersion").isBlank());
      JsonObject disc = versions.getJsonObject(1);
      assertEquals("RED", disc.getJsonObject("triage").getString("level"));
      assertTrue(
          strings(disc.getJsonArray("changedFields")).contains("radiatesToLeg"), disc.toString());
      assertEquals("URGENT", stored.getJsonObject("triage").getString("level"));
    }
    api.get(report(id), BEN).expectProblem(404);
  }

  @Test
  void withPainScore0ThePainAnswersAreStoredAsAbsentButNerveSignsAreKept() {
    Login athlete = fixtures.athleteOf(ANA);
    long id =
        fixtures.submit(
            athlete,
            quiet(thisWeek())
                .add("painCharacter", "SHARP")
                .add("painSpread", "LOCALIZED")
                .add("onset", "START_OF_PULL")
                .add("daysLasting", 3)
                .add("worseBendingOrExtending", true)
                .add("atSubmaximalLoads", true)
                .add("grindingHeavyReps", true)
                .add("numbnessOrTingling", true));

    JsonObject stated = api.get(report(id), ANA).expect(200).object().getJsonObject("report");

    for (String absent : List.of("painCharacter", "painSpread", "onset", "daysLasting")) {
      assertTrue(isAbsent(stated, absent), absent + " in " + stated);
    }
    assertFalse(stated.getBoolean("worseBendingOrExtending"));
    assertFalse(stated.getBoolean("atSubmaximalLoads"));
    assertFalse(stated.getBoolean("grindingHeavyReps"));
    assertTrue(stated.getBoolean("numbnessOrTingling"));
  }

  @Test
  void aTriageShowsTheTextsStoredWithItNotTodaysWording() throws SQLException {
    Login athlete = fixtures.athleteOf(ANA);
    long id = fixtures.submit(athlete, amber(thisWeek()));

    // A later release rewords the rule texts; what was shown then stays what is shown.
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("pullsafe.test.db.url"),
                System.getProperty("pullsafe.test.db.user"),
                System.getProperty("pullsafe.test.db.password"));
        PreparedStatement advice =
            db.prepareStatement(
                "update triage_finding set advice = 'Advice as worded then.' where"
                    + " triage_result_id = (select id from triage_result where report_id = ?)");
        PreparedStatement summary =
            db.prepareStatement(
                "update triage_result set level_summary = 'Summary as worded then.'"
                    + " where report_id = ?")) {
      advice.setLong(1, id);
      summary.setLong(1, id);
      assertTrue(advice.executeUpdate() > 0);
      assertEquals(1, summary.executeUpdate());
    }

    JsonObject triage =
        api.get(report(id), athlete.auth()).expect(200).object().getJsonObject("triage");
    assertEquals("Summary as worded then.", triage.getString("levelSummary"));
    triage.getJsonArray("findings").stream()
        .map(JsonValue::asJsonObject)
        .forEach(f -> assertEquals("Advice as worded then.", f.getString("advice")));
  }

  @Test
  void theOpenApiDocumentDescribesAmendingAndTheVersions() {
    JsonObject doc = api.get("/openapi?format=JSON", null).expect(200).object();

    JsonObject put =
        doc.getJsonObject("paths").getJsonObject("/api/v1/reports/{id}").getJsonObject("put");
    assertTrue(
        put.getJsonObject("responses").keySet().containsAll(List.of("200", "400", "404", "409")));
    assertTrue(put.containsKey("requestBody"), put.toString());
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    assertTrue(
        schemas.getJsonObject("ReportDetails").getJsonObject("properties").containsKey("versions"),
        schemas.getJsonObject("ReportDetails").toString());
  }

  private List<Long> openIds(Login athlete) {
    return api
        .get("/api/v1/reports?flagged=true&status=OPEN&athleteId=" + athlete.id(), ANA)
        .expect(200)
        .object()
        .getJsonArray("items")
        .stream()
        .map(i -> i.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  /** The levels of the coach's notifications about one report, newest first. */
  private List<String> alertsOf(String coach, long reportId) {
    return api.get("/api/v1/me/notifications?size=200", coach).expect(200).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getJsonNumber("reportId").longValue() == reportId)
        .map(n -> n.getString("level"))
        .toList();
  }

  private List<String> fields(long id, Login athlete, jakarta.json.JsonObjectBuilder body) {
    return api.put(report(id), athlete.auth(), body).expectProblem(400).errorFields();
  }

  private static boolean isAbsent(JsonObject object, String field) {
    return !object.containsKey(field) || object.isNull(field);
  }

  private static String report(long id) {
    return "/api/v1/reports/" + id;
  }

  private static String review(long id) {
    return "/api/v1/reports/" + id + "/review";
  }

  private static List<String> codes(JsonArray findings) {
    return findings.stream().map(f -> f.asJsonObject().getString("code")).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((JsonString) v).getString()).toList();
  }
}

package com.pullsafe.api.it;

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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The squad view over the API ({@code GET /api/v1/squad}): risk order, paging, who sees whom; the
 * squad's trends as JSON, CSV and PDF; an athlete's trend with the cap. A tenant of its own, seeded
 * once: coach one's athletes urgent, red (then a quiet week: still awaiting clearance), recurring
 * pain, never reported and steady; coach two's athlete reported once; and another tenant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SquadApiIT {

  private static Squad squad;

  private record Squad(
      String admin,
      Login coach,
      Login otherCoach,
      Login urgent,
      Login red,
      long redReport,
      Login recurring,
      Login silent,
      Login steady,
      Login otherCoachsAthlete,
      OtherTenant otherTenant) {}

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  @ArquillianResource private URL base;
  private Api api;
  private ApiFixtures fixtures;

  @BeforeEach
  void seedOnce() {
    api = new Api(base);
    fixtures = new ApiFixtures(api);
    if (squad == null) {
      squad = seed();
    }
  }

  private static String weeksAgo(int weeks) {
    return IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).minusWeeks(weeks).toString();
  }

  private Squad seed() {
    OtherTenant tenant = fixtures.otherTenant();
    Login coach = tenant.coach();
    Login otherCoach = fixtures.coachOf(tenant.admin());
    Login urgent = fixtures.athleteOf(coach.auth());
    fixtures.submit(urgent, urgent(weeksAgo(1)));
    Login red = fixtures.athleteOf(coach.auth());
    long redReport = fixtures.submit(red, red(weeksAgo(2)));
    fixtures.submit(red, quiet(weeksAgo(1)));
    Login recurring = fixtures.athleteOf(coach.auth());
    for (int weeks = 3; weeks >= 1; weeks--) {
      fixtures.submit(recurring, amber(weeksAgo(weeks)));
    }
    Login silent = fixtures.athleteOf(coach.auth());
    Login steady = fixtures.athleteOf(coach.auth());
    fixtures.submit(steady, quiet(weeksAgo(1)));
    fixtures.submit(steady, quiet(weeksAgo(0)));
    Login otherCoachsAthlete = fixtures.athleteOf(otherCoach.auth());
    fixtures.submit(otherCoachsAthlete, quiet(weeksAgo(0)));
    // The tenant's own first athlete (made with the tenant) reports nothing: archive them away.
    api.post("/api/v1/athletes/" + tenant.athlete().id() + "/archival", tenant.admin(), "")
        .expect(200);
    OtherTenant another = fixtures.otherTenant();
    fixtures.submit(another.athlete(), urgent(weeksAgo(0)));
    return new Squad(
        tenant.admin(),
        coach,
        otherCoach,
        urgent,
        red,
        redReport,
        recurring,
        silent,
        steady,
        otherCoachsAthlete,
        another);
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(a -> a.getJsonNumber("athleteId").longValue())
        .toList();
  }

  private static JsonObject item(JsonObject page, Login athlete) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getJsonNumber("athleteId").longValue() == athlete.id())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theTenantAdminSeesEveryAthleteMostAtRiskFirst() {
    JsonObject page = api.get("/api/v1/squad", squad.admin()).expect(200).object();

    // Steady and the other coach's athlete miss no week since joining and are both green: by name.
    List<Long> byName =
        List.of(squad.steady(), squad.otherCoachsAthlete()).stream()
            .map(athlete -> item(page, athlete))
            .sorted(
                Comparator.comparing(
                    (JsonObject a) -> a.getString("displayName").toLowerCase(Locale.ROOT)))
            .map(a -> a.getJsonNumber("athleteId").longValue())
            .toList();
    assertEquals(
        List.of(
            squad.urgent().id(),
            squad.red().id(),
            squad.recurring().id(),
            squad.silent().id(),
            byName.get(0),
            byName.get(1)),
        ids(page));
    assertEquals(6, page.getInt("total"));
    assertEquals(12, page.getJsonArray("weeks").size());
  }

  @Test
  void eachAthleteShowsTheFactsOfTheOrderAndTwelveWeeks() {
    JsonObject page = api.get("/api/v1/squad", squad.admin()).expect(200).object();

    JsonObject red = item(page, squad.red());
    assertEquals(
        "RED", red.getString("status"), "a quiet week does not hide the awaited clearance");
    assertTrue(red.getBoolean("awaitingClearance"));
    JsonObject recurring = item(page, squad.recurring());
    assertTrue(recurring.getBoolean("recurringPain"));
    assertFalse(red.getBoolean("recurringPain"));
    JsonObject silent = item(page, squad.silent());
    assertTrue(
        silent.getJsonArray("weeks").stream()
            .noneMatch(w -> w.asJsonObject().getBoolean("reported")));
  }

  @Test
  void weeksBeforeAnAthleteJoinedAreNotMissing() {
    JsonObject page = api.get("/api/v1/squad", squad.admin()).expect(200).object();

    // Silent joined this week and has not reported yet: this week is missing, the 11 before not.
    JsonObject silent = item(page, squad.silent());
    assertEquals(1, silent.getInt("missingWeeks"));
    assertEquals(11, beforeJoining(silent));
    assertFalse(lastWeekOf(silent).getBoolean("beforeJoining"));
    // Steady's first report, a week ago, is older than their account: they joined with it.
    JsonObject steady = item(page, squad.steady());
    assertEquals(0, steady.getInt("missingWeeks"));
    assertEquals(10, beforeJoining(steady));
    assertEquals(0, item(page, squad.otherCoachsAthlete()).getInt("missingWeeks"));
    // The recurring athlete reported three weeks ago, two and one, but not this week yet.
    JsonObject recurring = item(page, squad.recurring());
    assertEquals(1, recurring.getInt("missingWeeks"));
    assertEquals(8, beforeJoining(recurring));
  }

  private static long beforeJoining(JsonObject athlete) {
    return athlete.getJsonArray("weeks").stream()
        .filter(w -> w.asJsonObject().getBoolean("beforeJoining"))
        .count();
  }

  private static JsonObject lastWeekOf(JsonObject athlete) {
    JsonArray weeks = athlete.getJsonArray("weeks");
    return weeks.getJsonObject(weeks.size() - 1);
  }

  @Test
  void aWeeksCellLeadsToItsReportAndMarksTheAwaitedClearance() {
    JsonObject red =
        item(api.get("/api/v1/squad", squad.admin()).expect(200).object(), squad.red());
    JsonObject cell =
        red.getJsonArray("weeks").stream()
            .map(JsonValue::asJsonObject)
            .filter(w -> w.getString("week").equals(weeksAgo(2)))
            .findFirst()
            .orElseThrow();

    assertEquals(squad.redReport(), cell.getJsonNumber("reportId").longValue());
    assertEquals("RED", cell.getString("level"));
    assertTrue(cell.getBoolean("awaitingClearance"));
    api.get("/api/v1/reports/" + squad.redReport(), squad.coach().auth()).expect(200);
  }

  @Test
  void pagesFollowTheRiskOrder() {
    JsonObject first = api.get("/api/v1/squad?page=0&size=2", squad.admin()).expect(200).object();
    JsonObject second = api.get("/api/v1/squad?page=1&size=2", squad.admin()).expect(200).object();
    JsonObject beyond = api.get("/api/v1/squad?page=9&size=2", squad.admin()).expect(200).object();

    assertEquals(List.of(squad.urgent().id(), squad.red().id()), ids(first));
    assertEquals(List.of(squad.recurring().id(), squad.silent().id()), ids(second));
    assertEquals(List.of(), ids(beyond));
    assertEquals(6, beyond.getInt("total"));
  }

  @Test
  void aBadPageSizeIsRefusedNamingIt() {
    assertEquals(
        List.of("size"),
        api.get("/api/v1/squad?size=0", squad.admin()).expectProblem(400).errorFields());
  }

  @Test
  void aCoachSeesOnlyTheirOwnAthletes() {
    JsonObject page = api.get("/api/v1/squad", squad.coach().auth()).expect(200).object();

    assertEquals(5, page.getInt("total"));
    assertFalse(ids(page).contains(squad.otherCoachsAthlete().id()));
    assertEquals(
        List.of(squad.otherCoachsAthlete().id()),
        ids(api.get("/api/v1/squad", squad.otherCoach().auth()).expect(200).object()));
  }

  @Test
  void anotherTenantsAthletesNeverAppear() {
    JsonObject theirs = api.get("/api/v1/squad", squad.otherTenant().admin()).expect(200).object();

    assertEquals(List.of(squad.otherTenant().athlete().id()), ids(theirs));
    assertFalse(
        ids(api.get("/api/v1/squad", squad.admin()).expect(200).object())
            .contains(squad.otherTenant().athlete().id()));
    JsonObject theirTrends =
        api.get("/api/v1/squad/trends", squad.otherTenant().admin()).expect(200).object();
    assertEquals(1, theirTrends.getInt("reports"));
  }

  @Test
  void anAthleteIsRefused() {
    api.get("/api/v1/squad", squad.steady().auth()).expectProblem(403);
    api.get("/api/v1/squad/trends", squad.steady().auth()).expectProblem(403);
    api.get("/api/v1/athletes/" + squad.steady().id() + "/trend", squad.steady().auth())
        .expectProblem(403);
  }

  @Test
  void theTrendsCountFlaggedReportsByWeekAndTheCommonestFindings() {
    JsonObject trends = api.get("/api/v1/squad/trends", squad.admin()).expect(200).object();

    JsonObject lastWeek =
        trends.getJsonArray("weeks").stream()
            .map(JsonValue::asJsonObject)
            .filter(w -> w.getString("week").equals(weeksAgo(1)))
            .findFirst()
            .orElseThrow();
    // urgent, the red athlete's quiet week, the third amber, the steady quiet week
    assertEquals(4, lastWeek.getInt("reports"));
    assertEquals(2, lastWeek.getInt("flagged"));
    assertEquals(
        0,
        new BigDecimal("50").compareTo(lastWeek.getJsonNumber("flaggedPercent").bigDecimalValue()));
    JsonObject top = trends.getJsonArray("findings").getJsonObject(0);
    assertEquals("SETUP_FAULT", top.getString("code"));
    assertEquals(3, top.getInt("reports"));
    assertTrue(
        trends.getJsonArray("findings").stream()
            .anyMatch(f -> f.asJsonObject().getString("code").equals("RECURRING_PAIN")));
    assertEquals(9, trends.getInt("reports"));
  }

  @Test
  void theCoachsTrendsCountOnlyTheirAthletes() {
    JsonObject trends =
        api.get("/api/v1/squad/trends", squad.otherCoach().auth()).expect(200).object();

    assertEquals(1, trends.getInt("reports"));
  }

  @Test
  void theTrendsExportAsCsvAndPdf() {
    Api.Reply csv =
        new Api.Reply(
            api.http()
                .get(
                    "/api/v1/squad/trends/export.csv",
                    "Authorization",
                    squad.admin(),
                    "Accept",
                    "text/csv"));
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
    assertTrue(csv.header("Content-Disposition").startsWith("attachment"));
    assertTrue(csv.body().startsWith("kind,name,count,of,percent\r\n"), csv.body());
    assertTrue(
        csv.body().contains("\"week\",\"" + weeksAgo(1) + "\",\"2\",\"4\",\"50\"\r\n"), csv.body());
    assertTrue(csv.body().contains("\"finding\",\"SETUP_FAULT\",\"3\",\"9\",\"33.3\""), csv.body());

    Api.Reply pdf =
        new Api.Reply(
            api.http()
                .get(
                    "/api/v1/squad/trends/export.pdf",
                    "Authorization",
                    squad.admin(),
                    "Accept",
                    "application/pdf"));
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertTrue(pdf.body().startsWith("%PDF"));
  }

  @Test
  void anAthletesTrendHasTheCapAndTheFlaggedWeeks() {
    JsonObject trend =
        api.get("/api/v1/athletes/" + squad.recurring().id() + "/trend", squad.coach().auth())
            .expect(200)
            .object();

    List<JsonObject> weeks =
        trend.getJsonArray("weeks").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(
        List.of(weeksAgo(3), weeksAgo(2), weeksAgo(1)),
        weeks.stream().map(w -> w.getString("week")).toList());
    assertTrue(weeks.stream().allMatch(w -> w.getBoolean("flagged")));
    assertFalse(weeks.get(0).containsKey("capKg"), "no top set before the first week");
    // 100 kg, and after an AMBER week the cap is 2.5 %: 102.5 kg
    assertEquals(
        0,
        new BigDecimal("102.5").compareTo(weeks.get(1).getJsonNumber("capKg").bigDecimalValue()));

    Api.Reply csv =
        new Api.Reply(
            api.http()
                .get(
                    "/api/v1/athletes/" + squad.recurring().id() + "/trend/export.csv",
                    "Authorization",
                    squad.coach().auth(),
                    "Accept",
                    "text/csv"));
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("week,painScore,topSetKg,capKg,flagged\r\n"), csv.body());
    assertTrue(
        csv.body().contains("\"" + weeksAgo(2) + "\",\"3\",\"100\",\"102.5\",\"true\""),
        csv.body());
  }

  @Test
  void anotherCoachsOrTenantsAthletesTrendIsNotFound() {
    api.get("/api/v1/athletes/" + squad.recurring().id() + "/trend", squad.otherCoach().auth())
        .expectProblem(404);
    api.get("/api/v1/athletes/" + squad.recurring().id() + "/trend", squad.otherTenant().admin())
        .expectProblem(404);
  }
}

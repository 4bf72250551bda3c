package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.BEN;
import static com.pullsafe.api.it.ApiFixtures.DEMO_ADMIN;
import static com.pullsafe.api.it.ApiFixtures.amber;
import static com.pullsafe.api.it.ApiFixtures.quiet;
import static com.pullsafe.api.it.ApiFixtures.red;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.api.it.ApiFixtures.Login;
import com.pullsafe.api.it.ApiFixtures.OtherTenant;
import com.pullsafe.testing.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An athlete's history over the API ({@code GET /api/v1/athletes/{id}/history}, paged in the
 * database) and its CSV and PDF exports, as the athlete's and the coach's pages show and export
 * them: for the athlete, their coach and the tenant admin; 404 for anyone else of any tenant, 403
 * for the platform admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AthleteHistoryApiIT {

  private static final Pattern SQL_ENTRY = Pattern.compile("\\bsql;desc=\"(\\d+) SQL statements\"");

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

  /** Ana's new athlete with three weeks: AMBER, GREEN, RED. */
  private Login athleteWithThreeWeeks() {
    Login athlete = fixtures.athleteOf(ANA);
    fixtures.submit(athlete, amber("2026-W10"));
    fixtures.submit(athlete, quiet("2026-W11").add("notes", "=HYPERLINK(\"x\") felt \"heavy\""));
    fixtures.submit(athlete, red("2026-W12"));
    return athlete;
  }

  private static String history(Login athlete) {
    return "/api/v1/athletes/" + athlete.id() + "/history";
  }

  private static List<String> weeksOf(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(w -> w.getString("week"))
        .toList();
  }

  private Api.Reply download(String path, String auth, String accept) {
    return new Api.Reply(api.http().get(path, "Authorization", auth, "Accept", accept));
  }

  @Test
  void theAthleteTheirCoachAndTheTenantAdminPageThroughTheWeeksNewestFirst() {
    Login athlete = athleteWithThreeWeeks();

    for (String auth : List.of(athlete.auth(), ANA, DEMO_ADMIN)) {
      JsonObject first = api.get(history(athlete) + "?size=2", auth).expect(200).object();
      JsonObject second = api.get(history(athlete) + "?size=2&page=1", auth).expect(200).object();

      assertEquals(3, first.getInt("total"));
      assertEquals(List.of("2026-W12", "2026-W11"), weeksOf(first));
      assertEquals(List.of("2026-W10"), weeksOf(second));
    }
    JsonObject red =
        api.get(history(athlete) + "?size=1", ANA)
            .expect(200)
            .object()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("RED", red.getString("level"));
    assertEquals("OPEN", red.getString("reviewStatus"));
    assertTrue(
        red.getJsonArray("findings").stream()
            .anyMatch(f -> f.asJsonObject().getString("code").equals("DISC_IRRITATION")),
        red.toString());
    assertEquals(4, red.getJsonObject("report").getInt("painScore"));
    assertEquals("2026-W12", red.getJsonObject("report").getString("week"));
  }

  @Test
  void nobodyElseSeesTheHistoryOrItsExports() {
    Login athlete = athleteWithThreeWeeks();
    Login anotherAthlete = fixtures.athleteOf(ANA);
    OtherTenant other = fixtures.otherTenant();
    List<String> paths =
        List.of(
            history(athlete), history(athlete) + "/export.csv", history(athlete) + "/export.pdf");

    for (String path : paths) {
      for (String auth : List.of(BEN, anotherAthlete.auth(), other.admin(), other.coach().auth())) {
        Api.Reply refused = download(path, auth, "application/json, text/csv, application/pdf");
        refused.expectProblem(404);
      }
      download(path, api.platformAdmin(), "*/*").expectProblem(403);
      new Api.Reply(api.http().get(path)).expect(401);
    }
    api.get("/api/v1/athletes/" + Long.MAX_VALUE + "/history", DEMO_ADMIN).expectProblem(404);
  }

  @Test
  void unreadablePagingIsRefusedNamingTheField() {
    Login athlete = fixtures.athleteOf(ANA);

    Api.Reply refused =
        api.get(history(athlete) + "?page=x&size=201", athlete.auth()).expectProblem(400);

    assertEquals(List.of("page", "size"), refused.errorFields(), refused.body());
  }

  @Test
  void theCsvExportHoldsTheWeeksNewestFirstAsAnAttachment() {
    Login athlete = athleteWithThreeWeeks();

    for (String auth : List.of(ANA, DEMO_ADMIN, athlete.auth())) {
      Api.Reply csv = download(history(athlete) + "/export.csv", auth, "text/csv").expect(200);

      assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
      assertTrue(
          csv.header("Content-Disposition")
              .matches("attachment; filename=\"pullsafe-history-[a-z0-9-]+\\.csv\""),
          csv.header("Content-Disposition"));
      List<String> lines = csv.body().lines().toList();
      assertEquals(4, lines.size(), csv.body());
      assertTrue(lines.get(0).startsWith("week,level,triageLevel"), lines.get(0));
      assertTrue(lines.get(1).startsWith("\"2026-W12\",\"RED\""), lines.get(1));
      assertTrue(
          lines.get(2).endsWith(",\"'=HYPERLINK(\"\"x\"\") felt \"\"heavy\"\"\""), lines.get(2));
      assertTrue(lines.get(3).startsWith("\"2026-W10\",\"AMBER\""), lines.get(3));
    }
  }

  @Test
  void thePdfExportIsAPdfAttachment() {
    Login athlete = athleteWithThreeWeeks();

    Api.Reply pdf = download(history(athlete) + "/export.pdf", ANA, "application/pdf").expect(200);

    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertTrue(
        pdf.header("Content-Disposition")
            .matches("attachment; filename=\"pullsafe-history-[a-z0-9-]+\\.pdf\""),
        pdf.header("Content-Disposition"));
    assertTrue(pdf.body().startsWith("%PDF-"), pdf.body().substring(0, 20));
  }

  @Test
  void aLongerPageOfTheHistoryTakesNoMoreSqlStatements() {
    Login athlete = fixtures.athleteOf(ANA);
    for (int week = 1; week <= 6; week++) {
      fixtures.submit(athlete, week % 2 == 0 ? amber("2026-W0" + week) : red("2026-W0" + week));
    }

    int one = statements(history(athlete) + "?size=1", ANA);
    int six = statements(history(athlete) + "?size=6", ANA);

    assertEquals(one, six, one + " SQL statements for one week, " + six + " for six");
  }

  /** EclipseLink's statements of the second of two identical requests (told in Server-Timing). */
  private int statements(String path, String auth) {
    api.get(path, auth).expect(200);
    Api.Reply reply = api.get(path, auth).expect(200);
    Matcher sql = SQL_ENTRY.matcher(reply.header("Server-Timing"));
    assertTrue(sql.find(), path + ": no SQL count in " + reply.header("Server-Timing"));
    return Integer.parseInt(sql.group(1));
  }
}

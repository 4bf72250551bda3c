package com.pullsafe.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.PageSession;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Lists take the same number of SQL statements whatever their length: a list that loads something
 * per row fails here; and the busiest write, a report submission, takes a known few. The statements
 * are EclipseLink's count in the {@code Server-Timing} header (the test server runs with {@code
 * PULLSAFE_SERVER_TIMING=true}). The API is asked for pages of {@value #SMALL} and {@value #LARGE}
 * rows; the pages (ten rows each, the squad 25) are read with one row and again with a full page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SqlStatementsPerPageIT {

  private static final int SMALL = 5;
  private static final int LARGE = 50;
  private static final int ATHLETES = LARGE + 5;
  private static final Pattern SQL_ENTRY = Pattern.compile("\\bsql;desc=\"(\\d+) SQL statements\"");

  /** The tenant, seeded once for the class: statements of the pages with one row recorded. */
  private static Seeded seeded;

  private record Seeded(
      String coach,
      String admin,
      String adminEmail,
      String coachEmail,
      PagesOfOneRow before,
      String athlete) {}

  private record PagesOfOneRow(int coachQueue, int adminAthletes, int adminSquad) {}

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void seedOnce() {
    api = new Api(base);
    if (seeded == null) {
      seeded = seed();
    }
  }

  private Seeded seed() {
    Api.TenantFixture tenant = api.newTenant("sql-count");
    String coachEmail = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coachEmail, null);
    String coach = api.tokenOf(Http.basic(coachEmail, Api.NEW_PASSWORD), "sql-count");
    String admin = api.tokenOf(tenant.admin(), "sql-count");
    flaggedAthlete(tenant, coach, 1);
    PagesOfOneRow before =
        new PagesOfOneRow(
            pageStatements(coachEmail, "/coach/index.xhtml"),
            pageStatements(tenant.email("admin"), "/coach/athletes.xhtml"),
            pageStatements(tenant.email("admin"), "/coach/squad.xhtml"));
    for (int i = 2; i <= ATHLETES; i++) {
      flaggedAthlete(tenant, coach, i);
    }
    // In another coach's care: the measured coach's page must not change with its reports.
    String otherCoach = tenant.email("coach2");
    api.newPerson("coaches", tenant.admin(), otherCoach, null);
    String submitter = tenant.email("submitter");
    api.newPerson("athletes", Http.basic(otherCoach, Api.NEW_PASSWORD), submitter, null);
    String athlete = api.tokenOf(Http.basic(submitter, Api.NEW_PASSWORD), "sql-count");
    return new Seeded(coach, admin, tenant.email("admin"), coachEmail, before, athlete);
  }

  /** A new athlete of the coach with one flagged report this week (RED for every tenth). */
  private void flaggedAthlete(Api.TenantFixture tenant, String coach, int number) {
    String email = tenant.email("athlete" + number);
    api.newPerson("athletes", coach, email, null);
    api.post(
            "/api/v1/reports", Http.basic(email, Api.NEW_PASSWORD), flaggedReport(number % 10 == 1))
        .expect(201);
  }

  private static JsonObjectBuilder flaggedReport(boolean radiating) {
    return Json.createObjectBuilder()
        .add("week", IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).toString())
        .add("topSetKg", 140)
        .add("topSetReps", 2)
        .add("painScore", 5)
        .add("painCharacter", radiating ? "BURNING" : "SHARP")
        .add("painSpread", "LOCALIZED")
        .add("onset", "DURING_SET")
        .add("radiatesToLeg", radiating)
        .add("worseBendingOrExtending", !radiating)
        .add("walkingMinutesPerDay", 90);
  }

  /**
   * A report with no pain but too little walking, sent with a token: the token with its account and
   * tenant, the athlete with their account, coach and tenant, the athlete locked and read afresh,
   * the weeks the rules look back on, the tenant's settings; then the report, its triage, the
   * walking finding and its suggestion, and the athlete's latest week. A caller read in two
   * statements (a relation left unjoined) fails here. The fewest of three submissions count: each
   * of the two id sequences adds a statement to one of them at most, when it hands out its next
   * block.
   */
  @Test
  void aReportSubmissionTakesTenStatements() {
    IsoWeek thisWeek = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC));
    submitPainFree(thisWeek.minusWeeks(3)); // warms the caches and stamps the token as used
    int fewest = Integer.MAX_VALUE;
    for (int weeksAgo = 2; weeksAgo >= 0; weeksAgo--) {
      fewest = Math.min(fewest, submitPainFree(thisWeek.minusWeeks(weeksAgo)));
    }
    assertEquals(10, fewest, "SQL statements of a report submission");
  }

  private int submitPainFree(IsoWeek week) {
    Api.Reply reply =
        api.post(
                "/api/v1/reports",
                seeded.athlete(),
                Json.createObjectBuilder()
                    .add("week", week.toString())
                    .add("painScore", 0)
                    .add("walkingMinutesPerDay", 90)) // under the default target of 100
            .expect(201);
    return statements("POST /api/v1/reports " + week, reply.header("Server-Timing"));
  }

  @Test
  void theCoachQueueOverTheApi() {
    String path = "/api/v1/reports?flagged=true&status=OPEN&size=";
    assertSameForBothSizes(path, seeded.coach());
  }

  @Test
  void theTenantAdminsQueueOverTheApi() {
    String path = "/api/v1/reports?flagged=true&size=";
    assertSameForBothSizes(path, seeded.admin());
  }

  @Test
  void theAthletesOverTheApi() {
    assertSameForBothSizes("/api/v1/athletes?size=", seeded.coach());
    assertSameForBothSizes("/api/v1/athletes?size=", seeded.admin());
  }

  @Test
  void theSquadOverTheApi() {
    assertSameForBothSizes("/api/v1/squad?size=", seeded.coach());
    assertSameForBothSizes("/api/v1/squad?size=", seeded.admin());
  }

  @Test
  void theTenantAdminsSquadPage() {
    assertSameAsWithOneRow(
        seeded.adminEmail(), "/coach/squad.xhtml", " (tenant admin)", seeded.before().adminSquad());
  }

  @Test
  void theCoachQueuePage() {
    assertSameAsWithOneRow(
        seeded.coachEmail(), "/coach/index.xhtml", "", seeded.before().coachQueue());
  }

  @Test
  void theTenantAdminsAthletesPage() {
    assertSameAsWithOneRow(
        seeded.adminEmail(),
        "/coach/athletes.xhtml",
        " (tenant admin)",
        seeded.before().adminAthletes());
  }

  /** The page, now showing ten rows, sends as many statements as it did showing one. */
  private void assertSameAsWithOneRow(String email, String page, String who, int withOneRow) {
    int withTen = pageStatements(email, page);
    assertEquals(
        withOneRow,
        withTen,
        page + who + ": " + withOneRow + " SQL statements with one row, " + withTen + " with ten");
  }

  private void assertSameForBothSizes(String pathBeforeSize, String auth) {
    int small = apiStatements(pathBeforeSize + SMALL, auth);
    int large = apiStatements(pathBeforeSize + LARGE, auth);
    assertEquals(
        small,
        large,
        pathBeforeSize
            + "…: "
            + small
            + " SQL statements for "
            + SMALL
            + " rows, "
            + large
            + " for "
            + LARGE);
  }

  /** The statements of the second of two identical requests (the first warms the caches). */
  private int apiStatements(String path, String auth) {
    api.get(path, auth).expect(200);
    Api.Reply reply = api.get(path, auth).expect(200);
    long total = reply.object().getJsonNumber("total").longValue();
    assertTrue(total >= LARGE, path + ": only " + total + " rows to page through");
    return statements(path, reply.header("Server-Timing"));
  }

  /** The statements of a page, read a second time after signing in. */
  private int pageStatements(String email, String path) {
    PageSession session = new PageSession(base);
    session.signIn(email, Api.NEW_PASSWORD);
    session.get(path);
    PageSession.Page page = session.get(path);
    assertEquals(200, page.status(), path);
    assertEquals(path, page.path(), "signed in, " + path + " opens");
    return statements(path, page.header("Server-Timing").orElse(null));
  }

  private static int statements(String path, String serverTiming) {
    Matcher sql = SQL_ENTRY.matcher(serverTiming == null ? "" : serverTiming);
    assertTrue(sql.find(), path + ": Server-Timing was " + serverTiming);
    int count = Integer.parseInt(sql.group(1));
    System.out.println("SQL statements " + path + ": " + count);
    return count;
  }
}

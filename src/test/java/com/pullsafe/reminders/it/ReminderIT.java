package com.pullsafe.reminders.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Api.TenantFixture;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.Mailbox;
import com.pullsafe.testing.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
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
 * Weekly reminders on the deployed WAR with a real PostgreSQL and a real SMTP server (GreenMail):
 * rounds run at moments the test chooses ({@link ReminderRoundProbe}), the tenant reminds on
 * Mondays at 09:00 Berlin time. The server's own reminder timer is off for the integration tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("https?://\\S+/unsubscribe\\.xhtml\\?token=(psu_[A-Za-z0-9_-]{43})");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar().addClasses(ReminderRoundProbe.class);
  }

  @ArquillianResource private URL base;
  private Api api;
  private TenantFixture tenant;

  @BeforeEach
  void aTenantRemindingOnMondaysAtNineInBerlin() {
    api = new Api(base);
    tenant = api.newTenant("remind");
    api.put("/api/v1/settings/reminders", tenant.admin(), reminders("MONDAY", 9, "Europe/Berlin"))
        .expect(200);
  }

  @Test
  void eachAthleteWithoutAReportGetsOneReminderEvenWhenTwoNodesRunTheRoundAtOnce()
      throws MessagingException {
    String week = "2026-W40";
    String silent = athlete(null);
    String reported = athlete(null);
    submit(reported, week);

    assertEquals("0", round(Instant.parse("2026-09-28T06:59:00Z"), 1), "before 09:00 in Berlin");
    round(afterNine(week), 2);
    round(afterNine(week), 2);

    assertEquals("SENT", awaitStatus(silent, week, "PENDING"));
    List<MimeMessage> mails = Mailbox.to(silent);
    assertEquals(1, mails.size(), "reminders to " + silent);
    MimeMessage mail = mails.get(0);
    assertTrue(Mailbox.subject(mail).contains(week), Mailbox.subject(mail));
    String text = Mailbox.text(mail);
    assertTrue(text.contains("/athlete/report.xhtml"), text);
    assertTrue(UNSUBSCRIBE.matcher(text).find(), text);
    String listUnsubscribe = mail.getHeader("List-Unsubscribe", null);
    assertTrue(
        listUnsubscribe != null && listUnsubscribe.contains("/reminders/unsubscribe?token=psu_"),
        String.valueOf(listUnsubscribe));
    assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
    assertEquals("none", status(reported, week));
    assertEquals(0, Mailbox.to(reported).size());
  }

  @Test
  void archivedAthletesGetNoReminder() {
    String week = "2026-W41";
    String archived = tenant.email("athlete-" + Api.unique());
    long archivedId = id(api.newPerson("athletes", tenant.admin(), archived, null));
    api.post(
            "/api/v1/athletes/" + archivedId + "/archival",
            tenant.admin(),
            Json.createObjectBuilder())
        .expect(200);

    round(afterNine(week), 1);

    assertEquals("none", status(archived, week));
  }

  @Test
  void aFailedReminderIsRetriedAndArrivesOnce() {
    String week = "2026-W42";
    String athlete = athlete(null);

    TestMailServer.whileDown(
        () -> {
          round(afterNine(week), 1);
          assertEquals("FAILED", awaitStatus(athlete, week, "PENDING"));
        });
    round(afterNine(week).plus(Duration.ofMinutes(10)), 1);

    assertEquals("SENT", awaitStatus(athlete, week, "FAILED"));
    assertEquals(1, Mailbox.to(athlete).size());
  }

  @Test
  void aReminderNotYetSentStopsOnceTheAthleteReports() {
    String week = "2026-W43";
    String athlete = athlete(null);

    TestMailServer.whileDown(
        () -> {
          round(afterNine(week), 1);
          assertEquals("FAILED", awaitStatus(athlete, week, "PENDING"));
        });
    submit(athlete, week);
    round(afterNine(week).plus(Duration.ofMinutes(10)), 1);

    assertEquals("CANCELLED", awaitStatus(athlete, week, "FAILED"));
    assertEquals(0, Mailbox.to(athlete).size());
  }

  @Test
  void theUnsubscribeLinkStopsRemindersAtOnceAndTheProfileTurnsThemOnAgain() {
    String athlete = athlete(null);
    round(afterNine("2026-W44"), 1);
    String text = Mailbox.awaitMail(athlete, 1);
    Matcher link = UNSUBSCRIBE.matcher(text);
    assertTrue(link.find(), text);

    assertEquals(
        404,
        api.http()
            .postForm("/reminders/unsubscribe?token=psu_" + "x".repeat(43), Map.of())
            .statusCode());
    assertEquals(
        204,
        api.http()
            .postForm(
                "/reminders/unsubscribe?token=" + link.group(1),
                Map.of("List-Unsubscribe", "One-Click"))
            .statusCode());
    assertEquals(
        false,
        api.get("/api/v1/me/reminders", login(athlete)).expect(200).object().getBoolean("enabled"));
    round(afterNine("2026-W45"), 1);
    assertEquals("none", status(athlete, "2026-W45"));

    api.put("/api/v1/me/reminders", login(athlete), Json.createObjectBuilder().add("enabled", true))
        .expect(200);
    round(afterNine("2026-W46"), 1);
    assertEquals("SENT", awaitStatus(athlete, "2026-W46", "PENDING"));
    assertEquals(2, Mailbox.to(athlete).size());
  }

  @Test
  void reminderSettingsAreCheckedNamingTheFieldAndOnlyATenantAdminChangesThem() {
    JsonObject before = api.get("/api/v1/settings/reminders", tenant.admin()).expect(200).object();

    assertEquals(
        List.of("timeZone"),
        api.put("/api/v1/settings/reminders", tenant.admin(), reminders("MONDAY", 9, "Mars/Base"))
            .expectProblem(400)
            .errorFields());
    assertEquals(
        List.of("hour"),
        api.put("/api/v1/settings/reminders", tenant.admin(), reminders("MONDAY", 24, "UTC"))
            .expectProblem(400)
            .errorFields());
    assertEquals(
        List.of("day"),
        api.put("/api/v1/settings/reminders", tenant.admin(), reminders("SOMEDAY", 9, "UTC"))
            .expectProblem(400)
            .errorFields());
    String coach = coach().getString("email");
    api.put("/api/v1/settings/reminders", login(coach), reminders("FRIDAY", 9, "UTC"))
        .expectProblem(403);

    assertEquals(
        before, api.get("/api/v1/settings/reminders", tenant.admin()).expect(200).object());
    assertEquals(
        Json.createObjectBuilder()
            .add("enabled", true)
            .add("day", "MONDAY")
            .add("hour", 9)
            .add("timeZone", "Europe/Berlin")
            .build(),
        before);
  }

  @Test
  void remindersSwitchedOffRemindNobody() {
    api.put(
            "/api/v1/settings/reminders",
            tenant.admin(),
            reminders("MONDAY", 9, "Europe/Berlin").add("enabled", false))
        .expect(200);
    String athlete = athlete(null);

    round(afterNine("2026-W47"), 1);

    assertEquals("none", status(athlete, "2026-W47"));
  }

  @Test
  void coachesSeeTheirAthletesWithoutAReportThisWeekAndTheTenantAdminEveryone() {
    String week = IsoWeek.containing(LocalDate.now(BERLIN)).toString();
    JsonObject coach = coach();
    String done = athlete(id(coach));
    String missing = athlete(id(coach));
    String otherCoachs = athlete(id(coach()));
    submit(done, week);

    JsonObject coachsList =
        api.get("/api/v1/not-reported", login(coach.getString("email"))).expect(200).object();
    JsonObject tenantList =
        api.get("/api/v1/not-reported?size=1", tenant.admin()).expect(200).object();

    assertEquals(week, coachsList.getString("week"));
    assertEquals(List.of(missing), emails(coachsList));
    assertEquals(1, coachsList.getInt("total"));
    assertEquals(2, tenantList.getInt("total"));
    assertEquals(1, tenantList.getJsonArray("items").size());
    assertEquals(
        List.of(missing, otherCoachs).stream().sorted().toList(),
        List.of(
                emails(tenantList).get(0),
                emails(api.get("/api/v1/not-reported?page=1&size=1", tenant.admin()).object())
                    .get(0))
            .stream()
            .sorted()
            .toList());
    assertEquals(
        List.of("size"),
        api.get("/api/v1/not-reported?size=0", tenant.admin()).expectProblem(400).errorFields());
    api.get("/api/v1/not-reported", login(missing)).expectProblem(403);
  }

  private static List<String> emails(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("email"))
        .toList();
  }

  private static JsonObjectBuilder reminders(String day, int hour, String zone) {
    return Json.createObjectBuilder()
        .add("enabled", true)
        .add("day", day)
        .add("hour", hour)
        .add("timeZone", zone);
  }

  /** Monday of {@code week} at 09:30 in Berlin: just after the tenant's reminder hour. */
  private static Instant afterNine(String week) {
    return ZonedDateTime.of(IsoWeek.parse(week).monday().atTime(9, 30), BERLIN).toInstant();
  }

  /** A new athlete of the tenant (with a coach, or none); their e-mail address. */
  private String athlete(Long coachId) {
    String email = tenant.email("athlete-" + Api.unique());
    api.newPerson("athletes", tenant.admin(), email, coachId);
    return email;
  }

  /** A new coach of the tenant, as created. */
  private JsonObject coach() {
    return api.newPerson("coaches", tenant.admin(), tenant.email("coach-" + Api.unique()), null);
  }

  private static long id(JsonObject created) {
    return created.getJsonNumber("id").longValue();
  }

  private static String login(String email) {
    return Http.basic(email, Api.NEW_PASSWORD);
  }

  private void submit(String athlete, String week) {
    api.post(
            "/api/v1/reports",
            login(athlete),
            Json.createObjectBuilder()
                .add("week", week)
                .add("topSetKg", 100)
                .add("topSetReps", 3)
                .add("painScore", 0)
                .add("walkingMinutesPerDay", 110))
        .expect(201);
  }

  /** Runs {@code rounds} reminder rounds at once at {@code at}; how many reminders they decided. */
  private String round(Instant at, int rounds) {
    var reply =
        api.http().postForm("/test-probe/reminders?at=" + at + "&rounds=" + rounds, Map.of());
    assertEquals(200, reply.statusCode(), reply.body());
    return reply.body();
  }

  private String status(String email, String week) {
    return api.http().get("/test-probe/reminders?email=" + email + "&week=" + week).body();
  }

  /** The reminder's mail status once it is neither "none" nor {@code left}. */
  private String awaitStatus(String email, String week, String left) {
    return await("the reminder of " + email + " to leave " + left)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> status(email, week), s -> !s.equals("none") && !s.equals(left));
  }
}

package com.pullsafe.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data rights over the API: an athlete's export holds every section with their rows and nothing of
 * another athlete or tenant; erasure leaves nothing that names the athlete in any table, keeps the
 * reports only as counts, is audited and ends the athlete's sign-in; who may do which.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataRightsIT {

  static final List<String> SECTIONS =
      List.of(
          "account",
          "accessTokens",
          "profile",
          "reports",
          "reportVersions",
          "triageResults",
          "triageFindings",
          "triageSuggestions",
          "reviews",
          "assignments",
          "clearances",
          "notifications",
          "auditEntries");

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

  record Person(long id, String email, String name, String basic) {}

  /** Tenant with a coach, an athlete with a full history (the subject) and a second athlete. */
  record Team(Api.TenantFixture tenant, Person coach, Person subject, Person other, long report) {}

  private Person person(
      String kind, String by, Api.TenantFixture tenant, String label, Long coach) {
    String email = tenant.email(label);
    String name = "Name" + Api.unique() + "x";
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("displayName", name)
            .add("password", Api.NEW_PASSWORD);
    if (coach != null) {
      body.add("coachId", coach);
    }
    long id = api.post("/api/v1/" + kind, by, body).expect(201).object().getInt("id");
    return new Person(id, email, name, Http.basic(email, Api.NEW_PASSWORD));
  }

  private Team team(String label) {
    Api.TenantFixture tenant = api.newTenant(label);
    Person coach = person("coaches", tenant.admin(), tenant, "coach", null);
    Person subject = person("athletes", tenant.admin(), tenant, "subject", coach.id());
    Person other = person("athletes", tenant.admin(), tenant, "other", coach.id());
    String week = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).toString();
    long report =
        api.post(
                "/api/v1/reports",
                subject.basic(),
                red("subject-note " + subject.name()).add("week", week))
            .expect(201)
            .id();
    api.put(
            "/api/v1/reports/" + report,
            subject.basic(),
            red("amended " + subject.name()).add("week", week))
        .expect(200);
    api.post(
            "/api/v1/reports/" + report + "/review",
            coach.basic(),
            Json.createObjectBuilder()
                .add("decision", "CONFIRM")
                .add("noteToAthlete", "coach-note " + subject.name())
                .add(
                    "assign",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("alternative", "WALKING")
                                .add("sets", 1)
                                .add("reps", 30))))
        .expect(200);
    api.post(
            "/api/v1/athletes/" + subject.id() + "/clearance",
            coach.basic(),
            Json.createObjectBuilder().add("note", "clearance-note " + subject.name()))
        .expect(201);
    api.post("/api/v1/me/tokens", subject.basic(), Json.createObjectBuilder().add("name", "phone"))
        .expect(201);
    api.post(
            "/api/v1/reports", other.basic(), amber("other-note " + other.name()).add("week", week))
        .expect(201);
    return new Team(tenant, coach, subject, other, report);
  }

  static JsonObjectBuilder amber(String notes) {
    return Json.createObjectBuilder()
        .add("topSetKg", 120)
        .add("topSetReps", 3)
        .add("painScore", 4)
        .add("painCharacter", "SHARP")
        .add("painSpread", "LOCALIZED")
        .add("onset", "DURING_SET")
        .add("worseBendingOrExtending", true)
        .add("walkingMinutesPerDay", 110)
        .add("notes", notes);
  }

  static JsonObjectBuilder red(String notes) {
    return amber(notes).add("painCharacter", "BURNING").add("radiatesToLeg", true);
  }

  @Test
  void theExportHoldsEverySectionWithTheAthletesRowsAndNothingOfAnotherAthleteOrTenant() {
    Team team = team("export");
    Team elsewhere = team("export-other");

    Api.Reply reply = api.get("/api/v1/me/data", team.subject().basic()).expect(200);
    JsonObject own = reply.object();
    JsonObject byAdmin =
        api.get("/api/v1/athletes/" + team.subject().id() + "/data", team.tenant().admin())
            .expect(200)
            .object();

    for (JsonObject export : List.of(own, byAdmin)) {
      for (String section : SECTIONS) {
        assertTrue(export.containsKey(section), section + " missing: " + export);
        assertTrue(
            section.equals("triageSuggestions") || !export.getJsonArray(section).isEmpty(),
            section + " is empty: " + export);
      }
      JsonObject account = export.getJsonArray("account").getJsonObject(0);
      assertEquals(team.subject().email(), account.getString("email"));
      assertFalse(account.containsKey("passwordHash"), "no secret: " + account);
      assertFalse(export.getJsonArray("accessTokens").getJsonObject(0).containsKey("tokenHash"));
      for (JsonValue r : export.getJsonArray("reports")) {
        assertEquals(team.subject().id(), r.asJsonObject().getJsonNumber("athleteId").longValue());
      }
      assertEquals(1, export.getJsonArray("reportVersions").size(), "the amended version");
      assertEquals(2, export.getJsonArray("triageResults").size(), "a triage per version");
      String text = export.toString();
      assertTrue(text.contains("coach-note " + team.subject().name()), "coach's note");
      assertTrue(text.contains("clearance-note " + team.subject().name()), "clearance note");
      assertTrue(text.contains("subject-note " + team.subject().name()), "earlier version");
      for (Person foreign :
          List.of(team.other(), elsewhere.subject(), elsewhere.other(), elsewhere.coach())) {
        assertFalse(text.contains(foreign.name()), foreign + " in " + text);
        assertFalse(text.contains(foreign.email()), foreign + " in " + text);
      }
    }
    assertTrue(
        reply.header("Content-Disposition").startsWith("attachment"),
        reply.header("Content-Disposition"));
  }

  @Test
  void theCsvDownloadIsAZipWithOneCsvPerSectionWithTheSameRows() throws Exception {
    Team team = team("csv");
    JsonObject json = api.get("/api/v1/me/data", team.subject().basic()).expect(200).object();

    HttpResponse<byte[]> zip =
        download("/api/v1/athletes/" + team.subject().id() + "/data/csv", team.tenant().admin());

    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
    Map<String, List<String>> files = unzip(zip.body());
    assertEquals(SECTIONS.stream().map(s -> s + ".csv").toList(), List.copyOf(files.keySet()));
    for (String section : SECTIONS) {
      assertEquals(
          json.getJsonArray(section).size() + 1,
          files.get(section + ".csv").size(),
          section + ": header and one line per row");
    }
    assertTrue(files.get("reports.csv").get(0).contains("\"painScore\""));
    assertTrue(
        String.join("\n", files.get("reviews.csv"))
            .contains("coach-note " + team.subject().name()));
  }

  @Test
  void onlyTheAthleteAndTheirTenantAdminGetTheDataAndOnlyTheAdminErases() {
    Team team = team("access");
    Team elsewhere = team("access-other");
    String subject = "/api/v1/athletes/" + team.subject().id();

    api.get(subject + "/data", elsewhere.tenant().admin()).expectProblem(404);
    api.get(subject + "/data", team.other().basic()).expectProblem(404);
    api.get(subject + "/data", team.coach().basic()).expectProblem(403);
    api.get("/api/v1/me/data", team.tenant().admin()).expectProblem(404);
    api.post(subject + "/erasure", elsewhere.tenant().admin(), "").expectProblem(404);
    api.post(subject + "/erasure", team.coach().basic(), "").expectProblem(403);
    api.post(subject + "/erasure", team.subject().basic(), "").expectProblem(403);
    api.get(subject + "/data", team.subject().basic()).expect(200);
    assertEquals(
        1,
        Database.number(
            "select count(*) from app_user where email = ? and active", team.subject().email()),
        "not erased by any refused call");
  }

  @Test
  void erasureLeavesNothingThatNamesTheAthleteKeepsCountsAuditsAndEndsTheirSignIn()
      throws SQLException {
    Team team = team("erase");
    long reportsBefore =
        Database.number(
            "select count(*) from weekly_report where athlete_id = ?", team.subject().id());
    String token =
        api.post(
                "/api/v1/me/tokens",
                team.subject().basic(),
                Json.createObjectBuilder().add("name", "cli"))
            .expect(201)
            .object()
            .getString("token");

    JsonObject erased =
        api.post("/api/v1/athletes/" + team.subject().id() + "/erasure", team.tenant().admin(), "")
            .expect(200)
            .object();

    assertEquals(reportsBefore, erased.getInt("reportsCounted"));
    try (Connection db = Database.connect()) {
      // The notes, the coach's note and the clearance note all carry the athlete's unique name.
      for (String value : List.of(team.subject().name(), team.subject().email())) {
        assertEquals(List.of(), columnsHolding(db, value), value + " left in");
      }
    }
    for (String table : List.of("weekly_report", "triage_result", "assignment", "clearance")) {
      assertEquals(
          0,
          Database.number(
              "select count(*) from " + table + " where athlete_id = ?", team.subject().id()),
          table);
    }
    assertEquals(
        0,
        Database.number(
            "select count(*) from access_token t join athlete a on a.account_id = t.account_id"
                + " where a.id = ?",
            team.subject().id()));
    assertEquals(
        reportsBefore,
        Database.number(
            "select coalesce(sum(reports), 0) from erased_report_count where tenant_id = ?",
            team.tenant().id()),
        "kept as counts");
    assertEquals(
        1,
        Database.number(
            "select count(*) from audit_entry where tenant_id = ? and action = 'ATHLETE_ERASED'"
                + " and object_id = ? and actor like 'admin@%'",
            team.tenant().id(), team.subject().id()));
    assertEquals(
        1,
        Database.number(
            "select count(*) from weekly_report where athlete_id = ?", team.other().id()),
        "the other athlete keeps their report");
    api.get("/api/v1/me", team.subject().basic()).expect(401);
    api.get("/api/v1/me", Api.bearer(token)).expect(401);
    api.get("/api/v1/athletes/" + team.subject().id() + "/data", team.tenant().admin()).expect(200);
  }

  /** Every text column of every table of the schema that holds {@code value}, as table.column. */
  private static List<String> columnsHolding(Connection db, String value) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement list =
            db.prepareStatement(
                "select table_name, column_name from information_schema.columns where"
                    + " table_schema = 'public' and data_type in ('character varying', 'text',"
                    + " 'character')");
        ResultSet rows = list.executeQuery()) {
      while (rows.next()) {
        String column = rows.getString(1) + "." + rows.getString(2);
        String sql =
            "select count(*) from "
                + rows.getString(1)
                + " where strpos(lower("
                + rows.getString(2)
                + "), lower(?)) > 0";
        if (Database.number(db, sql, value) > 0) {
          columns.add(column);
        }
      }
    }
    return columns;
  }

  private HttpResponse<byte[]> download(String path, String auth)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(new Http(base).uri(path))
            .header("Authorization", auth)
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, List<String>> unzip(byte[] zip) throws IOException {
    Map<String, List<String>> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        files.put(entry.getName(), List.of(text.split("\r\n")));
      }
    }
    return files;
  }
}

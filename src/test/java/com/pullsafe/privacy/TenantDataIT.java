package com.pullsafe.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.privacy.TenantTables.TenantTable;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.ServerLog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * A tenant's whole data over the API: the tenant admin's export holds every table of the tenant
 * without secrets and nothing of another tenant; the platform admin deletes a suspended tenant,
 * after confirming its name, down to its last row while another tenant stays as it was; and the one
 * list of tenant tables misses no table of the schema.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantDataIT {

  private static final String WEBHOOK_SECRET = "whsec-never-exported-";

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

  /** A tenant with a coach, an athlete with a reviewed report and a token, and a webhook. */
  record Business(Api.TenantFixture tenant, Person coach, Person athlete, String token) {

    String adminEmail() {
      return tenant.email("admin");
    }
  }

  private Person person(String kind, Api.TenantFixture tenant, String label, Long coach) {
    String email = tenant.email(label);
    JsonObject created = api.newPerson(kind, tenant.admin(), email, coach);
    return new Person(
        created.getJsonNumber("id").longValue(),
        email,
        created.getString("displayName"),
        Http.basic(email, Api.NEW_PASSWORD));
  }

  private Business business(String label) {
    Api.TenantFixture tenant = api.newTenant(label);
    Person coach = person("coaches", tenant, "coach", null);
    Person athlete = person("athletes", tenant, "athlete", coach.id());
    String week = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).toString();
    long report =
        api.post(
                "/api/v1/reports",
                athlete.basic(),
                DataRightsIT.red("note of " + athlete.email()).add("week", week))
            .expect(201)
            .id();
    api.post(
            "/api/v1/reports/" + report + "/review",
            coach.basic(),
            Json.createObjectBuilder()
                .add("decision", "CONFIRM")
                .add("noteToAthlete", "coach note for " + athlete.email()))
        .expect(200);
    api.put(
            "/api/v1/settings",
            tenant.admin(),
            Json.createObjectBuilder()
                .add("progressionCapPercent", 5)
                .add("plateIncrementKg", 2.5)
                .add("walkingTargetMinutes", 30))
        .expect(200);
    String token =
        api.post(
                "/api/v1/me/tokens", athlete.basic(), Json.createObjectBuilder().add("name", "cli"))
            .expect(201)
            .object()
            .getString("token");
    // Stored directly: registering over the API checks the address, which needs the internet.
    try (Connection db = Database.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into webhook_endpoint (tenant_id, url, events, secret, active, created_at)"
                    + " values (?, ?, 'report.flagged', ?, true, now())")) {
      insert.setLong(1, tenant.id());
      insert.setString(2, "https://hooks." + tenant.slug() + ".test/in");
      insert.setString(3, WEBHOOK_SECRET + tenant.slug());
      insert.executeUpdate();
      try (PreparedStatement reminded =
              db.prepareStatement(
                  "insert into reminder_sent (tenant_id, athlete_id, week, unsubscribe_hash)"
                      + " values (?, ?, '2026-W01', ?)");
          PreparedStatement optedOut =
              db.prepareStatement(
                  "insert into reminder_opt_out (tenant_id, athlete_id) values (?, ?)")) {
        reminded.setLong(1, tenant.id());
        reminded.setLong(2, athlete.id());
        reminded.setString(3, String.format("%064x", tenant.id()));
        reminded.executeUpdate();
        optedOut.setLong(1, tenant.id());
        optedOut.setLong(2, athlete.id());
        optedOut.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Business(tenant, coach, athlete, token);
  }

  @Test
  void theExportHoldsEveryTableOfTheTenantWithoutSecretsAndNothingOfAnotherTenant()
      throws Exception {
    Business business = business("tenant-export");
    Business other = business("tenant-export-other");

    HttpResponse<byte[]> reply = download("/api/v1/tenant/export", business.tenant().admin());

    assertEquals(200, reply.statusCode());
    assertEquals("application/zip", reply.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        reply.headers().firstValue("Content-Disposition").orElse("").contains(".zip\""),
        reply.headers().toString());
    Map<String, String> files = unzip(reply.body());
    List<String> expected = new ArrayList<>();
    TenantTables.ALL.forEach(t -> expected.add(t.name() + ".csv"));
    expected.add("manifest.json");
    assertEquals(expected, List.copyOf(files.keySet()));

    JsonObject manifest =
        Json.createReader(new StringReader(files.get("manifest.json"))).readObject();
    assertEquals(business.tenant().id(), manifest.getJsonNumber("tenantId").longValue());
    for (JsonValue file : manifest.getJsonArray("files")) {
      JsonObject entry = file.asJsonObject();
      String csv = files.get(entry.getString("file"));
      assertEquals(
          entry.getInt("rows") + 1L,
          csv.split("\r\n", -1).length - 1,
          entry + ": a header and one line per row");
      String table = entry.getString("table");
      if (!List.of(
              "erased_report_count",
              "password_link",
              "totp_enrolment",
              "recovery_code",
              "triage_suggestion",
              "webhook_delivery",
              "report_version",
              "assignment",
              "clearance",
              "notification")
          .contains(table)) {
        assertTrue(entry.getInt("rows") > 0, table + " is empty: " + manifest);
      }
    }
    String all = String.join("\n", files.values());
    assertTrue(all.contains(business.athlete().email()), "the athlete");
    assertTrue(all.contains("coach note for " + business.athlete().email()), "the review");
    assertTrue(all.contains("note of " + business.athlete().email()), "the report");
    assertTrue(all.contains("https://hooks." + business.tenant().slug()), "the webhook");
    assertTrue(files.get("audit_entry.csv").contains("REVIEW_CONFIRMED"), "the audit trail");
    for (String secretColumn :
        List.of("passwordHash", "tokenHash", "sealedSecret", "codeHash", "\"secret\"")) {
      assertFalse(all.contains(secretColumn), secretColumn + " exported");
    }
    assertFalse(all.contains(WEBHOOK_SECRET), "a webhook secret");
    assertFalse(all.contains(business.token()), "an access token");
    for (String hash :
        texts("select password_hash from app_user where tenant_id = " + business.tenant().id())) {
      assertFalse(all.contains(hash), "a password hash");
    }
    for (String foreign :
        List.of(
            other.tenant().slug(),
            other.athlete().email(),
            other.coach().email(),
            other.adminEmail())) {
      assertFalse(all.contains(foreign), foreign + " of another tenant exported");
    }
    assertEquals(
        1,
        Database.number(
            "select count(*) from audit_entry where tenant_id = ? and action = 'TENANT_EXPORTED'"
                + " and actor = ?",
            business.tenant().id(),
            business.adminEmail()));
  }

  @Test
  void onlyATenantAdminExportsTheirTenantAndTheRefusalsLogNoError() {
    Business business = business("export-roles");
    ServerLog log = ServerLog.fromNow();
    api.get("/api/v1/tenant/export", business.coach().basic()).expectProblem(403);
    api.get("/api/v1/tenant/export", business.athlete().basic()).expectProblem(403);
    api.get("/api/v1/tenant/export", api.platformAdmin()).expectProblem(403);
    api.get("/api/v1/tenant/export", null).expect(401);
    assertEquals(
        0,
        Database.number(
            "select count(*) from audit_entry where tenant_id = ? and action = 'TENANT_EXPORTED'",
            business.tenant().id()));

    // The service bean refuses the role: a caller's mistake, not the server's error. (WildFly's
    // EJB subsystem logged each such refusal at ERROR with its whole stack.)
    String marker = "marker-" + Api.unique() + "@nowhere.test";
    api.get("/api/v1/me", Http.basic(marker, "wrong-password")).expect(401);
    String logged =
        log.await(text -> text.contains("login=\"" + marker + "\""), Duration.ofSeconds(30));
    assertFalse(logged.contains(" ERROR "), logged);
    assertFalse(logged.contains("\tat "), "no stack trace: " + logged);
  }

  @Test
  void deletionIsRefusedWhileActiveWithoutTheRightNameAndToAnyoneButThePlatformAdmin() {
    Business business = business("delete-refused");
    Business other = business("delete-refused-other");
    String name = "Tenant " + business.tenant().slug();
    String tenant = "/api/v1/tenants/" + business.tenant().id();

    api.delete(tenant + "?confirmName=" + encoded(name), api.platformAdmin()).expectProblem(409);
    api.post(tenant + "/suspension", api.platformAdmin(), "").expect(200);
    Api.Reply wrong =
        api.delete(tenant + "?confirmName=" + encoded("Tenant"), api.platformAdmin())
            .expectProblem(400);
    assertEquals(List.of("confirmName"), wrong.errorFields());
    assertEquals(
        List.of("confirmName"),
        api.delete(tenant, api.platformAdmin()).expectProblem(400).errorFields());
    api.delete(tenant + "?confirmName=" + encoded(name), business.tenant().admin())
        .expectProblem(403); // the tenant is suspended: its own admin is refused anything
    api.delete(tenant + "?confirmName=" + encoded(name), other.tenant().admin()).expectProblem(403);
    api.delete("/api/v1/tenants/999999999?confirmName=x", api.platformAdmin()).expectProblem(404);

    assertEquals(
        1, Database.number("select count(*) from tenant where id = ?", business.tenant().id()));
    assertEquals(
        3,
        Database.number(
            "select count(*) from app_user where tenant_id = ?", business.tenant().id()),
        "admin, coach and athlete still there");
  }

  @Test
  void deletionRemovesEveryRowOfTheTenantEndsItsAccountsAndLeavesAnotherTenantAsItWas()
      throws SQLException {
    Business business = business("delete");
    Business other = business("delete-other");
    Map<String, Long> otherBefore = rowsPerTable(other.tenant().id());
    String name = "Tenant " + business.tenant().slug();
    api.get("/api/v1/me", Api.bearer(business.token())).expect(200);
    api.post("/api/v1/tenants/" + business.tenant().id() + "/suspension", api.platformAdmin(), "")
        .expect(200);

    JsonObject deleted =
        api.delete(
                "/api/v1/tenants/" + business.tenant().id() + "?confirmName=" + encoded(name),
                api.platformAdmin())
            .expect(200)
            .object();

    assertEquals(name, deleted.getString("name"));
    assertEquals(3, deleted.getJsonObject("rows").getInt("app_user"));
    assertEquals(1, deleted.getJsonObject("rows").getInt("tenant"));
    Map<String, Long> left = rowsPerTable(business.tenant().id());
    left.values().removeIf(n -> n == 0);
    assertEquals(Map.of(), left, "rows of the deleted tenant left");
    assertEquals(otherBefore, rowsPerTable(other.tenant().id()), "the other tenant changed");
    api.get("/api/v1/tenants/" + business.tenant().id(), api.platformAdmin()).expectProblem(404);
    api.get("/api/v1/me", Api.bearer(business.token())).expect(401);
    api.get("/api/v1/me", business.coach().basic()).expect(401);
    api.get("/api/v1/me", other.coach().basic()).expect(200);
    assertEquals(
        1,
        Database.number(
            "select count(*) from platform_audit_entry where action = 'TENANT_DELETED' and"
                + " object_id = ? and actor = 'admin@portal.test' and subject = ? and detail"
                + " like '%app_user 3%'",
            business.tenant().id(), name));

    // The addresses are free again: a new tenant's admin takes the deleted admin's address.
    api.post(
            "/api/v1/tenants",
            api.platformAdmin(),
            Json.createObjectBuilder()
                .add("slug", business.tenant().slug())
                .add("name", "Reborn " + business.tenant().slug())
                .add("adminEmail", business.adminEmail())
                .add("adminDisplayName", "Reborn admin")
                .add("adminPassword", Api.NEW_PASSWORD))
        .expect(201);
    assertEquals(
        "Reborn " + business.tenant().slug(),
        api.get("/api/v1/me", business.tenant().admin())
            .expect(200)
            .object()
            .getJsonObject("tenant")
            .getString("name"));
  }

  /**
   * The list of tenant tables is complete: every table with a {@code tenant_id} column, and every
   * table that points by foreign key to a listed table, is listed (tables of the installation such
   * as the catalog of alternatives point to none).
   */
  @Test
  void everyTableHoldingATenantsRowsIsInTheOneListOfTenantTables() throws SQLException {
    List<String> listed = TenantTables.ALL.stream().map(TenantTable::name).toList();
    TreeSet<String> missing = new TreeSet<>();
    try (Connection db = Database.connect()) {
      missing.addAll(
          names(
              db,
              "select table_name from information_schema.columns where table_schema = 'public'"
                  + " and column_name = 'tenant_id'"));
      try (PreparedStatement references =
              db.prepareStatement(
                  "select distinct source.relname, target.relname from pg_constraint c join pg_class"
                      + " source on source.oid = c.conrelid join pg_class target on target.oid ="
                      + " c.confrelid join pg_namespace n on n.oid = source.relnamespace where"
                      + " c.contype = 'f' and n.nspname = 'public'");
          ResultSet rows = references.executeQuery()) {
        while (rows.next()) {
          if (listed.contains(rows.getString(2))) {
            missing.add(rows.getString(1));
          }
        }
      }
    }
    assertTrue(missing.size() > 15, "the schema was read: " + missing);
    missing.removeAll(listed);
    assertEquals(new TreeSet<String>(), missing, "tables missing from TenantTables");
  }

  /** The rows of each tenant table that belong to {@code tenantId}. */
  private static Map<String, Long> rowsPerTable(long tenantId) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection db = Database.connect()) {
      for (TenantTable table : TenantTables.ALL) {
        rows.put(
            table.name(),
            Database.number(
                db,
                "select count(*) from " + table.name() + " where " + table.rowsOfTenant(),
                tenantId));
      }
    }
    return rows;
  }

  private static List<String> texts(String sql) throws SQLException {
    try (Connection db = Database.connect()) {
      return names(db, sql);
    }
  }

  private static List<String> names(Connection db, String sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
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

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}

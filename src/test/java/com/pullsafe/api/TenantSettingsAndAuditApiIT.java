package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.Rows;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The tenant admin's pages over the API: the tenant's settings ({@code GET}, {@code PUT
 * /api/v1/settings}) and the audit trail ({@code GET /api/v1/audit-entries}), filtered and paged in
 * the database. Only a tenant admin, only of their own tenant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantSettingsAndAuditApiIT {

  private static final Pattern SQL_ENTRY = Pattern.compile("\\bsql;desc=\"(\\d+) SQL statements\"");

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

  private static JsonObjectBuilder settings(String cap, String plate, int walking) {
    return Json.createObjectBuilder()
        .add("progressionCapPercent", new BigDecimal(cap))
        .add("plateIncrementKg", new BigDecimal(plate))
        .add("walkingTargetMinutes", walking);
  }

  private JsonObject settingsOf(String auth) {
    return api.get("/api/v1/settings", auth).expect(200).object();
  }

  private static void assertSettings(String cap, String plate, int walking, JsonObject actual) {
    assertEquals(
        0,
        new BigDecimal(cap)
            .compareTo(actual.getJsonNumber("progressionCapPercent").bigDecimalValue()),
        actual.toString());
    assertEquals(
        0,
        new BigDecimal(plate).compareTo(actual.getJsonNumber("plateIncrementKg").bigDecimalValue()),
        actual.toString());
    assertEquals(walking, actual.getInt("walkingTargetMinutes"), actual.toString());
  }

  private static long audited(long tenantId, String action) {
    return Rows.number(
        "select count(*) from audit_entry where tenant_id = ? and action = ?", tenantId, action);
  }

  private static String login(Api.TenantFixture tenant, String localPart) {
    return Http.basic(tenant.email(localPart), Api.NEW_PASSWORD);
  }

  @Test
  void aTenantAdminReadsTheDefaultsAndChangesTheSettingsOfTheirTenantOnly() {
    Api.TenantFixture tenant = api.newTenant("settings");
    Api.TenantFixture other = api.newTenant("settingsother");
    assertSettings("5", "2.5", 100, settingsOf(tenant.admin()));

    JsonObject changed =
        api.put("/api/v1/settings", tenant.admin(), settings("4", "1.25", 45)).expect(200).object();

    assertSettings("4", "1.25", 45, changed);
    assertSettings("4", "1.25", 45, settingsOf(tenant.admin()));
    assertSettings("5", "2.5", 100, settingsOf(other.admin()));
    assertEquals(1, audited(tenant.id(), "SETTINGS_CHANGED"));
    assertEquals(0, audited(other.id(), "SETTINGS_CHANGED"));
  }

  @Test
  void badSettingsAreRefusedNamingEachFieldAndNothingIsStored() {
    Api.TenantFixture tenant = api.newTenant("badsettings");
    api.put("/api/v1/settings", tenant.admin(), settings("4", "2.5", 100)).expect(200);

    Api.Reply outOfRange =
        api.put("/api/v1/settings", tenant.admin(), settings("11", "0.1", 2000)).expectProblem(400);
    Api.Reply missing =
        api.put(
                "/api/v1/settings",
                tenant.admin(),
                Json.createObjectBuilder().add("progressionCapPercent", 3))
            .expectProblem(400);
    Api.Reply wrongType =
        api.send(
                "PUT",
                "/api/v1/settings",
                tenant.admin(),
                "{\"progressionCapPercent\":\"3\",\"plateIncrementKg\":2.5,"
                    + "\"walkingTargetMinutes\":100}")
            .expectProblem(400);
    Api.Reply unknown =
        api.put("/api/v1/settings", tenant.admin(), settings("3", "2.5", 100).add("cap", 3))
            .expectProblem(400);

    assertEquals(
        List.of("progressionCapPercent", "plateIncrementKg", "walkingTargetMinutes"),
        outOfRange.errorFields(),
        outOfRange.body());
    assertEquals(
        List.of("plateIncrementKg", "walkingTargetMinutes"), missing.errorFields(), missing.body());
    assertEquals(List.of("progressionCapPercent"), wrongType.errorFields(), wrongType.body());
    assertEquals(List.of("cap"), unknown.errorFields(), unknown.body());
    assertSettings("4", "2.5", 100, settingsOf(tenant.admin()));
    assertEquals(1, audited(tenant.id(), "SETTINGS_CHANGED"));
  }

  @Test
  void onlyATenantAdminReadsOrChangesTheSettings() {
    Api.TenantFixture tenant = api.newTenant("settingsroles");
    api.newPerson("coaches", tenant.admin(), tenant.email("coach"), null);
    api.newPerson("athletes", tenant.admin(), tenant.email("athlete"), null);

    for (String auth :
        List.of(login(tenant, "coach"), login(tenant, "athlete"), api.platformAdmin())) {
      api.get("/api/v1/settings", auth).expectProblem(403);
      api.put("/api/v1/settings", auth, settings("3", "2.5", 100)).expectProblem(403);
    }
    api.get("/api/v1/settings", null).expect(401);

    assertSettings("5", "2.5", 100, settingsOf(tenant.admin()));
    assertEquals(0, audited(tenant.id(), "SETTINGS_CHANGED"));
  }

  @Test
  void theAuditTrailIsPagedNewestFirstAndFiltered() {
    Api.TenantFixture tenant = api.newTenant("audit");
    for (String coach : List.of("one", "two", "three")) {
      api.newPerson("coaches", tenant.admin(), tenant.email(coach), null);
    }
    api.put("/api/v1/settings", tenant.admin(), settings("4", "2.5", 100)).expect(200);
    String coachesAdded = "/api/v1/audit-entries?action=COACH_ADDED&size=2";

    JsonObject first = api.get(coachesAdded, tenant.admin()).expect(200).object();
    JsonObject second = api.get(coachesAdded + "&page=1", tenant.admin()).expect(200).object();

    assertEquals(3, first.getInt("total"));
    assertEquals(List.of("three", "two"), subjectsOf(first));
    assertEquals(List.of("one"), subjectsOf(second));
    JsonObject newest = first.getJsonArray("items").getJsonObject(0);
    assertEquals(tenant.email("admin"), newest.getString("actor"));
    assertEquals("Coach", newest.getString("objectType"));
    assertTrue(newest.getString("detail").contains(tenant.email("three")), newest.toString());
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    assertEquals(3, totalOf("?action=COACH_ADDED&from=" + today + "&to=" + today, tenant));
    assertEquals(0, totalOf("?action=COACH_ADDED&from=" + tomorrow, tenant));
    assertEquals(3, totalOf("?action=COACH_ADDED&actor=ADMIN@" + tenant.slug(), tenant));
    assertEquals(0, totalOf("?actor=nobody-" + tenant.slug(), tenant));
    assertEquals(1, totalOf("?action=SETTINGS_CHANGED", tenant));
  }

  private List<String> subjectsOf(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("subject").replaceFirst("^Person ", "").split("@")[0])
        .toList();
  }

  private int totalOf(String query, Api.TenantFixture tenant) {
    return api.get("/api/v1/audit-entries" + query, tenant.admin())
        .expect(200)
        .object()
        .getInt("total");
  }

  @Test
  void unreadableAuditFiltersAreRefusedNamingEachOne() {
    Api.TenantFixture tenant = api.newTenant("auditbad");

    Api.Reply refused =
        api.get(
                "/api/v1/audit-entries?action=NOPE&actor="
                    + "a".repeat(255)
                    + "&from=2026-02-31&to=yesterday&page=-1&size=0",
                tenant.admin())
            .expectProblem(400);

    assertEquals(
        List.of("action", "actor", "from", "to", "page", "size"),
        refused.errorFields(),
        refused.body());
  }

  @Test
  void onlyATenantAdminReadsTheAuditTrailAndOnlyTheirTenants() {
    Api.TenantFixture tenant = api.newTenant("auditroles");
    Api.TenantFixture other = api.newTenant("auditother");
    api.newPerson("coaches", tenant.admin(), tenant.email("coach"), null);
    api.newPerson("athletes", tenant.admin(), tenant.email("athlete"), null);

    for (String auth :
        List.of(login(tenant, "coach"), login(tenant, "athlete"), api.platformAdmin())) {
      api.get("/api/v1/audit-entries", auth).expectProblem(403);
    }
    api.get("/api/v1/audit-entries", null).expect(401);

    assertEquals(1, totalOf("?action=COACH_ADDED", tenant));
    assertEquals(0, totalOf("?action=COACH_ADDED", other), "another tenant's entries stay apart");
    assertEquals(0, totalOf("?actor=" + tenant.slug(), other));
  }

  @Test
  void aLongerPageOfTheAuditTrailTakesNoMoreSqlStatements() {
    Api.TenantFixture tenant = api.newTenant("auditsql");
    for (int i = 1; i <= 6; i++) {
      api.newPerson("coaches", tenant.admin(), tenant.email("coach" + i), null);
    }

    int one = statements("/api/v1/audit-entries?action=COACH_ADDED&size=1", tenant.admin());
    int six = statements("/api/v1/audit-entries?action=COACH_ADDED&size=6", tenant.admin());

    assertEquals(one, six, one + " SQL statements for one entry, " + six + " for six");
  }

  /** EclipseLink's statements of the second of two identical requests (told in Server-Timing). */
  private int statements(String path, String auth) {
    api.get(path, auth).expect(200);
    Api.Reply reply = api.get(path, auth).expect(200);
    Matcher sql = SQL_ENTRY.matcher(reply.header("Server-Timing"));
    assertTrue(
        sql.find(), path + ": no SQL count in Server-Timing " + reply.header("Server-Timing"));
    return Integer.parseInt(sql.group(1));
  }
}

package com.pullsafe.api;

import static com.pullsafe.testing.Api.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/v1/tenants} over HTTP: the platform admin's alone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantsApiIT {

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

  private static JsonObjectBuilder tenant(String slug) {
    return Json.createObjectBuilder()
        .add("slug", slug)
        .add("name", "Gym " + slug)
        .add("adminEmail", "owner@" + slug + ".test")
        .add("adminDisplayName", "Owner " + slug)
        .add("adminPassword", Api.NEW_PASSWORD);
  }

  @Test
  void thePlatformAdminOpensATenantWhoseAdminCanSignIn() {
    String slug = "open-" + Api.unique();

    Api.Reply created = api.post("/api/v1/tenants", api.platformAdmin(), tenant(slug)).expect(201);

    JsonObject body = created.object();
    long id = body.getJsonNumber("id").longValue();
    assertEquals(slug, body.getString("slug"));
    assertEquals("Gym " + slug, body.getString("name"));
    assertEquals("ACTIVE", body.getString("status"));
    assertTrue(
        created.header("Location").endsWith("/api/v1/tenants/" + id), created.header("Location"));
    JsonObject me =
        api.get("/api/v1/me", Http.basic("owner@" + slug + ".test", Api.NEW_PASSWORD))
            .expect(200)
            .object();
    assertEquals("TENANT_ADMIN", me.getString("role"));
    assertEquals(slug, me.getJsonObject("tenant").getString("slug"));
    String location = created.header("Location").replaceFirst("^https?://[^/]+", "");
    assertEquals(
        slug, api.get(location, api.platformAdmin()).expect(200).object().getString("slug"));
  }

  @Test
  void theListCountsEachTenantsCoachesAthletesAndReports() {
    Api.TenantFixture tenant = api.newTenant("count");
    long coachId =
        api.newPerson("coaches", tenant.admin(), tenant.email("coach"), null)
            .getJsonNumber("id")
            .longValue();
    api.newPerson("athletes", tenant.admin(), tenant.email("a1"), coachId);
    api.newPerson("athletes", tenant.admin(), tenant.email("a2"), null);
    String athlete = Http.basic(tenant.email("a2"), Api.NEW_PASSWORD);
    for (String week : List.of("2026-W10", "2026-W11")) {
      api.post(
              "/api/v1/reports",
              athlete,
              Json.createObjectBuilder()
                  .add("week", week)
                  .add("painScore", 0)
                  .add("walkingMinutesPerDay", 110))
          .expect(201);
    }

    List<JsonObject> tenants =
        api.get("/api/v1/tenants", api.platformAdmin()).expect(200).array().stream()
            .map(v -> v.asJsonObject())
            .toList();

    JsonObject listed =
        tenants.stream()
            .filter(t -> t.getString("slug").equals(tenant.slug()))
            .findFirst()
            .orElseThrow();
    assertEquals(tenant.id(), listed.getJsonNumber("id").longValue());
    assertEquals(1, listed.getInt("coaches"));
    assertEquals(2, listed.getInt("athletes"));
    assertEquals(2, listed.getInt("reports"));
    assertEquals("ACTIVE", listed.getString("status"));
    JsonObject demoTenant =
        tenants.stream().filter(t -> t.getString("slug").equals("demo")).findFirst().orElseThrow();
    assertEquals(2, demoTenant.getInt("coaches"));
  }

  @Test
  void otherRolesAreForbiddenAndAnonymousUnauthorized() {
    for (String auth : List.of(demo("admin"), demo("coach.ana"), demo("mia"))) {
      assertTrue(api.get("/api/v1/tenants", auth).expect(403).isProblem());
      assertTrue(
          api.post("/api/v1/tenants", auth, tenant("nope-" + Api.unique()))
              .expect(403)
              .isProblem());
    }
    assertTrue(api.get("/api/v1/tenants", null).expect(401).isProblem());
    api.post("/api/v1/tenants", null, tenant("anon-" + Api.unique())).expect(401);
  }

  @Test
  void aTakenSlugOrAdminEmailIsAConflict() {
    api.post("/api/v1/tenants", api.platformAdmin(), tenant("demo")).expect(409);
    String slug = "dup-" + Api.unique();
    api.post(
            "/api/v1/tenants", api.platformAdmin(), tenant(slug).add("adminEmail", "mia@demo.test"))
        .expect(409);
    api.get("/api/v1/tenants", api.platformAdmin()).expect(200);
    assertTrue(
        api.get("/api/v1/tenants", api.platformAdmin()).array().stream()
            .noneMatch(t -> t.asJsonObject().getString("slug").equals(slug)),
        "a refused tenant must not be stored");
  }

  @Test
  void invalidFieldsAreAllNamed() {
    Api.Reply refused =
        api.post(
                "/api/v1/tenants",
                api.platformAdmin(),
                Json.createObjectBuilder()
                    .add("slug", "Not A Slug")
                    .add("name", "x".repeat(121))
                    .add("adminEmail", "nobody")
                    .add("adminPassword", "short"))
            .expect(400);

    assertTrue(refused.isProblem());
    assertEquals(
        List.of("slug", "name", "adminEmail", "adminDisplayName", "adminPassword"),
        refused.errorFields());
  }

  @Test
  void anUnknownTenantIsNotFound() {
    api.get("/api/v1/tenants/99999999", api.platformAdmin()).expect(404);
  }
}

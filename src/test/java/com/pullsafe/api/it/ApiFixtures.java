package com.pullsafe.api.it;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the API tests set up, through the API itself: the demo logins, fresh athletes with their own
 * credentials (so no test shares a report week with another), a second tenant with a coach and an
 * athlete, and weekly reports of each level.
 */
final class ApiFixtures {

  static final String PASSWORD = "it-secret-2026";
  static final String DEMO_ADMIN = demo("admin");
  static final String ANA = demo("coach.ana");
  static final String BEN = demo("coach.ben");

  /** A person made for a test: id, e-mail, display name and Basic credentials. */
  record Login(long id, String email, String name, String auth) {}

  /** A second tenant: its admin, a coach and an athlete of that coach. */
  record OtherTenant(String admin, Login coach, Login athlete) {}

  private final Api api;

  ApiFixtures(Api api) {
    this.api = api;
  }

  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  static String demo(String localPart) {
    return Http.basic(localPart + "@demo.test", "demo-pass-2026");
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new athlete added by {@code coachAuth} (a coach's athletes are theirs). */
  Login athleteOf(String coachAuth) {
    return person("athletes", coachAuth, "athlete-" + unique() + "@it.test", null);
  }

  /** A new coach added by {@code adminAuth}, a tenant admin. */
  Login coachOf(String adminAuth) {
    return person("coaches", adminAuth, "coach-" + unique() + "@it.test", null);
  }

  OtherTenant otherTenant() {
    String slug = "api2-" + unique();
    String adminEmail = "admin@" + slug + ".test";
    api.post(
            "/api/v1/tenants",
            api.platformAdmin(),
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Tenant " + slug)
                .add("adminEmail", adminEmail)
                .add("adminDisplayName", "Admin " + slug)
                .add("adminPassword", PASSWORD))
        .expect(201);
    String admin = Http.basic(adminEmail, PASSWORD);
    Login coach = person("coaches", admin, "coach@" + slug + ".test", null);
    Login athlete = person("athletes", coach.auth(), "athlete@" + slug + ".test", null);
    return new OtherTenant(admin, coach, athlete);
  }

  private Login person(String kind, String auth, String email, Long coachId) {
    String name = "Person " + unique();
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("displayName", name)
            .add("password", PASSWORD);
    if (coachId != null) {
      body.add("coachId", coachId);
    }
    long id = api.post("/api/v1/" + kind, auth, body).expect(201).id();
    return new Login(id, email, name, Http.basic(email, PASSWORD));
  }

  /** No pain, a top set of 100 kg × 3, enough walking: GREEN. */
  static JsonObjectBuilder quiet(String week) {
    return Json.createObjectBuilder()
        .add("week", week)
        .add("topSetKg", 100)
        .add("topSetReps", 3)
        .add("painScore", 0)
        .add("walkingMinutesPerDay", 110);
  }

  /** Pain from the start of the pull: SETUP_FAULT, AMBER. */
  static JsonObjectBuilder amber(String week) {
    return quiet(week)
        .add("painScore", 3)
        .add("painCharacter", "DULL")
        .add("painSpread", "LOCALIZED")
        .add("symmetric", true)
        .add("onset", "START_OF_PULL")
        .add("daysLasting", 1);
  }

  /** Pain running down a leg: DISC_IRRITATION, RED. */
  static JsonObjectBuilder red(String week) {
    return quiet(week)
        .add("painScore", 4)
        .add("painCharacter", "BURNING")
        .add("painSpread", "LOCALIZED")
        .add("symmetric", false)
        .add("onset", "DURING_SET")
        .add("radiatesToLeg", true);
  }

  /** Saddle numbness: SERIOUS_PATHOLOGY_SIGNS, URGENT. */
  static JsonObjectBuilder urgent(String week) {
    return quiet(week).add("saddleNumbness", true);
  }

  /** Submits a report as the athlete; fails unless it is created. Returns the report's id. */
  long submit(Login athlete, JsonObjectBuilder report) {
    return api.post("/api/v1/reports", athlete.auth(), report).expect(201).id();
  }
}

package com.pullsafe.web;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A fresh tenant for one browser test, made through the API: its admin, a coach, and athletes of
 * that coach on demand. Everyone signs in with {@link Api#NEW_PASSWORD}.
 */
final class Team {

  static final String PASSWORD = Api.NEW_PASSWORD;

  /** A person of the team. */
  record Person(long id, String email, String name) {

    String auth() {
      return Http.basic(email, PASSWORD);
    }
  }

  final Api api;
  final String slug;
  final String adminEmail;
  final String admin;
  final Person coach;
  private int athletes;

  Team(URL base, String label) {
    this.api = new Api(base);
    Api.TenantFixture tenant = api.newTenant(label);
    this.slug = tenant.slug();
    this.adminEmail = tenant.email("admin");
    this.admin = tenant.admin();
    this.coach = person("coaches", admin, "coach", "Cora Coach");
  }

  /** A new athlete of {@link #coach}. */
  Person athlete(String name) {
    athletes++;
    return person("athletes", coach.auth(), "athlete" + athletes, name);
  }

  /** Submits a report as the athlete for the week {@code weeksAgo}; returns the report's id. */
  long report(Person athlete, int weeksAgo, JsonObjectBuilder report) {
    String week = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).minusWeeks(weeksAgo).toString();
    return api.post("/api/v1/reports", athlete.auth(), report.add("week", week))
        .expect(201)
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  private Person person(String kind, String auth, String localPart, String name) {
    String email = localPart + "@" + slug + ".test";
    JsonObject created =
        api.post(
                "/api/v1/" + kind,
                auth,
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("displayName", name)
                    .add("password", PASSWORD))
            .expect(201)
            .object();
    return new Person(created.getJsonNumber("id").longValue(), email, name);
  }

  /** Pain running down a leg: RED. */
  static JsonObjectBuilder red() {
    return Json.createObjectBuilder()
        .add("topSetKg", 120)
        .add("topSetReps", 3)
        .add("painScore", 4)
        .add("painCharacter", "BURNING")
        .add("painSpread", "LOCALIZED")
        .add("onset", "DURING_SET")
        .add("radiatesToLeg", true)
        .add("walkingMinutesPerDay", 110);
  }

  /** A sharp, local ache that is worse bending: AMBER. */
  static JsonObjectBuilder amber() {
    return Json.createObjectBuilder()
        .add("topSetKg", 120)
        .add("topSetReps", 3)
        .add("painScore", 4)
        .add("painCharacter", "SHARP")
        .add("painSpread", "LOCALIZED")
        .add("onset", "DURING_SET")
        .add("worseBendingOrExtending", true)
        .add("walkingMinutesPerDay", 110);
  }
}

package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.PageSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fresh tenant holding everything the pages can show, made through the API (and the athletes page
 * for archiving): every level, reviews with and without assignments, a confirmation and overrides,
 * a clearance, an open URGENT report with its alert, a week without deadlifts, an archived athlete
 * and an athlete without a coach.
 */
final class RichTenant {

  static final String PASSWORD = Api.NEW_PASSWORD;

  /** A person of the tenant: id, e-mail and display name. */
  record Person(long id, String email, String name) {

    String auth() {
      return Http.basic(email, PASSWORD);
    }
  }

  final String slug;
  final String adminEmail;
  final Person coach;
  final Person otherCoach;
  final List<Person> athletes = new ArrayList<>();
  final List<Person> coachsAthletes = new ArrayList<>();

  private final Api api;
  private final String admin;

  private RichTenant(Api api, Api.TenantFixture tenant) {
    this.api = api;
    this.slug = tenant.slug();
    this.adminEmail = tenant.email("admin");
    this.admin = tenant.admin();
    this.coach = person("coaches", admin, "coach", "Cora Coach", null);
    this.otherCoach = person("coaches", admin, "coach2", "Carl Coach", null);
  }

  static RichTenant create(URL base) {
    Api api = new Api(base);
    RichTenant t = new RichTenant(api, api.newTenant("rich"));
    t.fill(base);
    return t;
  }

  private void fill(URL base) {
    Person green = athlete("green", "Gina Green");
    report(green, 3, "GREEN", greenWeek(100));
    report(green, 2, "GREEN", greenWeek(null));
    report(green, 1, "GREEN", greenWeek(100));

    Person assigned = athlete("assigned", "Alex Assigned");
    report(assigned, 2, "GREEN", greenWeek(100));
    long amber = report(assigned, 1, "AMBER", amberWeek());
    review(
        assigned,
        amber,
        Json.createObjectBuilder()
            .add("decision", "CONFIRM")
            .add("noteToAthlete", "Lighter pulls and bracing work for two weeks.")
            .add(
                "assign",
                assignments(
                    assignment("ROMANIAN_DEADLIFT", 3, 8).add("loadKg", 60).add("tempo", "3-1-3"),
                    assignment("PLANK", 3, 30),
                    assignment("WALKING", 1, 30))));

    Person overridden = athlete("overridden", "Olga Overridden");
    report(overridden, 2, "GREEN", greenWeek(100));
    long red = report(overridden, 1, "RED", redWeek());
    review(
        overridden,
        red,
        Json.createObjectBuilder()
            .add("decision", "OVERRIDE")
            .add("overrideLevel", "AMBER")
            .add("reason", "The leg symptom was a cramp from a long drive; no nerve signs today.")
            .add("noteToAthlete", "Keep the loads light this week and tell me if it returns."));

    Person cleared = athlete("cleared", "Clara Cleared");
    long clearedRed = report(cleared, 2, "RED", redWeek());
    review(
        cleared,
        clearedRed,
        Json.createObjectBuilder()
            .add("decision", "CONFIRM")
            .add("noteToAthlete", "See your doctor before we pull heavy again.")
            .add("assign", assignments(assignment("WALKING", 1, 45))));
    api.post(
            "/api/v1/athletes/" + cleared.id() + "/clearance",
            coach.auth(),
            Json.createObjectBuilder().add("note", "Her doctor found nothing serious."))
        .expect(201);
    report(cleared, 1, "GREEN", greenWeek(100));

    Person urgent = athlete("urgent", "Uma Urgent");
    report(urgent, 1, "URGENT", urgentWeek());

    Person archived = athlete("archived", "Arno Archived");
    report(archived, 1, "AMBER", amberWeek());
    archive(base, archived);

    Person noCoach = person("athletes", admin, "nocoach", "Nico NoCoach", null);
    athletes.add(noCoach);
    report(noCoach, 1, "RED", redWeek());
  }

  /** An athlete of {@link #coach}. */
  private Person athlete(String localPart, String name) {
    Person athlete = person("athletes", admin, localPart, name, coach.id());
    athletes.add(athlete);
    coachsAthletes.add(athlete);
    return athlete;
  }

  private Person person(String kind, String auth, String localPart, String name, Long coachId) {
    String email = localPart + "@" + slug + ".test";
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("displayName", name)
            .add("password", PASSWORD);
    if (coachId != null) {
      body.add("coachId", coachId);
    }
    JsonObject created = api.post("/api/v1/" + kind, auth, body).expect(201).object();
    return new Person(created.getJsonNumber("id").longValue(), email, name);
  }

  /** Submits the report of {@code weeksAgo} and checks the level the triage gave. */
  private long report(Person athlete, int weeksAgo, String level, JsonObjectBuilder report) {
    String week = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).minusWeeks(weeksAgo).toString();
    JsonObject triaged =
        api.post("/api/v1/reports", athlete.auth(), report.add("week", week)).expect(201).object();
    assertEquals(level, triaged.getString("level"), triaged.toString());
    return triaged.getJsonNumber("id").longValue();
  }

  private void review(Person athlete, long reportId, JsonObjectBuilder review) {
    api.post("/api/v1/reports/" + reportId + "/review", coach.auth(), review).expect(200);
  }

  /** Archives through the athletes page, the only place that archives. */
  private void archive(URL base, Person athlete) {
    PageSession page = new PageSession(base);
    page.signIn(coach.email(), PASSWORD);
    PageSession.Page list = page.get("/coach/athletes.xhtml");
    String row =
        list.rowWith(athlete.name())
            .orElseThrow(() -> new AssertionError(athlete.name() + " not listed"));
    String button = row.replaceAll("(?s).*id=\"(list:athletes:\\d+:archive)\".*", "$1");
    PageSession.Page done = page.ajax(list, "list", button, "list:athletes", Map.of());
    assertEquals(200, done.status(), done.html());
    String after = page.get("/coach/athletes.xhtml").rowWith(athlete.name()).orElseThrow();
    if (!after.contains("Archived")) {
      throw new AssertionError(athlete.name() + " was not archived: " + done.html());
    }
  }

  private static JsonObjectBuilder greenWeek(Integer topSetKg) {
    JsonObjectBuilder report =
        Json.createObjectBuilder().add("painScore", 0).add("walkingMinutesPerDay", 120);
    if (topSetKg != null) {
      report.add("topSetKg", topSetKg).add("topSetReps", 5);
    }
    return report;
  }

  private static JsonObjectBuilder amberWeek() {
    return Json.createObjectBuilder()
        .add("topSetKg", 100)
        .add("topSetReps", 5)
        .add("painScore", 4)
        .add("painCharacter", "SHARP")
        .add("painSpread", "LOCALIZED")
        .add("onset", "DURING_SET")
        .add("worseBendingOrExtending", true)
        .add("walkingMinutesPerDay", 120)
        .add("notes", "Sharp on the left after the third set.");
  }

  private static JsonObjectBuilder redWeek() {
    return Json.createObjectBuilder()
        .add("topSetKg", 100)
        .add("topSetReps", 5)
        .add("painScore", 3)
        .add("painCharacter", "DULL")
        .add("radiatesToLeg", true)
        .add("walkingMinutesPerDay", 60);
  }

  private static JsonObjectBuilder urgentWeek() {
    return Json.createObjectBuilder()
        .add("painScore", 2)
        .add("painCharacter", "DULL")
        .add("saddleNumbness", true)
        .add("walkingMinutesPerDay", 30);
  }

  private static JsonObjectBuilder assignment(String code, int sets, int reps) {
    return Json.createObjectBuilder().add("alternative", code).add("sets", sets).add("reps", reps);
  }

  private static JsonArrayBuilder assignments(JsonObjectBuilder... items) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObjectBuilder item : items) {
      array.add(item);
    }
    return array;
  }
}

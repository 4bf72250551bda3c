package com.pullsafe.hostile;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.PlatformAdmin;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The tenant the hostile requests go to, made through the API with a handful of password sign-ins:
 * its admin, a coach, an athlete with an AMBER report this week (to amend and review), two athletes
 * with a RED one each (awaiting clearance: one for the API, one for the pages, so that a clearance
 * the API accepts leaves the pages' form in place) and an athlete who has not reported yet; and a
 * personal access token for each of them and the platform admin (the run's, see {@link
 * PlatformAdmin}), so that thousands of requests cost no password hash.
 */
final class HostileTenant {

  static final String PASSWORD = Api.NEW_PASSWORD;

  /** A person: id, e-mail (to sign in to the pages with {@link #PASSWORD}) and a Bearer token. */
  record Person(long id, String email, String bearer) {}

  final String slug;
  final Person admin;
  final Person platform;
  final Person coach;
  final Person amender;
  final Person redAthlete;
  final Person pageRedAthlete;
  final Person reporter;
  final long amberReport;
  final long redReport;
  final long pageRedReport;
  final long spareToken;
  final String thisWeek;

  private final Api api;

  HostileTenant(URL base) {
    api = new Api(base);
    Api.TenantFixture tenant = api.newTenant("hostile");
    slug = tenant.slug();
    thisWeek = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).toString();
    admin = withToken(0, tenant.email("admin"), tenant.admin());
    platform = new Person(0, PlatformAdmin.EMAIL, api.platformAdmin());
    coach = person("coaches", admin, "coach", null);
    amender = person("athletes", admin, "amender", coach.id());
    redAthlete = person("athletes", admin, "red", coach.id());
    pageRedAthlete = person("athletes", admin, "page-red", coach.id());
    reporter = person("athletes", admin, "reporter", coach.id());
    amberReport = report(amender, amber());
    redReport = report(redAthlete, red());
    pageRedReport = report(pageRedAthlete, red());
    spareToken =
        token(Http.basic(coach.email(), PASSWORD), "spare").getJsonNumber("id").longValue();
  }

  private Person person(String kind, Person by, String localPart, Long coachId) {
    String email = localPart + "@" + slug + ".test";
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("displayName", "Hostile " + localPart)
            .add("password", PASSWORD);
    if (coachId != null) {
      body.add("coachId", coachId);
    }
    long id = api.post("/api/v1/" + kind, by.bearer(), body).expect(201).object().getInt("id");
    return withToken(id, email, Http.basic(email, PASSWORD));
  }

  private Person withToken(long id, String email, String basic) {
    return new Person(id, email, Api.bearer(token(basic, "hostile").getString("token")));
  }

  private JsonObject token(String basic, String name) {
    return api.post(
            "/api/v1/me/tokens", basic, Json.createObjectBuilder().add("name", name + Api.unique()))
        .expect(201)
        .object();
  }

  private long report(Person athlete, JsonObjectBuilder report) {
    return api.post("/api/v1/reports", athlete.bearer(), report.add("week", thisWeek))
        .expect(201)
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  /** A sharp ache worse when bending: AMBER. */
  static JsonObjectBuilder amber() {
    return Json.createObjectBuilder()
        .add("topSetKg", 120)
        .add("topSetReps", 3)
        .add("painScore", 4)
        .add("painCharacter", "SHARP")
        .add("painSpread", "LOCALIZED")
        .add("onset", "DURING_SET")
        .add("worseBendingOrExtending", true)
        .add("walkingMinutesPerDay", 110)
        .add("notes", "Sharp on the left after the third set.");
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
}

package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.BEN;
import static com.pullsafe.api.it.ApiFixtures.DEMO_ADMIN;
import static com.pullsafe.api.it.ApiFixtures.quiet;
import static com.pullsafe.api.it.ApiFixtures.red;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.api.it.ApiFixtures.Login;
import com.pullsafe.api.it.ApiFixtures.OtherTenant;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/athletes/{id}}, its clearance and its program over HTTP against the deployed WAR,
 * for each role allowed and refused, across coaches and tenants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AthleteApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  private static OtherTenant other;

  @ArquillianResource private URL base;
  private Api api;
  private ApiFixtures fixtures;

  @BeforeEach
  void client() {
    api = new Api(base);
    fixtures = new ApiFixtures(api);
    if (other == null) {
      other = fixtures.otherTenant();
    }
  }

  @Test
  void theAthleteTheirCoachAndTheTenantAdminSeeTheAthleteWithTheirStatus() {
    Login athlete = fixtures.athleteOf(ANA);
    fixtures.submit(athlete, red("2026-W19"));
    String path = "/api/v1/athletes/" + athlete.id();

    for (String reader : List.of(athlete.auth(), ANA, DEMO_ADMIN)) {
      JsonObject seen = api.get(path, reader).expect(200).object();
      assertEquals(athlete.id(), seen.getJsonNumber("id").longValue());
      assertEquals(athlete.email(), seen.getString("email"));
      assertEquals(athlete.name(), seen.getString("displayName"));
      assertEquals("RED", seen.getString("statusLevel"));
      assertEquals("2026-W19", seen.getString("statusWeek"));
      assertFalse(seen.getBoolean("archived"));
    }
    Login classmate = fixtures.athleteOf(ANA);
    for (String stranger : List.of(BEN, classmate.auth(), other.admin(), other.coach().auth())) {
      api.get(path, stranger).expectProblem(404);
    }
    api.get("/api/v1/athletes/" + other.athlete().id(), DEMO_ADMIN).expectProblem(404);
    api.get("/api/v1/athletes/999999999", DEMO_ADMIN).expectProblem(404);
    api.get(path, api.platformAdmin()).expectProblem(403);
    api.get(path, null).expect(401);
  }

  @Test
  void theAthleteListAndOneAthleteAnswerSideBySide() {
    Login athlete = fixtures.athleteOf(ANA);

    JsonObject list = api.get("/api/v1/athletes?size=200", ANA).expect(200).object();

    assertTrue(
        list.getJsonArray("items").stream()
            .anyMatch(a -> a.asJsonObject().getJsonNumber("id").longValue() == athlete.id()),
        list.toString());
    api.get("/api/v1/athletes/" + athlete.id(), ANA).expect(200);
    api.send("DELETE", "/api/v1/athletes/" + athlete.id(), ANA, null).expectProblem(405);
  }

  @Test
  void afterARedReportTheCoachClearsTheAthleteForHeavyPullingOnce() {
    Login athlete = fixtures.athleteOf(ANA);
    fixtures.submit(athlete, red("2026-W20"));
    String program = "/api/v1/athletes/" + athlete.id() + "/program";
    String clearance = "/api/v1/athletes/" + athlete.id() + "/clearance";

    JsonObject before = api.get(program, athlete.auth()).expect(200).object();
    assertFalse(before.getBoolean("clearedForHeavyPulling"));
    assertFalse(before.containsKey("nextTopSetMaxKg"), before.toString());

    JsonObject cleared =
        api.post(
                clearance,
                ANA,
                Json.createObjectBuilder().add("note", "Seen by a physio, fine to pull."))
            .expect(201)
            .object();
    assertEquals("Seen by a physio, fine to pull.", cleared.getString("note"));
    assertEquals("coach.ana@demo.test", cleared.getString("clearedBy"));
    assertEquals(athlete.id(), cleared.getJsonNumber("athleteId").longValue());

    JsonObject after = api.get(program, athlete.auth()).expect(200).object();
    assertTrue(after.getBoolean("clearedForHeavyPulling"));
    assertTrue(
        after.getJsonNumber("nextTopSetMaxKg").bigDecimalValue().signum() > 0, after.toString());
    api.post(clearance, DEMO_ADMIN, Json.createObjectBuilder().add("note", "again"))
        .expectProblem(409);
  }

  @Test
  void onlyTheAthletesCoachAndTheTenantAdminClear() {
    Login athlete = fixtures.athleteOf(ANA);
    fixtures.submit(athlete, red("2026-W21"));
    String clearance = "/api/v1/athletes/" + athlete.id() + "/clearance";
    JsonObject note = Json.createObjectBuilder().add("note", "cleared").build();

    api.post(clearance, athlete.auth(), note).expectProblem(403);
    api.post(clearance, api.platformAdmin(), note).expectProblem(403);
    api.post(clearance, null, note).expect(401);
    api.post(clearance, BEN, note).expectProblem(404);
    api.post(clearance, other.admin(), note).expectProblem(404);
    api.post("/api/v1/athletes/" + other.athlete().id() + "/clearance", ANA, note)
        .expectProblem(404);
    assertEquals(
        List.of("note"),
        api.post(clearance, ANA, Json.createObjectBuilder()).expectProblem(400).errorFields());
    assertEquals(
        List.of("note"),
        api.post(clearance, ANA, Json.createObjectBuilder().add("note", "x".repeat(2001)))
            .expectProblem(400)
            .errorFields());
    api.send("POST", clearance, ANA, "").expectProblem(400);

    assertFalse(
        api.get("/api/v1/athletes/" + athlete.id() + "/program", ANA)
            .expect(200)
            .object()
            .getBoolean("clearedForHeavyPulling"));
    api.post(clearance, DEMO_ADMIN, note).expect(201);
  }

  @Test
  void recurringPainGivesARelearningBlockAndTheReducedCap() {
    Login athlete = fixtures.athleteOf(ANA);
    IsoWeek now = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC));
    for (int weeksAgo = 3; weeksAgo >= 1; weeksAgo--) {
      fixtures.submit(
          athlete,
          quiet(now.minusWeeks(weeksAgo).toString())
              .add("painScore", 3)
              .add("painCharacter", "DULL")
              .add("painSpread", "GENERALIZED")
              .add("symmetric", true)
              .add("onset", "AFTER_SESSION")
              .add("daysLasting", 2));
    }
    String path = "/api/v1/athletes/" + athlete.id() + "/program";

    for (String reader : List.of(athlete.auth(), ANA, DEMO_ADMIN)) {
      JsonObject program = api.get(path, reader).expect(200).object();
      assertTrue(program.getBoolean("clearedForHeavyPulling"));
      assertEquals(
          0,
          new BigDecimal("2.5")
              .compareTo(program.getJsonNumber("progressionCapPercent").bigDecimalValue()),
          program.toString());
      assertEquals(
          0,
          new BigDecimal("110")
              .compareTo(program.getJsonNumber("estimatedOneRepMaxKg").bigDecimalValue()),
          program.toString());
      BigDecimal next = program.getJsonNumber("nextTopSetMaxKg").bigDecimalValue();
      assertTrue(
          next.compareTo(new BigDecimal("102.5")) <= 0
              && next.compareTo(new BigDecimal("100")) >= 0,
          program.toString());
      JsonObject block = program.getJsonObject("relearningBlock");
      assertEquals(5, block.getInt("sets"));
      assertEquals(3, block.getInt("repsMin"));
      assertEquals(4, block.getInt("repsMax"));
      assertEquals(3, block.getInt("tempoSeconds"));
      assertEquals(4, block.getInt("tempoSecondsMax"));
      BigDecimal min = block.getJsonNumber("loadMinKg").bigDecimalValue();
      BigDecimal max = block.getJsonNumber("loadMaxKg").bigDecimalValue();
      assertTrue(
          min.compareTo(new BigDecimal("80")) >= 0
              && min.compareTo(max) <= 0
              && max.compareTo(new BigDecimal("88")) <= 0,
          block.toString());
      assertEquals(List.of(), program.getJsonArray("assignments"));
    }
    for (String stranger : List.of(BEN, other.admin(), fixtures.athleteOf(ANA).auth())) {
      api.get(path, stranger).expectProblem(404);
    }
    api.get(path, api.platformAdmin()).expectProblem(403);
    api.get(path, null).expect(401);
  }

  @Test
  void aQuietAthleteHasNoRelearningBlock() {
    Login athlete = fixtures.athleteOf(ANA);
    fixtures.submit(athlete, quiet("2026-W22"));

    JsonObject program =
        api.get("/api/v1/athletes/" + athlete.id() + "/program", athlete.auth())
            .expect(200)
            .object();

    assertTrue(program.getBoolean("clearedForHeavyPulling"));
    assertFalse(program.containsKey("relearningBlock"), program.toString());
  }
}

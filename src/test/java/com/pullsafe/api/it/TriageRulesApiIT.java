package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.amber;
import static com.pullsafe.api.it.ApiFixtures.quiet;
import static com.pullsafe.api.it.ApiFixtures.red;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.api.it.ApiFixtures.Login;
import com.pullsafe.testing.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
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

/**
 * The rows of rule set v2 through {@code POST /api/v1/reports}, with the athlete's history read
 * from the database: nerve signs without back pain, both legs, a jump after a week without
 * deadlifts, the reduced cap and its 4 weeks, red flags named only in the notes, and the relearning
 * block's rounding on the program. Every test reports for athletes of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TriageRulesApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  @ArquillianResource private URL base;
  private Api api;
  private ApiFixtures fixtures;
  private Login athlete;

  @BeforeEach
  void client() {
    api = new Api(base);
    fixtures = new ApiFixtures(api);
    athlete = fixtures.athleteOf(ANA);
  }

  private JsonObject submit(JsonObjectBuilder report) {
    return api.post("/api/v1/reports", athlete.auth(), report).expect(201).object();
  }

  private static JsonObjectBuilder pulled(String week, int kg) {
    return quiet(week).add("topSetKg", kg);
  }

  private static List<String> codes(JsonObject triage) {
    return triage.getJsonArray("findings").stream()
        .map(f -> f.asJsonObject().getString("code"))
        .toList();
  }

  private static String reason(JsonObject triage, String code) {
    return triage.getJsonArray("findings").stream()
        .map(f -> f.asJsonObject())
        .filter(f -> f.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " missing in " + triage))
        .getString("reason");
  }

  @Test
  void numbnessInALegWithoutBackPainIsRed() {
    JsonObject triage = submit(quiet("2026-W10").add("numbnessOrTingling", true));

    assertEquals("RED", triage.getString("level"), triage.toString());
    assertEquals(List.of("DISC_IRRITATION"), codes(triage));
    assertTrue(reason(triage, "DISC_IRRITATION").contains("without back pain"), triage.toString());
  }

  @Test
  void painDownBothLegsIsUrgentNotRed() {
    JsonObject triage = submit(red("2026-W10").add("bothLegs", true));

    assertEquals("URGENT", triage.getString("level"), triage.toString());
    assertEquals(List.of("SERIOUS_PATHOLOGY_SIGNS", "DISC_IRRITATION"), codes(triage));
  }

  @Test
  void aThirtyPercentJumpAfterAWeekWithoutDeadliftsIsAmber() {
    submit(pulled("2026-W10", 140));
    submit(quiet("2026-W11").remove("topSetKg").remove("topSetReps"));

    JsonObject triage = submit(pulled("2026-W12", 182));

    assertEquals("AMBER", triage.getString("level"), triage.toString());
    assertEquals(
        "Top set 182 kg is 30 % up on the 140 kg you pulled 2 weeks ago,"
            + " more than your 5 % weekly cap.",
        reason(triage, "OVERLOAD_TOO_SOON"));
  }

  @Test
  void aFivePercentJumpAfterAnAmberWeekIsAmber() {
    submit(amber("2026-W10"));

    JsonObject triage = submit(pulled("2026-W11", 105));

    assertEquals("AMBER", triage.getString("level"), triage.toString());
    assertTrue(
        reason(triage, "OVERLOAD_TOO_SOON").contains("your 2.5 % weekly cap (lower for 4 weeks"),
        triage.toString());
  }

  @Test
  void aFivePercentJumpAfterQuietWeeksIsGreen() {
    submit(pulled("2026-W10", 100));

    assertEquals("GREEN", submit(pulled("2026-W11", 105)).getString("level"));
  }

  @Test
  void anAmberWeekThreeWeeksBackStillLowersTheCap() {
    submit(amber("2026-W10"));

    JsonObject triage = submit(pulled("2026-W13", 105));

    assertEquals(List.of("OVERLOAD_TOO_SOON"), codes(triage), triage.toString());
  }

  @Test
  void anAmberWeekFourWeeksBackNoLongerLowersTheCap() {
    submit(amber("2026-W10"));

    JsonObject triage = submit(pulled("2026-W14", 105));

    assertEquals("GREEN", triage.getString("level"), triage.toString());
  }

  @Test
  void aTopSetFiveWeeksBackIsNotComparedWith() {
    submit(pulled("2026-W10", 100));

    assertEquals("GREEN", submit(pulled("2026-W15", 150)).getString("level"));
  }

  @Test
  void aRedFlagWrittenOnlyInTheNotesIsAmberForTheCoach() {
    JsonObject triage =
        submit(quiet("2026-W10").add("notes", "My groin has felt numb since Wednesday."));

    assertEquals("AMBER", triage.getString("level"), triage.toString());
    assertEquals(List.of("NOTES_MENTION_RED_FLAG"), codes(triage));
    assertTrue(
        reason(triage, "NOTES_MENTION_RED_FLAG").contains("numbness around the groin"),
        triage.toString());
    JsonObject stored =
        api.get("/api/v1/reports/" + triage.getJsonNumber("id").longValue(), ANA)
            .expect(200)
            .object();
    assertEquals("OPEN", stored.getString("reviewStatus"));
  }

  @Test
  void theRelearningBlockKeepsBothLoadsInsideSeventyFiveToEightyPercent() {
    for (String week : List.of("2026-W20", "2026-W21", "2026-W22")) {
      submit(
          pulled(week, 140)
              .add("painScore", 4)
              .add("painCharacter", "DULL")
              .add("painSpread", "LOCALIZED")
              .add("onset", "DURING_SET")
              .add("daysLasting", 2));
    }

    JsonObject program =
        api.get("/api/v1/athletes/" + athlete.id() + "/program", ANA).expect(200).object();

    JsonObject block = program.getJsonObject("relearningBlock");
    assertEquals(0, new BigDecimal("154").compareTo(number(program, "estimatedOneRepMaxKg")));
    assertEquals(
        0, new BigDecimal("117.5").compareTo(number(block, "loadMinKg")), block.toString());
    assertEquals(
        0, new BigDecimal("122.5").compareTo(number(block, "loadMaxKg")), block.toString());
  }

  private static BigDecimal number(JsonObject object, String field) {
    return object.getJsonNumber(field).bigDecimalValue();
  }
}

package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What follows a coach's review: the athlete's result, program and start page tell the same story;
 * walking is assigned in minutes; the coach's dashboard lets go of reviewed alerts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachDecisionUiIT {

  private static final String NOTE = "Walk every day; we talk on Monday before any pulling.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.phone(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void afterTheCoachLowersARedTheAthletesPagesAllShowTheDecisionAndNoClearance() {
    Team team = new Team(base, "decision");
    Team.Person athlete = team.athlete("Dora Decision");
    long report = team.report(athlete, 0, Team.red());
    team.api
        .post(
            "/api/v1/reports/" + report + "/review",
            team.coach.auth(),
            Json.createObjectBuilder()
                .add("decision", "OVERRIDE")
                .add("overrideLevel", "AMBER")
                .add("reason", "The leg symptom was a cramp after a long drive.")
                .add("noteToAthlete", NOTE))
        .expect(200);

    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/athlete/result.xhtml?id=" + report);
    String result = browser.text(By.id("decision"));
    assertTheDecision(result);
    assertTrue(browser.driver().findElements(By.id("summary")).isEmpty(), "no pre-review summary");
    assertFalse(
        browser.driver().getPageSource().contains("your coach will look at this report"),
        "the review is done");
    browser.assertAccessible("athlete result after an override");
    browser.fullPageScreenshot("decision-result");

    browser.open("/athlete/program.xhtml");
    assertTheDecision(browser.text(By.id("latestDecision")));
    browser.fullPageScreenshot("decision-program");

    browser.open("/athlete/index.xhtml");
    assertTheDecision(browser.text(By.id("latestDecision")));
    browser.assertAccessible("athlete start page after an override");
    browser.fullPageScreenshot("decision-home");
  }

  private static void assertTheDecision(String text) {
    assertTrue(text.contains("Amber"), text);
    assertTrue(text.contains("Amber Your coach changed the level from Red to Amber."), text);
    assertTrue(text.contains(NOTE), text);
    assertTrue(text.contains("What to do now"), text);
    assertTrue(text.contains("stays off until your coach records a clearance"), text);
    assertFalse(text.contains("cleared you"), text);
  }

  @Test
  void walkingIsAssignedInMinutesOnThePageInTheProgramAndInTheApi() {
    Team team = new Team(base, "walking");
    Team.Person athlete = team.athlete("Walt Walker");
    long report = team.report(athlete, 0, Team.amber());
    browser.signIn(team.coach.email(), Team.PASSWORD);
    browser.open("/coach/review.xhtml?id=" + report);

    String row = ReviewCatalog.tick(browser, "Walking");
    assertEquals("1", valueOf(row + ":sets"));
    assertEquals("30", valueOf(row + ":reps"));
    assertTrue(
        browser.fieldText(row + ":reps").contains("Minutes"), browser.fieldText(row + ":reps"));
    assertTrue(
        browser.driver().findElements(By.id(row + ":loadKg")).isEmpty(), "no load for walking");
    String plank = ReviewCatalog.tick(browser, "Plank");
    assertTrue(
        browser.fieldText(plank + ":reps").contains("Seconds"), browser.fieldText(plank + ":reps"));
    browser.tick(plank + ":selected", false);
    assertTrue(
        browser.driver().findElements(By.id(plank + ":reps")).isEmpty(),
        "an unticked exercise hides its dose");
    browser.driver().findElement(By.id("review:submit")).click();
    browser.await(By.id("review-summary"));
    assertTrue(
        browser.text(By.id("assigned")).contains("Walking: 30 min"),
        browser.text(By.id("assigned")));
    browser.signOut();

    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/athlete/program.xhtml");
    assertTrue(
        browser.text(By.id("assignments")).contains("Walking: 30 min"),
        browser.text(By.id("assignments")));

    JsonObject walking =
        team
            .api
            .get("/api/v1/athletes/" + athlete.id() + "/program", athlete.auth())
            .expect(200)
            .object()
            .getJsonArray("assignments")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("alternative").equals("WALKING"))
            .findFirst()
            .orElseThrow();
    assertEquals("MINUTES", walking.getString("unit"));
    assertEquals(30, walking.getInt("reps"));
    assertEquals("30 min", walking.getString("dose"));

    JsonObject catalogWalking =
        team.api.get("/api/v1/alternatives", athlete.auth()).expect(200).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("code").equals("WALKING"))
            .findFirst()
            .orElseThrow();
    assertEquals("MINUTES", catalogWalking.getString("unit"));
    assertEquals(
        List.of(1, 30),
        List.of(catalogWalking.getInt("defaultSets"), catalogWalking.getInt("defaultReps")));
  }

  @Test
  void theDashboardListsAnAlertOnlyUntilItsReportIsReviewed() {
    Team team = new Team(base, "alerts");
    Team.Person athlete = team.athlete("Alma Alert");
    long report = team.report(athlete, 0, Team.red());
    browser.signIn(team.coach.email(), Team.PASSWORD);
    assertTrue(browser.text(By.id("alerts")).contains("Alma Alert"), browser.text(By.id("alerts")));

    team.api
        .post(
            "/api/v1/reports/" + report + "/review",
            team.coach.auth(),
            Json.createObjectBuilder().add("decision", "CONFIRM"))
        .expect(200);
    browser.open("/coach/index.xhtml");

    assertTrue(
        browser.driver().findElements(By.id("alerts")).isEmpty()
            || !browser.text(By.id("alerts")).contains("Alma Alert"),
        "the reviewed report's alert is gone");
    assertEquals(
        1,
        team.api.get("/api/v1/me/notifications", team.coach.auth()).expect(200).array().size(),
        "the alert itself is kept");
  }

  @Test
  void theQueueNarrowsToTheChosenLevelAndThenToTheChosenAthlete() {
    Team team = new Team(base, "filters");
    Team.Person red = team.athlete("Rita Red");
    Team.Person amber = team.athlete("Arno Amber");
    team.report(red, 0, Team.red());
    team.report(amber, 0, Team.amber());
    browser.signIn(team.coach.email(), Team.PASSWORD);
    browser.open("/coach/index.xhtml");
    assertTrue(queue().contains("Rita Red") && queue().contains("Arno Amber"), queue());

    browser.choose("queueForm:level", "RED");
    assertTrue(queue().contains("Rita Red") && !queue().contains("Arno Amber"), queue());

    browser.choose("queueForm:level", "");
    browser.choose("queueForm:athlete", Long.toString(amber.id()));
    assertTrue(!queue().contains("Rita Red") && queue().contains("Arno Amber"), queue());
    browser.assertAccessible("coach queue filtered by athlete");
  }

  private String queue() {
    return browser.text(By.id("queueForm:queue_data"));
  }

  private String valueOf(String inputId) {
    return browser.driver().findElement(By.id(inputId)).getAttribute("value");
  }
}

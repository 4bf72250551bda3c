package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openqa.selenium.WebElement;

/**
 * Awaiting clearance in the browser: a coach overrides an URGENT report to GREEN, yet the review
 * page refuses loaded work next to the exercise, and the roster, the coach's athlete page and the
 * athlete's home, program and result pages show the athlete as awaiting clearance, also after a
 * quiet week, until the coach records the clearance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwaitingClearanceUiIT {

  private static final String ANA = "coach.ana@demo.test";
  private static final IsoWeek NOW = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(base, 1280, 1000);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private static JsonObjectBuilder quiet(String week) {
    return Json.createObjectBuilder()
        .add("week", week)
        .add("topSetKg", 100)
        .add("topSetReps", 3)
        .add("painScore", 0)
        .add("walkingMinutesPerDay", 110);
  }

  @Test
  void anOverriddenUrgentReportKeepsTheAthleteAwaitingClearanceEverywhereUntilTheCoachClears() {
    Api api = new Api(base);
    String stamp = Long.toString(System.currentTimeMillis(), 36);
    // First in the roster's order by name, so it is on the first page.
    String name = "AAA Clearance " + stamp;
    String email = "clearance-" + stamp + "@demo.test";
    String password = "clearance-pass-2026";
    api.post(
            "/api/v1/athletes",
            Api.demo("coach.ana"),
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", name)
                .add("password", password))
        .expect(201);
    String athlete = Http.basic(email, password);
    String urgentWeek = NOW.minusWeeks(2).toString();
    long urgentId =
        api.post("/api/v1/reports", athlete, quiet(urgentWeek).add("saddleNumbness", true))
            .expect(201)
            .object()
            .getJsonNumber("id")
            .longValue();
    long quietId =
        api.post("/api/v1/reports", athlete, quiet(NOW.minusWeeks(1).toString()))
            .expect(201)
            .object()
            .getJsonNumber("id")
            .longValue();

    // The coach overrides to GREEN and tries to add loaded rack pulls: refused next to the row.
    browser.signIn(ANA, Api.DEMO_PASSWORD);
    browser.open("/coach/review.xhtml?id=" + urgentId);
    assertTrue(
        browser.text(By.id("assignWhileAwaiting")).contains("only this may be assigned"),
        browser.text(By.id("assignWhileAwaiting")));
    browser.pick("review:decision", "Override: set another level");
    browser.await(By.id("review:reason"));
    browser.choose("review:overrideLevel", "GREEN");
    browser.type("review:reason", "Old numbness, already seen by her GP last month.");
    String rackPull = ReviewCatalog.tick(browser, "Rack pull");
    browser.type(rackPull + ":loadKg", "100");
    browser.clickAndWaitForAjax(By.id("review:submit"));

    String rowText = ReviewCatalog.row(browser, "Rack pull").getText();
    assertTrue(
        rowText.contains("may not be assigned while the athlete awaits clearance after URGENT"),
        rowText);
    assertTrue(
        browser.text(By.id("messages")).contains("AWAITING_CLEARANCE"),
        browser.text(By.id("messages")));
    browser.assertAccessible("coach review refused while awaiting clearance");
    browser.fullPageScreenshot("awaiting-clearance-review-refused");

    browser.tick(rackPull + ":selected", false);
    browser.driver().findElement(By.id("review:submit")).click();
    browser.await(By.id("review-summary"));
    assertTrue(browser.text(By.id("review-summary")).contains("Changed by the coach"));
    String awaiting = browser.text(By.id("awaitingClearance"));
    assertTrue(awaiting.contains("Awaiting clearance after the Urgent result"), awaiting);

    // The roster shows the engine's URGENT, not the override's or the quiet week's GREEN.
    browser.open("/coach/athletes.xhtml");
    String rosterRow = rosterRow(name).getText();
    assertTrue(rosterRow.contains("Urgent"), rosterRow);
    assertTrue(rosterRow.contains("Awaiting clearance"), rosterRow);
    assertFalse(rosterRow.contains("Green"), rosterRow);
    browser.assertAccessible("coach athletes awaiting clearance");
    browser.fullPageScreenshot("awaiting-clearance-roster");

    browser.clickAndWaitForReload(By.linkText(name));
    assertTrue(browser.text(By.id("awaitingClearance")).contains(urgentWeek));
    assertTrue(browser.driver().findElement(By.cssSelector(".ps-tag-clearance")).isDisplayed());
    browser.assertAccessible("coach athlete awaiting clearance");
    browser.signOut();

    // The athlete sees it on their home, program and result pages.
    browser.signIn(email, password);
    assertTrue(
        browser.text(By.id("awaitingClearance")).contains("Urgent"),
        browser.text(By.id("awaitingClearance")));
    browser.open("/athlete/program.xhtml");
    assertTrue(browser.text(By.id("notCleared")).contains("Not cleared"));
    assertTrue(browser.text(By.id("awaitingClearance")).contains(urgentWeek));
    assertEquals("None prescribed", browser.text(By.id("nextTopSet")));
    browser.assertAccessible("athlete program awaiting clearance");
    browser.fullPageScreenshot("awaiting-clearance-athlete-program");
    browser.open("/athlete/result.xhtml?id=" + quietId);
    assertTrue(browser.text(By.id("awaitingClearance")).contains("Walking"));
    browser.signOut();

    // The coach records the clearance: the athlete is cleared everywhere.
    browser.signIn(ANA, Api.DEMO_PASSWORD);
    browser.open("/coach/review.xhtml?id=" + urgentId);
    browser.type("clearance:clearanceNote", "GP letter: no nerve compression, fine to train.");
    browser.clickAndWaitForAjax(By.id("clearance:clear"));
    browser.await(By.id("cleared"));
    assertTrue(browser.driver().findElements(By.id("awaitingClearance")).isEmpty());
    browser.open("/coach/athletes.xhtml");
    String clearedRow = rosterRow(name).getText();
    assertTrue(clearedRow.contains("Green"), clearedRow);
    assertFalse(clearedRow.contains("Awaiting clearance"), clearedRow);
  }

  @Test
  void aRedReportOfAnAthleteWithoutACoachIsOnTheTenantAdminsStartPage() {
    Api api = new Api(base);
    String stamp = Long.toString(System.currentTimeMillis(), 36);
    String name = "Coachless " + stamp;
    String email = "coachless-" + stamp + "@demo.test";
    String password = "coachless-pass-2026";
    api.post(
            "/api/v1/athletes",
            Api.demo("admin"),
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", name)
                .add("password", password))
        .expect(201);
    String week = NOW.minusWeeks(1).toString();
    api.post(
            "/api/v1/reports",
            Http.basic(email, password),
            quiet(week)
                .add("painScore", 4)
                .add("painCharacter", "BURNING")
                .add("painSpread", "LOCALIZED")
                .add("onset", "DURING_SET")
                .add("radiatesToLeg", true))
        .expect(201);

    browser.signIn("admin@demo.test", Api.DEMO_PASSWORD);

    assertTrue(browser.driver().getCurrentUrl().contains("/admin/index.xhtml"));
    String alerts = browser.text(By.id("alerts"));
    assertTrue(alerts.contains(name + ", " + week), alerts);
    browser.assertAccessible("admin start page with alerts");
    browser.fullPageScreenshot("admin-alerts");
  }

  private WebElement rosterRow(String name) {
    return browser.driver().findElement(By.xpath("//tr[td[contains(., '" + name + "')]]"));
  }
}

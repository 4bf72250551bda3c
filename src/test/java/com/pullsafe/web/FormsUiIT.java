package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
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
 * The forms as people fill them in, on a phone: every field error at once, the refused value left
 * in its field, a decimal comma read as people type it, required marks where input is required.
 * Each test works in a fresh tenant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormsUiIT {

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
  void theReportFormShowsEveryErrorAtOnceKeepsWhatWasTypedAndReadsADecimalComma() {
    Team team = new Team(base, "report-form");
    Team.Person athlete = team.athlete("Rita Report");
    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/athlete/report.xhtml");
    assertTrue(isMarkedRequired("report:walking"), "walking is required");

    browser.type("report:topSetKg", "-5");
    browser.type("report:topSetReps", "3");
    browser.type("report:walking", "lots");
    browser.clickAndWaitForAjax(By.id("report:submit"));

    assertTrue(
        browser.fieldText("report:topSetKg").contains("must be more than 0"),
        browser.fieldText("report:topSetKg"));
    assertTrue(
        browser.fieldText("report:walking").contains("must be a whole number"),
        browser.fieldText("report:walking"));
    assertEquals("-5", valueOf("report:topSetKg"));
    assertEquals("lots", valueOf("report:walking"));
    browser.assertAccessible("report form with two errors");
    browser.fullPageScreenshot("forms-report-two-errors");

    browser.type("report:topSetKg", "152,5");
    browser.type("report:walking", "60");
    browser.driver().findElement(By.id("report:submit")).click();
    browser.await(By.id("summary"));
    browser.open("/athlete/history.xhtml");
    assertTrue(browser.text(By.id("weeks")).contains("152.5 kg × 3"), browser.text(By.id("weeks")));
  }

  @Test
  void theSettingsFormShowsEveryErrorAtOnceAndKeepsTheRefusedValues() {
    Team team = new Team(base, "settings-form");
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/admin/settings.xhtml");
    for (String field : List.of("settings:cap", "settings:plate", "settings:walking")) {
      assertTrue(isMarkedRequired(field), field + " is required");
    }

    browser.type("settings:cap", "7");
    browser.type("settings:plate", "2,5");
    browser.type("settings:walking", "a lot");
    browser.clickAndWaitForAjax(By.id("settings:save"));

    assertTrue(
        browser.fieldText("settings:cap").contains("must be between 2.5 and 5"),
        browser.fieldText("settings:cap"));
    assertTrue(
        browser.fieldText("settings:walking").contains("must be a whole number"),
        browser.fieldText("settings:walking"));
    assertEquals("7", valueOf("settings:cap"));
    assertEquals("a lot", valueOf("settings:walking"));
    browser.fullPageScreenshot("forms-settings-two-errors");

    browser.type("settings:cap", "4,5");
    browser.type("settings:walking", "90");
    browser.clickAndWaitForAjax(By.id("settings:save"));
    assertTrue(
        browser.text(By.id("messages")).contains("Settings saved"),
        browser.text(By.id("messages")));
    browser.open("/admin/settings.xhtml");
    assertEquals("4.5", valueOf("settings:cap"));
    assertEquals("2.5", valueOf("settings:plate"));
    assertEquals("90", valueOf("settings:walking"));
  }

  @Test
  void theReviewFormShowsEveryErrorAtOnceAndReadsADecimalCommaLoad() {
    Team team = new Team(base, "review-form");
    Team.Person athlete = team.athlete("Ravi Review");
    long report = team.report(athlete, 0, Team.amber());
    browser.signIn(team.coach.email(), Team.PASSWORD);
    browser.open("/coach/review.xhtml?id=" + report);

    browser.pick("review:decision", "Override: set another level");
    browser.await(By.id("review:reason"));
    assertTrue(isMarkedRequired("review:overrideLevel"), "the new level is required");
    assertTrue(isMarkedRequired("review:reason"), "the reason is required");
    String loadable = ReviewCatalog.tick(browser, "Rack pull");
    browser.type(loadable + ":sets", "three");
    browser.clickAndWaitForAjax(By.id("review:submit"));

    assertTrue(
        browser.fieldText("review:overrideLevel").contains("is required"),
        browser.fieldText("review:overrideLevel"));
    assertTrue(
        browser.fieldText("review:reason").contains("is required"),
        browser.fieldText("review:reason"));
    String sets = loadable + ":sets";
    assertTrue(browser.fieldText(sets).contains("must be a whole number"), browser.fieldText(sets));
    assertEquals("three", valueOf(sets));
    browser.fullPageScreenshot("forms-review-three-errors");

    browser.choose("review:overrideLevel", "GREEN");
    browser.type("review:reason", "Watched the video: the setup was fine.");
    browser.type(sets, "3");
    browser.type(loadable + ":loadKg", "62,5");
    browser.driver().findElement(By.id("review:submit")).click();
    browser.await(By.id("review-summary"));

    assertTrue(
        browser.text(By.id("assigned")).contains("@ 62.5 kg"), browser.text(By.id("assigned")));
  }

  @Test
  void thePeopleFormShowsATakenEmailTogetherWithTheOtherErrors() {
    Team team = new Team(base, "people-form");
    browser.signIn(team.coach.email(), Team.PASSWORD);
    browser.open("/coach/athletes.xhtml");
    for (String field : List.of("create:name", "create:email", "create:password")) {
      assertTrue(isMarkedRequired(field), field + " is required");
    }

    browser.type("create:name", "Second Coach Account");
    browser.type("create:email", team.coach.email());
    browser.type("create:password", "short");
    browser.clickAndWaitForAjax(By.id("create:submit"));

    assertTrue(
        browser.fieldText("create:email").contains("cannot be used; choose another"),
        browser.fieldText("create:email"));
    assertTrue(
        browser.fieldText("create:password").contains("at least 10 characters"),
        browser.fieldText("create:password"));
    assertEquals(team.coach.email(), valueOf("create:email"));
  }

  private boolean isMarkedRequired(String inputId) {
    return !browser
        .driver()
        .findElements(
            By.xpath(
                "//label[@for='"
                    + inputId
                    + "' or @for='"
                    + inputId
                    + "_input']//*[contains(@class,'ui-outputlabel-rfi')]"))
        .isEmpty();
  }

  private String valueOf(String inputId) {
    return browser.driver().findElement(By.id(inputId)).getAttribute("value");
  }
}

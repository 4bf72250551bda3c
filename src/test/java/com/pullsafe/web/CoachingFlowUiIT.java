package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebElement;

/**
 * Each role's main flow on a phone (390 px) in headless Chromium, with axe-core on every page the
 * flow passes and screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachingFlowUiIT {

  private static final String DEMO_PASSWORD = "demo-pass-2026";

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
  void nerveSignsGoToTheTopOfTheQueueAndTheCoachsAssignmentsReachTheAthlete() {
    String stamp = Long.toString(System.currentTimeMillis(), 36);
    String name = "Runner " + stamp;
    String email = "runner-" + stamp + "@demo.test";
    String password = "runner-pass-2026";

    // A coach adds a fresh athlete, who has no report yet for this week.
    browser.signIn("coach.ana@demo.test", DEMO_PASSWORD);
    browser.open("/coach/athletes.xhtml");
    browser.type("create:name", name);
    browser.type("create:email", email);
    browser.type("create:password", password);
    browser.clickAndWaitForReload(By.id("create:submit"));
    assertTrue(
        browser.text(By.id("messages")).contains(name + " is added"),
        browser.text(By.id("messages")));
    browser.assertAccessible("coach athletes");
    browser.fullPageScreenshot("phone-coach-athletes");
    browser.signOut();

    // The athlete reports pain down the leg with numbness and a weakening leg.
    browser.signIn(email, password);
    browser.open("/athlete/report.xhtml");
    assertTrue(
        browser.driver().findElements(By.id("report:painCharacter")).isEmpty(),
        "no pain questions at 0");
    browser.assertAccessible("athlete report");
    browser.fullPageScreenshot("phone-athlete-report-empty");
    browser.type("report:topSetKg", "140");
    browser.type("report:topSetReps", "3");
    browser.type("report:walking", "60");
    browser.choose("report:painScore", "6");
    browser.await(By.id("report:painCharacter"));
    browser.pick("report:painCharacter", "Sharp");
    browser.pick("report:painSpread", "In one spot");
    browser.pick("report:onset", "During the set");
    browser.tick("report:radiates", true);
    browser.tick("report:numbness", true);
    browser.tick("report:weakness", true);
    browser.assertAccessible("athlete report with pain questions");
    browser.fullPageScreenshot("phone-athlete-report-filled");
    browser.driver().findElement(By.id("report:submit")).click();
    browser.await(By.id("summary"));

    assertTrue(browser.driver().getCurrentUrl().contains("/athlete/result.xhtml"));
    assertEquals("Urgent", browser.text(By.cssSelector("#level .ps-level")));
    assertTrue(
        browser.text(By.id("findings")).contains("What to do"), browser.text(By.id("findings")));
    assertTrue(browser.text(By.id("notice")).contains("does not diagnose"));
    browser.assertAccessible("athlete result");
    browser.fullPageScreenshot("phone-athlete-result");
    browser.signOut();

    // It is at the top of the coach's queue.
    browser.signIn("coach.ana@demo.test", DEMO_PASSWORD);
    WebElement firstRow =
        browser.driver().findElement(By.cssSelector("#queueForm\\:queue_data > tr"));
    assertTrue(firstRow.getText().contains(name), firstRow.getText());
    browser.assertAccessible("coach queue");
    browser.fullPageScreenshot("phone-coach-queue");
    browser.clickAndWaitForReload(By.cssSelector("#queueForm\\:queue_data > tr a.ps-button"));

    // An override needs a reason: the message stands next to the field.
    browser.assertAccessible("coach review");
    browser.fullPageScreenshot("phone-coach-review");
    browser.pick("review:decision", "Override: set another level");
    browser.await(By.id("review:reason"));
    browser.choose("review:overrideLevel", "RED");
    browser.clickAndWaitForAjax(By.id("review:submit"));
    assertTrue(
        browser.fieldText("review:reason").contains("is required when you override"),
        browser.fieldText("review:reason"));
    browser.screenshot("phone-coach-review-reason-missing");

    browser.type("review:reason", "Leg weakness is old and stable, seen by her physio last week.");
    browser.type("review:note", "Walk every day and skip deadlifts until we talk on Monday.");
    List<WebElement> suggested =
        browser
            .driver()
            .findElements(By.cssSelector(".ps-assign-suggested .ui-chkbox-box.ui-state-active"));
    assertFalse(suggested.isEmpty(), "the engine's suggestions are ticked");
    // After the engine's URGENT only walking may be assigned, whatever the override says: a
    // further exercise is refused next to its row.
    String extra = "review:assignments:" + suggested.size() + ":selected";
    browser.tick(extra, true);
    browser.clickAndWaitForAjax(By.id("review:submit"));
    String extraRow =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//*[@id='"
                        + extra
                        + "']/ancestor::div[contains(concat(' ', normalize-space(@class), ' '),"
                        + " ' ps-assign ')]"))
            .getText();
    assertTrue(extraRow.contains("awaits clearance after URGENT"), extraRow);
    browser.tick(extra, false);
    browser.driver().findElement(By.id("review:submit")).click();
    browser.await(By.id("review-summary"));

    assertTrue(browser.text(By.id("review-summary")).contains("Changed by the coach"));
    List<String> assigned =
        browser.driver().findElements(By.cssSelector("#assigned li strong")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(suggested.size(), assigned.size(), assigned.toString());
    browser.fullPageScreenshot("phone-coach-reviewed");
    browser.signOut();

    // The athlete sees the assignments in their program and the note in their history.
    browser.signIn(email, password);
    browser.open("/athlete/program.xhtml");
    String program = browser.text(By.id("assignments"));
    assigned.forEach(
        exercise -> assertTrue(program.contains(exercise), exercise + " in " + program));
    assertTrue(browser.text(By.id("notCleared")).contains("Not cleared"));
    browser.assertAccessible("athlete program");
    browser.fullPageScreenshot("phone-athlete-program");
    browser.open("/athlete/history.xhtml");
    assertTrue(browser.text(By.id("notes")).contains("Walk every day"));
    browser.assertAccessible("athlete history");
    browser.fullPageScreenshot("phone-athlete-history");
  }

  @Test
  void badInputShowsMessagesNextToTheFields() {
    browser.signIn("mia@demo.test", DEMO_PASSWORD);
    browser.open("/athlete/report.xhtml");
    browser.type("report:topSetKg", "150");
    browser.type("report:topSetReps", "50");
    browser.choose("report:painScore", "4");
    browser.await(By.id("report:painCharacter"));
    browser.clickAndWaitForAjax(By.id("report:submit"));

    assertTrue(
        browser.fieldText("report:topSetReps").contains("must be between 1 and 30"),
        browser.fieldText("report:topSetReps"));
    assertTrue(
        browser.fieldText("report:walking").contains("is required"),
        browser.fieldText("report:walking"));
    assertTrue(
        browser.fieldText("report:painCharacter").contains("is required when"),
        browser.fieldText("report:painCharacter"));
    assertTrue(browser.driver().getCurrentUrl().contains("/athlete/report.xhtml"));
    browser.assertAccessible("athlete report with errors");
    browser.fullPageScreenshot("phone-athlete-report-errors");
    browser.signOut();

    browser.signIn("admin@demo.test", DEMO_PASSWORD);
    browser.open("/admin/settings.xhtml");
    browser.type("settings:cap", "7");
    browser.clickAndWaitForAjax(By.id("settings:save"));
    assertTrue(
        browser.fieldText("settings:cap").contains("must be between 2.5 and 5"),
        browser.fieldText("settings:cap"));
    browser.assertAccessible("admin settings with errors");
    browser.fullPageScreenshot("phone-admin-settings-errors");
  }

  @Test
  void anotherTenantsOrCoachsReportIsNotFoundAndASuspendedTenantCannotSignIn() {
    browser.signIn("coach.ana@demo.test", DEMO_PASSWORD);
    String href =
        browser
            .driver()
            .findElement(By.cssSelector("#queueForm\\:queue_data > tr a.ps-button"))
            .getAttribute("href");
    String reportPath = href.substring(href.indexOf("/coach/review.xhtml"));
    browser.signOut();

    // Another coach of the same tenant.
    browser.signIn("coach.ben@demo.test", DEMO_PASSWORD);
    browser.open(reportPath);
    assertEquals("Not found", browser.text(By.id("page-title")));
    assertFalse(browser.driver().getPageSource().contains("What the athlete reported"));
    browser.open("/coach/review.xhtml?id=not-a-number");
    assertEquals("Not found", browser.text(By.id("page-title")));
    browser.signOut();

    // The platform admin opens another tenant; its admin cannot see the demo tenant's report.
    String stamp = Long.toString(System.currentTimeMillis(), 36);
    String adminEmail = "owner-" + stamp + "@other.test";
    browser.signIn("admin@portal.test", "platform-pass-2026");
    browser.type("tenant:name", "Other Gym " + stamp);
    browser.type("tenant:slug", "other-" + stamp);
    browser.type("tenant:adminName", "Other Owner");
    browser.type("tenant:adminEmail", adminEmail);
    browser.type("tenant:adminPassword", "other-pass-2026");
    browser.clickAndWaitForReload(By.id("tenant:submit"));
    assertTrue(browser.text(By.id("list:tenants")).contains("Other Gym " + stamp));
    browser.assertAccessible("platform tenants");
    browser.fullPageScreenshot("phone-platform-tenants");
    browser.signOut();

    browser.signIn(adminEmail, "other-pass-2026");
    browser.open(reportPath);
    assertEquals("Not found", browser.text(By.id("page-title")));
    browser.screenshot("phone-not-found");
    browser.signOut();

    // Suspended: its users cannot sign in any more.
    browser.signIn("admin@portal.test", "platform-pass-2026");
    WebElement row =
        browser.driver().findElement(By.xpath("//tr[td[contains(., 'other-" + stamp + "')]]"));
    row.findElement(By.cssSelector("button[id$=':suspend']")).click();
    browser.clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
    assertTrue(browser.text(By.id("list:tenants")).contains("Suspended"));
    browser.signOut();
    browser.signIn(adminEmail, "other-pass-2026");
    assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
  }
}

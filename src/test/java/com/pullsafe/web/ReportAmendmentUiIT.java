package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import jakarta.json.JsonObject;
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
 * Domain brief, "Amending a report", in headless Chromium on a phone: symptoms that start midweek
 * are added with "Update this week's report" (the form comes prefilled, nerve signs can be ticked
 * without back pain), the update is triaged afresh, and the coach sees both versions side by side
 * with what changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportAmendmentUiIT {

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
  void numbnessThatStartsMidweekIsAddedToTheWeeksReportAndTheCoachSeesBothVersions() {
    // A tenant of its own, so that this URGENT report is in no other test's queue.
    Team team = new Team(base, "midweek");
    Team.Person athlete = team.athlete("Mia Midweek");

    // Monday: a quiet week.
    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/athlete/report.xhtml");
    browser.type("report:topSetKg", "140");
    browser.type("report:topSetReps", "3");
    browser.type("report:walking", "110");
    browser.driver().findElement(By.id("report:submit")).click();
    browser.await(By.id("summary"));
    assertEquals("Green", browser.text(By.cssSelector("#level .ps-level")));
    long reportId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=", ""));

    // Wednesday: numbness in a leg and around the groin, without back pain.
    assertTrue(browser.text(By.id("update")).contains("Update this week's report"));
    browser.clickAndWaitForReload(By.id("update"));
    assertEquals(
        "140", browser.driver().findElement(By.id("report:topSetKg")).getAttribute("value"));
    assertEquals(
        "110", browser.driver().findElement(By.id("report:walking")).getAttribute("value"));
    assertTrue(browser.driver().findElements(By.id("report:painCharacter")).isEmpty());
    browser.assertAccessible("athlete report update");
    browser.fullPageScreenshot("phone-athlete-report-update");
    browser.tick("report:numbness", true);
    browser.tick("report:saddle", true);
    browser.type("report:notes", "Numb around the groin since Wednesday.");
    browser.driver().findElement(By.id("report:submit")).click();
    browser.await(By.id("version"));

    assertEquals("Urgent", browser.text(By.cssSelector("#level .ps-level")));
    assertTrue(
        browser.text(By.id("version")).startsWith("Version 2"), browser.text(By.id("version")));
    assertTrue(browser.driver().getCurrentUrl().endsWith("id=" + reportId));
    browser.assertAccessible("athlete result after update");
    browser.fullPageScreenshot("phone-athlete-result-updated");
    JsonObject stated =
        team.api
            .get("/api/v1/reports/" + reportId, athlete.auth())
            .expect(200)
            .object()
            .getJsonObject("report");
    assertTrue(stated.getBoolean("numbnessOrTingling"), "a nerve sign ticked at pain 0 is kept");
    assertEquals(0, stated.getInt("painScore"));
    browser.signOut();

    // The coach: back in the queue, both versions side by side, the changes marked.
    browser.signIn(team.coach.email(), Team.PASSWORD);
    browser.open("/coach/review.xhtml?id=" + reportId);
    WebElement versions = browser.driver().findElement(By.id("versions"));
    List<String> headers =
        versions.findElements(By.cssSelector("thead th")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("Answer", "Version 1", "Version 2 (current)"), headers);
    List<String> changed =
        versions.findElements(By.cssSelector("td.ps-changed")).stream()
            .map(cell -> cell.findElement(By.xpath("..")).findElement(By.tagName("th")).getText())
            .toList();
    assertEquals(
        List.of(
            "Numbness or pins and needles in my buttock or leg",
            "Numbness around my groin or inner thighs",
            "Notes for your coach"),
        changed);
    assertTrue(browser.text(By.id("findings")).contains("Urgent"), browser.text(By.id("findings")));
    assertTrue(browser.driver().findElements(By.id("review:submit")).size() == 1, "reviewable");
    browser.assertAccessible("coach review of an updated report");
    browser.fullPageScreenshot("phone-coach-review-versions");
  }
}

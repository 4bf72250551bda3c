package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The squad page and the trend charts in the browser, on a desktop and on a 390 px phone: the most
 * at-risk athlete first, a week's cell named in words and one click from its report, the charts
 * drawn under the Content-Security-Policy, axe-clean.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SquadUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  private record Seeded(Team team, Team.Person red, long redReport, Team.Person quiet) {}

  private Seeded seed(String label) {
    Team team = new Team(base, label);
    Team.Person quiet = team.athlete("Quinn Quiet");
    team.report(
        quiet,
        0,
        Json.createObjectBuilder()
            .add("topSetKg", 100)
            .add("topSetReps", 3)
            .add("painScore", 0)
            .add("walkingMinutesPerDay", 110));
    Team.Person red = team.athlete("Rory Red");
    team.report(red, 2, Team.amber());
    long redReport = team.report(red, 1, Team.red());
    team.athlete("Sam Silent");
    return new Seeded(team, red, redReport, quiet);
  }

  @Test
  void onADesktopTheMostAtRiskAthleteComesFirstAndACellOpensItsReport() {
    Seeded s = seed("squad-desk");
    try (Browser browser = Browser.open(base, 1280, 900)) {
      browser.signIn(s.team().coach.email(), Team.PASSWORD);
      browser.open("/coach/squad.xhtml");

      List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr.ps-squad-row"));
      assertEquals(3, rows.size());
      assertEquals(String.valueOf(s.red().id()), rows.get(0).getAttribute("data-athlete"));
      WebElement cell =
          rows.get(0).findElement(By.cssSelector("a.ps-cell[href*='id=" + s.redReport() + "']"));
      String name = cell.getText() + " " + cell.getAttribute("textContent");
      assertTrue(name.contains("Red") && name.contains("Awaiting clearance"), name);
      assertTrue(chartDrawn(browser, "flaggedChart"), "the flagged-share chart is drawn");
      assertTrue(browser.text(By.id("flagged-table")).contains("%"));
      browser.assertAccessible("squad page, desktop");

      browser.clickAndWaitForUrl(
          By.cssSelector("a.ps-cell[href*='id=" + s.redReport() + "']"), "/coach/review.xhtml");
      assertTrue(browser.driver().getCurrentUrl().contains("id=" + s.redReport()));
    }
  }

  @Test
  void onAPhoneTheSquadScrollsInsideItsTableAndTheAthletesTrendChartsAreDrawn() {
    Seeded s = seed("squad-phone");
    try (Browser browser = Browser.phone(base)) {
      browser.signIn(s.team().adminEmail, Team.PASSWORD);
      browser.open("/coach/squad.xhtml");

      assertTrue(
          (Boolean)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return document.documentElement.scrollWidth <= window.innerWidth;"),
          "the page itself does not scroll sideways");
      assertTrue(browser.text(By.id("squad")).contains("Rory Red"));
      browser.assertAccessible("squad page, phone");

      browser.open("/coach/athlete.xhtml?id=" + s.red().id());
      assertTrue(chartDrawn(browser, "painChart"), "the pain chart is drawn");
      assertTrue(chartDrawn(browser, "loadChart"), "the top set and cap chart is drawn");
      assertTrue(
          browser
              .driver()
              .findElement(By.id("trend-table"))
              .getAttribute("textContent")
              .contains("Flagged"));
      browser.assertAccessible("athlete page with the trend, phone");
    }
  }

  /** Whether Chart.js drew the chart: its canvas has a size and pixels that are not blank. */
  private static boolean chartDrawn(Browser browser, String id) {
    return (Boolean)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "var c = document.querySelector('[id=\"' + arguments[0] + '\"] canvas');"
                    + " if (!c || c.width === 0 || c.height === 0) return false;"
                    + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + " for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; }"
                    + " return false;",
                id);
  }
}

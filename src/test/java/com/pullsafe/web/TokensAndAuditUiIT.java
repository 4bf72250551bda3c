package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * API tokens on the profile page and the tenant admin's pages: creating is post-redirect-get, the
 * new token is shown where the user is and copies with a button, revoking asks first; the audit log
 * reads as text with names, pages through the database and names its calendar buttons; the athlete
 * count reads as a sentence.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensAndAuditUiIT {

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
  void aNewTokenIsShownOnceWhereTheUserIsCopiesAndSurvivesNoReload() {
    Team team = new Team(base, "tokens");
    Team.Person athlete = team.athlete("Tara Token");
    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/account/profile.xhtml");
    browser.allowClipboard();
    browser.type("tokens:name", "phone");
    browser.clickAndWaitForReload(By.id("tokens:create"));

    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/account/profile.xhtml#issued"),
        "shown by a GET after a redirect: " + browser.driver().getCurrentUrl());
    String token = browser.text(By.id("issued-token"));
    assertTrue(token.startsWith("psk_"), token);
    assertTrue(browser.inViewport(By.id("issued-token")), "the token is where the user is");
    browser.driver().findElement(By.id("copy-token")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("copy-status")).getText().isBlank());
    assertEquals("Copied.", browser.text(By.id("copy-status")));
    assertEquals(token, browser.clipboard());
    browser.assertAccessible("profile with a new token");
    browser.fullPageScreenshot("tokens-issued");

    browser.driver().navigate().refresh();
    browser.waitForPage();
    assertEquals(List.of("phone"), tokenNames(team, athlete), "a reload creates nothing");
    assertTrue(
        browser.driver().findElements(By.id("issued-token")).isEmpty(), "the secret is shown once");
  }

  @Test
  void revokingATokenAsksFirst() {
    Team team = new Team(base, "revoke");
    Team.Person athlete = team.athlete("Rob Revoke");
    team.api
        .post("/api/v1/me/tokens", athlete.auth(), Json.createObjectBuilder().add("name", "laptop"))
        .expect(201);
    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/account/profile.xhtml");

    revokeButtonOf("laptop").click();
    WebElement dialog = browser.awaitVisible(By.cssSelector(".ui-confirm-dialog"));
    assertTrue(dialog.getText().contains("Revoke this token?"), dialog.getText());
    browser.fullPageScreenshot("tokens-revoke-confirm");
    dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.invisibilityOf(dialog));
    assertEquals(List.of("laptop"), tokenNames(team, athlete), "saying no keeps the token");

    revokeButtonOf("laptop").click();
    browser.awaitVisible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    browser.clickAndWaitForReload(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));

    assertEquals(List.of(), tokenNames(team, athlete));
    assertTrue(
        browser.text(By.id("messages")).contains("The token is revoked"),
        browser.text(By.id("messages")));
  }

  @Test
  void theAuditLogReadsAsTextWithNamesAndPagesThroughTheEntries() {
    Team team = new Team(base, "audit");
    Team.Person athlete = team.athlete("Ada Audit");
    for (int i = 1; i <= 21; i++) {
      team.athlete("Extra Person " + i);
    }
    long report = team.report(athlete, 0, Team.amber());
    team.api
        .post(
            "/api/v1/reports/" + report + "/review",
            team.coach.auth(),
            Json.createObjectBuilder()
                .add("decision", "CONFIRM")
                .add(
                    "assign",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("alternative", "PLANK")
                                .add("sets", 3)
                                .add("reps", 30))))
        .expect(200);
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/admin/audit.xhtml");

    String firstPage = browser.text(By.id("audit:entries"));
    assertTrue(firstPage.contains("Ada Audit"), firstPage);
    assertTrue(firstPage.contains("Plank, 3 × 30 s"), firstPage);
    assertTrue(firstPage.contains("confirmed Amber"), firstPage);
    assertTrue(firstPage.contains("Athlete added"), firstPage);
    assertFalse(firstPage.contains("AssignmentView["), firstPage);
    assertFalse(firstPage.matches("(?s).*\\b(athlete|report) \\d+.*"), firstPage);
    assertEquals(20, rows().size());
    for (WebElement button :
        browser.driver().findElements(By.cssSelector(".ui-datepicker-trigger"))) {
      String name = button.getAttribute("aria-label");
      assertTrue(
          name != null && name.startsWith("Choose a date: ") && name.length() > 15,
          "calendar button named after its field: " + name);
    }
    browser.assertAccessible("audit log");
    browser.fullPageScreenshot("audit-first-page");

    browser.clickAndWaitForAjax(By.cssSelector("#audit\\:entries .ui-paginator-next"));
    List<WebElement> secondPage = rows();
    assertFalse(secondPage.isEmpty(), "a second page");
    assertTrue(secondPage.size() < 20, secondPage.size() + " rows");
    assertTrue(
        browser.text(By.id("audit:entries")).contains("Coach added"),
        browser.text(By.id("audit:entries")));
  }

  @Test
  void theAthleteCountAndItsLinkReadAsTwoSentences() {
    Team team = new Team(base, "count");
    team.athlete("Cal Count");
    browser.signIn(team.adminEmail, Team.PASSWORD);

    assertEquals("1 athlete. Manage athletes", browser.text(By.id("athleteCount")));
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#audit\\:entries_data > tr"));
  }

  private WebElement revokeButtonOf(String name) {
    return browser.driver().findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//button"));
  }

  private static List<String> tokenNames(Team team, Team.Person athlete) {
    return team.api.get("/api/v1/me/tokens", athlete.auth()).expect(200).array().stream()
        .map(JsonValue::asJsonObject)
        .map(t -> t.getString("name"))
        .toList();
  }
}

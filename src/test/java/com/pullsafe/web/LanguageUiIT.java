package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * A second language (issue 16): an athlete switches to German on the profile page and sees German
 * pages, among them the triage result with its frozen German reason and the safety line; the
 * browser's language is the default; the API stays English unless asked for German.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageUiIT {

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
  void anAthleteSwitchesToGermanAndGetsTheReportFormAndTheResultInGerman() {
    Team team = new Team(base, "deutsch");
    Team.Person athlete = team.athlete("Lena Lang");
    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/account/profile.xhtml");
    assertEquals("Profile", browser.text(By.id("page-title")));

    browser.selectFromMenu("language:choice", "Deutsch");
    browser.clickAndWaitForReload(By.id("language:save"));

    assertEquals("Profil", browser.text(By.id("page-title")));
    assertEquals("de", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(
        browser.text(By.id("messages")).contains("Sprache gespeichert."),
        browser.text(By.id("messages")));
    browser.assertAccessible("profile in German");

    browser.open("/athlete/report.xhtml");
    assertEquals("Meine Woche berichten", browser.text(By.id("page-title")));
    assertTrue(
        browser.driver().getPageSource().contains("Taubheit um den Schritt"),
        "the red-flag questions in German");
    String week = browser.text(By.id("report:week_label"));
    assertTrue(week.matches("KW \\d{2}/\\d{4}"), "the week as a German reader writes it: " + week);
    browser.assertAccessible("report form in German");
    browser.fullPageScreenshot("phone-report-form-de");
    browser.type("report:topSetKg", "142,5");
    browser.type("report:topSetReps", "3");
    browser.type("report:walking", "110");
    browser.tick("report:saddle", true);
    browser.driver().findElement(By.id("report:submit")).click();
    browser.await(By.id("summary"));

    assertEquals("Dringend", browser.text(By.cssSelector("#level .ps-level")));
    assertTrue(
        browser.text(By.id("summary")).startsWith("Dringend: Beenden Sie jedes Training"),
        browser.text(By.id("summary")));
    assertTrue(
        browser
            .text(By.id("notice"))
            .contains("unterstützt Ihr Coaching; es stellt keine Diagnose"),
        browser.text(By.id("notice")));
    String findings = browser.text(By.id("findings"));
    assertTrue(
        findings.contains(
            "Sie haben angegeben: Taubheit um den Schritt oder an den Innenseiten der"
                + " Oberschenkel. Ein Nerv am unteren Ende der Wirbelsäule"),
        findings);
    assertTrue(findings.contains("qualifizierte medizinische Fachperson"), findings);
    browser.assertAccessible("triage result in German");
    browser.fullPageScreenshot("phone-result-de");

    long reportId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=", ""));
    Http http = new Http(base);
    JsonObject english =
        json(http.get("/api/v1/reports/" + reportId, "Authorization", athlete.auth()));
    JsonObject german =
        json(
            http.get(
                "/api/v1/reports/" + reportId,
                "Authorization",
                athlete.auth(),
                "Accept-Language",
                "de-DE,de;q=0.9"));
    assertTrue(
        reason(english).startsWith("You reported numbness around the groin"), reason(english));
    assertTrue(reason(german).startsWith("Sie haben angegeben: Taubheit"), reason(german));
  }

  @Test
  void theBrowsersLanguageIsTheDefaultBeforeSigningIn() {
    Http http = new Http(base);

    HttpResponse<String> german =
        http.get("/login.xhtml", "Accept-Language", "de-AT,de;q=0.9,en;q=0.5");
    HttpResponse<String> french = http.get("/login.xhtml", "Accept-Language", "fr-FR,fr;q=0.9");

    assertTrue(german.body().contains("<html lang=\"de\""), german.body());
    assertTrue(german.body().contains("Bei PullSafe anmelden"), german.body());
    assertTrue(german.body().contains("Passwort vergessen?"), german.body());
    assertTrue(french.body().contains("<html lang=\"en\""), french.body());
    assertTrue(french.body().contains("Sign in to PullSafe"), french.body());
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static String reason(JsonObject report) {
    return report
        .getJsonObject("triage")
        .getJsonArray("findings")
        .getJsonObject(0)
        .getString("reason");
  }
}

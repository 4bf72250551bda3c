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
import org.openqa.selenium.JavascriptExecutor;

/**
 * Data rights in the browser: the athlete's profile downloads their data, the tenant admin's page
 * of an athlete downloads it too and erases the athlete only after the athlete's name is typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataRightsUiIT {

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
  void theAthleteDownloadsTheirDataFromTheProfile() {
    Team team = new Team(base, "data-ui");
    Team.Person athlete = team.athlete("Dana Download");
    team.report(athlete, 0, Team.red());
    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/account/profile.xhtml");

    List<?> json = download("data", "data:json");
    List<?> zip = download("data", "data:zip");

    assertEquals(200L, json.get(0), json.toString());
    assertTrue(json.get(1).toString().contains("attachment"), json.toString());
    assertTrue(json.get(1).toString().contains(".json"), json.toString());
    assertTrue(
        json.get(2).toString().contains("\"email\":\"" + athlete.email() + "\""), json.toString());
    assertTrue(json.get(2).toString().contains("\"reports\":[{"), json.toString());
    assertEquals(200L, zip.get(0), zip.toString());
    assertTrue(zip.get(1).toString().contains(".zip"), zip.toString());
    browser.assertAccessible("profile with the data section");
  }

  @Test
  void theTenantAdminErasesAnAthleteOnlyAfterTypingTheirName() {
    Team team = new Team(base, "erase-ui");
    Team.Person athlete = team.athlete("Ezra Erase");
    team.report(athlete, 0, Team.red());
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/coach/athlete.xhtml?id=" + athlete.id());
    List<?> json = download("data", "data:json");
    assertTrue(json.get(2).toString().contains(athlete.email()), json.toString());
    browser.assertAccessible("athlete page with data rights");

    browser.type("erase:confirmName", "Ezra");
    browser.clickAndWaitForReload(By.id("erase:submit"));

    assertTrue(
        browser.text(By.id("erase")).contains("Type the athlete's name exactly"),
        browser.text(By.id("erase")));
    team.api.get("/api/v1/me", athlete.auth()).expect(200);

    browser.type("erase:confirmName", "Ezra Erase");
    browser.clickAndWaitForReload(By.id("erase:submit"));

    assertTrue(
        browser.driver().getCurrentUrl().contains("/coach/athletes.xhtml"),
        browser.driver().getCurrentUrl());
    assertTrue(
        browser.text(By.id("messages")).contains("The personal data of Ezra Erase is erased"),
        browser.text(By.id("messages")));
    team.api.get("/api/v1/me", athlete.auth()).expect(401);
    assertTrue(
        team.api
            .get("/api/v1/athletes/" + athlete.id(), team.admin)
            .expect(200)
            .body()
            .contains("Erased athlete #" + athlete.id()));
  }

  /** Posts the form with the button, as its click does, and answers status, disposition, body. */
  private List<?> download(String formId, String buttonId) {
    return (List<?>)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const form = document.getElementById(arguments[0]);"
                    + "const body = new URLSearchParams(new FormData(form));"
                    + "body.append(arguments[1], arguments[1]);"
                    + "fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})"
                    + ".then(r => r.text().then(t => done([r.status,"
                    + " r.headers.get('Content-Disposition') || '', t])))"
                    + ".catch(e => done([0, String(e), '']));",
                formId,
                buttonId);
  }
}

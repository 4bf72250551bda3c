package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.Rows;
import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The account lifecycle on the pages: every role's profile page changes the password under the
 * password policy and offers tokens a lifetime, expired tokens say so, and a tenant admin
 * deactivates a coach after confirming and reactivates them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountUiIT {

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

  private void changePassword(String current, String next) {
    browser.type("password:current", current);
    browser.type("password:new", next);
    browser.type("password:repeat", next);
    browser.clickAndWaitForAjax(By.id("password:change"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"coach", "admin"})
  void aCoachAndATenantAdminChangeTheirPasswordFromTheProfileInTheirNavigation(String who) {
    Team team = new Team(base, "pw-" + who);
    String email = who.equals("coach") ? team.coach.email() : team.adminEmail;
    String changed = "quiet meadow " + Api.unique();
    browser.signIn(email, Team.PASSWORD);
    browser.openMenu();
    browser.clickAndWaitForReload(By.id("nav-profile"));

    changePassword(Team.PASSWORD, changed);

    browser.await(By.cssSelector("#messages .ps-msg-info"));
    assertTrue(
        browser.text(By.id("messages")).contains("Your password is changed."),
        browser.text(By.id("messages")));
    browser.assertAccessible("profile after a password change");
    browser.open("/account/profile.xhtml");
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/account/profile.xhtml"),
        "the session that changed the password stays signed in: "
            + browser.driver().getCurrentUrl());
    browser.signOut();
    browser.signIn(email, changed);
    assertFalse(browser.driver().getCurrentUrl().contains("/login.xhtml"), "signed in anew");
    new Api(base).get("/api/v1/me", Http.basic(email, Team.PASSWORD)).expect(401);
  }

  @Test
  void aCommonPasswordIsRefusedNextToTheNewPasswordField() {
    Team team = new Team(base, "pw-common");
    browser.signIn(team.coach.email(), Team.PASSWORD);
    browser.open("/account/profile.xhtml");

    changePassword(Team.PASSWORD, "Password123");

    assertTrue(
        browser.fieldText("password:new").contains("one of the most common passwords"),
        browser.fieldText("password:new"));
    browser.fullPageScreenshot("profile-common-password");
    new Api(base).get("/api/v1/me", team.coach.auth()).expect(200);
  }

  @Test
  void thePlatformAdminHasTheProfileToo() {
    browser.signIn("admin@portal.test", "platform-pass-2026");
    browser.openMenu();
    browser.clickAndWaitForReload(By.id("nav-profile"));

    assertEquals("Profile", browser.text(By.id("page-title")));
    assertFalse(browser.driver().findElements(By.id("password:change")).isEmpty());
  }

  @Test
  void theAthletesOldProfileAddressOpensTheSharedProfile() {
    Team team = new Team(base, "oldprofile");
    Team.Person athlete = team.athlete("Olly Old");
    browser.signIn(athlete.email(), Team.PASSWORD);

    browser.open("/athlete/profile.xhtml");

    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/account/profile.xhtml"),
        browser.driver().getCurrentUrl());
    assertEquals("Profile", browser.text(By.id("page-title")));
  }

  @Test
  void aTokenGetsTheChosenLifetimeAndAnExpiredOneSaysSo() {
    Team team = new Team(base, "lifetime");
    long expiring =
        team.api
            .post(
                "/api/v1/me/tokens",
                team.coach.auth(),
                Json.createObjectBuilder().add("name", "old script").add("expiresInDays", 1))
            .expect(201)
            .object()
            .getJsonNumber("id")
            .longValue();
    Rows.update(
        "update access_token set expires_at = now() - interval '1 minute' where id = ?", expiring);
    browser.signIn(team.coach.email(), Team.PASSWORD);
    browser.open("/account/profile.xhtml");

    browser.type("tokens:name", "laptop");
    browser.selectFromMenu("tokens:expiresInDays", "90 days");
    browser.clickAndWaitForReload(By.id("tokens:create"));

    String laptop = rowOf("laptop").getText();
    String in90Days =
        DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .format(LocalDate.now(ZoneOffset.UTC).plusDays(90));
    assertTrue(laptop.contains(in90Days), laptop);
    assertFalse(laptop.contains("Expired"), laptop);
    assertTrue(rowOf("old script").getText().contains("Expired"), rowOf("old script").getText());
    browser.assertAccessible("profile with an expired token");
    browser.fullPageScreenshot("profile-token-lifetimes");
  }

  @Test
  void aTenantAdminDeactivatesACoachAfterConfirmingAndReactivatesThem() {
    Team team = new Team(base, "deactivate");
    String token =
        team.api
            .post(
                "/api/v1/me/tokens", team.coach.auth(), Json.createObjectBuilder().add("name", "t"))
            .expect(201)
            .object()
            .getString("token");
    browser.signIn(team.adminEmail, Team.PASSWORD);

    buttonIn(rowOf("Cora Coach"), "Deactivate").click();
    WebElement dialog = browser.awaitVisible(By.cssSelector(".ui-confirm-dialog"));
    assertTrue(dialog.getText().contains("Deactivate this coach?"), dialog.getText());
    browser.fullPageScreenshot("admin-deactivate-confirm");
    dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.invisibilityOf(dialog));
    team.api.get("/api/v1/me", Api.bearer(token)).expect(200);

    buttonIn(rowOf("Cora Coach"), "Deactivate").click();
    browser.awaitVisible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    browser.clickAndWaitForReload(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));

    assertTrue(
        rowOf("Cora Coach").getText().contains("Deactivated"), rowOf("Cora Coach").getText());
    assertTrue(
        browser.text(By.id("messages")).contains("Cora Coach is deactivated."),
        browser.text(By.id("messages")));
    team.api.get("/api/v1/me", Api.bearer(token)).expect(401);
    browser.assertAccessible("admin page with a deactivated coach");

    browser.clickAndWaitForReload(
        By.xpath("//tr[td[contains(., 'Cora Coach')]]//button[contains(., 'Reactivate')]"));

    assertTrue(rowOf("Cora Coach").getText().contains("Active"), rowOf("Cora Coach").getText());
    team.api.get("/api/v1/me", Api.bearer(token)).expect(200);
  }

  @Test
  void aDeactivatedCoachsAthletesShowTheCoachAsDeactivated() {
    Team team = new Team(base, "coachgone");
    team.athlete("Ari Athlete");
    team.api
        .post("/api/v1/coaches/" + team.coach.id() + "/deactivation", team.admin, "")
        .expect(200);
    browser.signIn(team.adminEmail, Team.PASSWORD);

    browser.open("/coach/athletes.xhtml");

    String row = rowOf("Ari Athlete").getText();
    assertTrue(row.contains("Cora Coach") && row.contains("Deactivated"), row);
  }

  @Test
  void aTenantAdminHasNoButtonToDeactivateThemself() {
    Team team = new Team(base, "noself");
    browser.signIn(team.adminEmail, Team.PASSWORD);

    String own = rowOf(team.adminEmail).getText();

    assertTrue(own.contains("(you)"), own);
    assertFalse(own.contains("Deactivate"), own);
  }

  private WebElement rowOf(String text) {
    return browser.driver().findElement(By.xpath("//tr[td[contains(., '" + text + "')]]"));
  }

  private static WebElement buttonIn(WebElement row, String label) {
    return row.findElement(By.xpath(".//button[contains(., '" + label + "')]"));
  }
}

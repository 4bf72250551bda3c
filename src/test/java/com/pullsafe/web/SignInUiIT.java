package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import java.net.URL;
import java.util.UUID;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Signing in and out in headless Chromium, at phone width (390 px). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInUiIT {

  private static final String DEMO_PASSWORD = "demo-pass-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(base, 390, 844);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @ParameterizedTest(name = "{0} lands on {2}")
  @CsvSource({
    "admin@portal.test, platform-pass-2026, Platform administration, Platform administration",
    "admin@demo.test, " + DEMO_PASSWORD + ", Your coaching business, Demo Strength Club",
    "coach.ana@demo.test, " + DEMO_PASSWORD + ", Coaching, Demo Strength Club",
    "omar@demo.test, " + DEMO_PASSWORD + ", My training, Demo Strength Club"
  })
  void eachRoleSignsInToItsStartPage(String email, String password, String title, String tenant) {
    browser.signIn(email, password);

    assertEquals(title, browser.text(By.id("page-title")));
    browser.openMenu();
    assertEquals(tenant, browser.text(By.id("tenant-name")));
    browser.screenshot("start-" + email.replaceAll("[^a-z0-9]+", "-"));
  }

  @Test
  void wrongPasswordIsRefusedWithAMessage() {
    browser.signIn("tom@demo.test", "not-the-password");

    assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
    assertTrue(
        browser.text(By.id("messages")).contains("E-mail or password is not right"),
        browser.text(By.id("messages")));
    browser.screenshot("login-refused");
  }

  @Test
  void anAthleteCannotOpenACoachPage() {
    browser.signIn("lea@demo.test", DEMO_PASSWORD);
    browser.open("/coach/index.xhtml");

    assertEquals("Not for your role", browser.text(By.id("page-title")));
    browser.screenshot("athlete-refused-coach-page");
  }

  @Test
  void signingOutEndsTheSession() {
    browser.signIn("coach.ben@demo.test", DEMO_PASSWORD);
    browser.openMenu();
    browser.clickAndWaitForUrl(By.id("signOutForm:signOut"), "signedOut=true");

    assertTrue(browser.driver().getPageSource().contains("You are signed out."));
    browser.open("/coach/index.xhtml");
    assertTrue(browser.driver().getCurrentUrl().endsWith("/login.xhtml"));
  }

  @Test
  void anAthleteCreatesAnApiTokenUsesItAndRevokesIt() {
    String name = "phone " + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("noah@demo.test", DEMO_PASSWORD);
    browser.open("/account/profile.xhtml");
    browser.driver().findElement(By.id("tokens:name")).sendKeys(name);
    browser.clickAndWaitForReload(By.id("tokens:create"));

    String token = browser.text(By.id("issued-token"));
    assertTrue(token.startsWith("psk_"), token);
    browser.screenshot("athlete-profile-token");
    Http api = new Http(base);
    assertEquals(200, api.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode());

    browser.driver().findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//button")).click();
    browser.awaitVisible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    browser.clickAndWaitForReload(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    assertFalse(browser.driver().getPageSource().contains(name));
    assertEquals(401, api.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode());
  }
}

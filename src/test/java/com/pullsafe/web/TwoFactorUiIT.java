package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.PageSession;
import com.pullsafe.testing.TestAuthenticator;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
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
 * Two-factor sign-in in the browser, on a phone-sized screen: a coach sets up an authenticator on
 * the profile (QR code within the Content Security Policy, key read off the page, code from the
 * tests' own TOTP), signs out, signs in with a code, then with a recovery code, which works once;
 * wrong codes are throttled. Every page of the flow is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorUiIT {

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

  /** Sets up on the profile; the answer is the app and the recovery codes shown once. */
  private TestAuthenticator enrolOnProfile(String email, List<String> recoveryCodes) {
    browser.signIn(email, Team.PASSWORD);
    browser.openMenu();
    browser.clickAndWaitForReload(By.id("nav-profile"));
    browser.clickAndWaitForAjax(By.id("twoFactor:begin"));
    WebElement qr = browser.awaitVisible(By.id("totp-qr"));
    assertTrue(qr.getAttribute("src").startsWith("data:image/svg+xml;base64,"));
    assertTrue(
        (Boolean)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].naturalWidth > 0", qr),
        "the QR code is shown");
    browser.assertAccessible("profile with the set-up");
    String key = browser.text(By.id("totp-secret")).replaceAll("\\s", "");
    TestAuthenticator app = new TestAuthenticator(key, Clock.systemUTC());
    browser.type("twoFactor:code", app.nextCode());
    browser.clickAndWaitForAjax(By.id("twoFactor:confirm"));
    browser.await(By.id("recovery-codes"));
    browser.driver().findElements(By.cssSelector("#recovery-codes code")).stream()
        .map(WebElement::getText)
        .forEach(recoveryCodes::add);
    assertEquals(10, recoveryCodes.size());
    assertTrue(browser.text(By.id("twoFactorStatus")).startsWith("On since"));
    assertEquals(List.of(), browser.contentSecurityPolicyViolations());
    browser.signOut();
    return app;
  }

  private void password(String email) {
    browser.open("/login.xhtml");
    browser.type("login:email", email);
    browser.type("login:password", Team.PASSWORD);
    browser.clickAndWaitForReload(By.id("login:submit"));
    assertTrue(
        browser.driver().getCurrentUrl().contains(PageSession.CODE_PAGE),
        browser.driver().getCurrentUrl());
  }

  private void code(String code) {
    browser.type("second:code", code);
    browser.clickAndWaitForReload(By.id("second:submit"));
  }

  @Test
  void aCoachSetsUpTwoFactorThenSignsInWithACodeAndWithARecoveryCodeOnce() {
    Team team = new Team(base, "totp-ui");
    List<String> recoveryCodes = new java.util.ArrayList<>();
    TestAuthenticator app = enrolOnProfile(team.coach.email(), recoveryCodes);

    password(team.coach.email());
    browser.assertAccessible("the code page");
    code(app.nextCode());
    assertTrue(browser.driver().getCurrentUrl().endsWith("/coach/index.xhtml"));
    browser.signOut();

    password(team.coach.email());
    code(recoveryCodes.get(0));
    assertTrue(browser.driver().getCurrentUrl().endsWith("/coach/index.xhtml"));
    browser.signOut();

    password(team.coach.email());
    code(recoveryCodes.get(0));
    assertTrue(browser.driver().getCurrentUrl().contains(PageSession.CODE_PAGE));
    assertTrue(
        browser.fieldText("second:code").contains("not right"), browser.fieldText("second:code"));
  }

  @Test
  void wrongCodesAreThrottledOnTheCodePage() {
    Team team = new Team(base, "totp-ui-throttle");
    TestAuthenticator app = enrolOnProfile(team.coach.email(), new java.util.ArrayList<>());
    password(team.coach.email());
    String stale = app.codeAt(Instant.now().minusSeconds(3600));
    for (int i = 0; i < 6; i++) {
      code(stale);
    }
    assertTrue(
        browser.fieldText("second:code").contains("Too many wrong codes"),
        browser.fieldText("second:code"));
    browser.assertAccessible("the code page with a throttled code");
  }

  @Test
  void aCoachWhoseBusinessRequiresItSetsItUpAtSignIn() {
    Team team = new Team(base, "totp-ui-required");
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/admin/settings.xhtml");
    browser.driver().findElement(By.cssSelector("#security\\:twoFactor .ui-chkbox-box")).click();
    browser.clickAndWaitForAjax(By.id("security:save"));
    browser.await(By.cssSelector("#messages .ps-msg-info"));
    browser.signOut();

    browser.open("/login.xhtml");
    browser.type("login:email", team.coach.email());
    browser.type("login:password", Team.PASSWORD);
    browser.clickAndWaitForReload(By.id("login:submit"));
    assertTrue(browser.driver().getCurrentUrl().contains(PageSession.ENROL_PAGE));
    browser.assertAccessible("the set-up at sign-in");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations());

    browser.secondStep(team.coach.email());
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/coach/index.xhtml"),
        browser.driver().getCurrentUrl());
  }
}

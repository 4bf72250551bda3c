package com.pullsafe.web;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Every role's main pages on a desktop: no serious or critical axe-core violation; screenshots. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesAccessibilityUiIT {

  private static final String DEMO_PASSWORD = "demo-pass-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(base, 1280, 900);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "admin@demo.test, /admin/index.xhtml /admin/settings.xhtml /admin/audit.xhtml /admin/webhooks.xhtml /coach/athletes.xhtml /coach/squad.xhtml /coach/index.xhtml /coach/invite.xhtml /account/profile.xhtml",
    "coach.ben@demo.test, /coach/index.xhtml /coach/athletes.xhtml /coach/squad.xhtml /coach/invite.xhtml /account/profile.xhtml",
    "tom@demo.test, /athlete/index.xhtml /athlete/report.xhtml /athlete/program.xhtml /athlete/history.xhtml /account/profile.xhtml",
    "admin@portal.test, /platform/index.xhtml /account/profile.xhtml"
  })
  void mainPagesHaveNoSeriousViolations(String email, String pages) {
    browser.signIn(email, email.endsWith("@portal.test") ? "platform-pass-2026" : DEMO_PASSWORD);
    for (String page : pages.split(" ")) {
      browser.open(page);
      browser.assertAccessible(page);
      browser.fullPageScreenshot(
          "desktop-" + email.replaceAll("@.*", "") + page.replaceAll("[/.]+", "-"));
    }
    if (email.startsWith("coach.ben")) {
      browser.open("/coach/index.xhtml");
      browser.clickAndWaitForReload(By.cssSelector("#queueForm\\:queue_data > tr a.ps-button"));
      browser.assertAccessible("review page");
      browser.fullPageScreenshot("desktop-coach-review");
      browser.open("/coach/athletes.xhtml");
      browser.clickAndWaitForReload(By.cssSelector("#list\\:athletes_data > tr a"));
      browser.assertAccessible("athlete page");
      browser.fullPageScreenshot("desktop-coach-athlete");
    }
  }

  @Test
  void thePagesWithoutSignInHaveNoSeriousViolations() {
    for (String page :
        List.of(
            "/login.xhtml", "/password/forgot.xhtml", "/password/set.xhtml?token=psl_not-a-link")) {
      browser.open(page);
      browser.assertAccessible(page);
      browser.fullPageScreenshot("phone-public" + page.replaceAll("[/.?=_]+", "-"));
    }
  }
}

package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.PageSession;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages under their Content-Security-Policy in Chromium: every page each role reaches runs
 * without the browser refusing a script, handler or style (read from the console), and the report,
 * settings and review forms work by ajax and by a full postback, a dialog opens from a button's
 * {@code oncomplete} handler. A form posted without its page's nonce is refused as stale and stores
 * nothing. (Every other browser test fails on a violation too: {@link Browser#waitForPage()}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyUiIT {

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

  @Test
  void everyPageOfEveryRoleRunsWithoutAViolation() {
    RichTenant tenant = RichTenant.create(base);
    List<String[]> people = new ArrayList<>();
    people.add(new String[] {tenant.athletes.get(0).email(), RichTenant.PASSWORD});
    people.add(new String[] {tenant.athletes.get(1).email(), RichTenant.PASSWORD});
    people.add(new String[] {tenant.coach.email(), RichTenant.PASSWORD});
    people.add(new String[] {tenant.adminEmail, RichTenant.PASSWORD});
    people.add(new String[] {"admin@portal.test", "platform-pass-2026"});
    people.add(new String[] {"mia@demo.test", "demo-pass-2026"});

    List<String> violations = new ArrayList<>();
    int pages = 0;
    for (String[] person : people) {
      Set<String> reachable = reachablePages(person[0], person[1]);
      pages += reachable.size();
      try (Browser own = Browser.open(base, 1280, 900)) {
        own.signIn(person[0], person[1]);
        for (String path : reachable) {
          own.openAndListViolations(path)
              .forEach(v -> violations.add(person[0] + " " + path + ": " + v));
        }
      }
    }

    assertEquals(List.of(), violations);
    assertTrue(pages > 40, "the crawl reached only " + pages + " pages");
  }

  @Test
  void thePagesWithoutSignInRunWithoutAViolation() {
    for (String path :
        List.of(
            "/login.xhtml",
            "/password/forgot.xhtml",
            "/password/set.xhtml?token=psl_not-a-link",
            "/error/unavailable.html",
            "/no-such-page.xhtml")) {
      assertEquals(List.of(), browser.openAndListViolations(path), path);
    }
    browser.openAndListViolations("/api-docs.html");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("swagger-ui")).getText().contains("/api/v1/me"));
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "/api-docs.html");
  }

  @Test
  void theSettingsFormSavesByAjaxAndByAFullPostback() {
    Team team = new Team(base, "csp-settings");
    browser.signIn(team.adminEmail, Team.PASSWORD);

    browser.open("/admin/settings.xhtml");
    browser.type("settings:cap", "4,5");
    browser.clickAndWaitForAjax(By.id("settings:save"));
    browser.open("/admin/settings.xhtml");
    browser.type("settings:walking", "75");
    browser.submitWithoutAjax("settings:save");

    assertTrue(browser.driver().getCurrentUrl().contains("/admin/settings.xhtml"));
    browser.open("/admin/settings.xhtml");
    assertEquals("4.5", valueOf("settings:cap"));
    assertEquals("75", valueOf("settings:walking"));
  }

  @Test
  void theReportFormSubmitsByAjaxAndByAFullPostback() {
    Team team = new Team(base, "csp-report");
    Team.Person athlete = team.athlete("Cleo Policy");
    browser.signIn(athlete.email(), Team.PASSWORD);

    browser.open("/athlete/report.xhtml");
    fillReport("100", "30");
    browser.driver().findElement(By.id("report:submit")).click();
    browser.await(By.id("summary"));
    browser.open("/athlete/report.xhtml");
    fillReport("90", "40");
    browser.submitWithoutAjax("report:submit");
    browser.await(By.id("summary"));

    browser.open("/athlete/history.xhtml");
    String weeks = browser.text(By.id("weeks"));
    assertTrue(weeks.contains("100 kg × 5") && weeks.contains("90 kg × 5"), weeks);
  }

  @Test
  void theReviewFormSubmitsByAjaxAndByAFullPostback() {
    Team team = new Team(base, "csp-review");
    Team.Person athlete = team.athlete("Remy Policy");
    long thisWeek = team.report(athlete, 0, Team.amber());
    long lastWeek = team.report(athlete, 1, Team.amber());
    browser.signIn(team.coach.email(), Team.PASSWORD);

    browser.open("/coach/review.xhtml?id=" + thisWeek);
    browser.pick("review:decision", "Confirm the triage");
    browser.clickAndWaitForAjax(By.id("review:submit"));
    browser.await(By.id("review-summary"));
    browser.open("/coach/review.xhtml?id=" + lastWeek);
    browser.pick("review:decision", "Confirm the triage");
    browser.submitWithoutAjax("review:submit");

    browser.await(By.id("review-summary"));
  }

  @Test
  void theCoachDialogOpensFromItsButtonsOncompleteHandlerAndSaves() {
    Team team = new Team(base, "csp-dialog");
    team.athlete("Dana Dialog");
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/coach/athletes.xhtml");
    assertTrue(browser.text(By.id("list:athletes")).contains("Cora Coach"));

    browser.clickAndWaitForAjax(By.id("list:athletes:0:reassign"));
    browser.awaitVisible(By.id("reassignDlg"));
    browser.selectFromMenu("reassign:newCoach", "No coach");
    browser.clickAndWaitForAjax(By.id("reassign:save"));

    String athletes = browser.text(By.id("list:athletes"));
    assertTrue(athletes.contains("No coach") && !athletes.contains("Cora Coach"), athletes);
  }

  @Test
  void aFormPostedWithoutItsNonceIsRefusedAsStaleAndStoresNothing() {
    Team team = new Team(base, "csp-no-nonce");
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/admin/settings.xhtml");
    String walking = valueOf("settings:walking");

    browser.type("settings:walking", "99");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.querySelectorAll('input[name=\""
                + PageSession.NONCE_FIELD
                + "\"]')"
                + ".forEach(function (input) { input.remove(); });");
    browser.submitWithoutAjax("settings:save");

    assertTrue(browser.driver().getCurrentUrl().contains("/admin/settings.xhtml"));
    assertTrue(
        browser.text(By.id("messages")).contains("fresh copy"), browser.text(By.id("messages")));
    assertEquals(walking, valueOf("settings:walking"));
  }

  /** The pages {@code email} reaches by following links, as {@link EveryPageIT} crawls them. */
  private Set<String> reachablePages(String email, String password) {
    PageSession session = new PageSession(base);
    PageCrawler crawl = new PageCrawler(session).crawl(session.signIn(email, password).path());
    assertEquals(List.of(), crawl.failures(), email);
    return crawl.visited();
  }

  private void fillReport(String topSetKg, String walking) {
    browser.type("report:topSetKg", topSetKg);
    browser.type("report:topSetReps", "5");
    browser.type("report:walking", walking);
  }

  private String valueOf(String id) {
    return browser.driver().findElement(By.id(id)).getAttribute("value");
  }
}

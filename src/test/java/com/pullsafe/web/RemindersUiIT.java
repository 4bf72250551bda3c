package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * Weekly reminders in the browser on a phone: the tenant admin sets the day, hour and time zone (a
 * wrong zone named next to its field, nothing stored), the coach's start page lists who has not
 * reported this week, an athlete turns reminders off on the profile, and a broken unsubscribe link
 * says so; no accessibility or CSP violation on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Browser browser;

  @BeforeEach
  void open() {
    browser = Browser.phone(base);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void anAdminSetsTheReminderTimeAndAWrongTimeZoneIsNamedNextToItsField() {
    Team team = new Team(base, "reminder-settings");
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/admin/settings.xhtml");

    browser.selectFromMenu("reminders:day", "Friday");
    browser.selectFromMenu("reminders:hour", "07:00");
    browser.type("reminders:timeZone", "Mars/Base");
    browser.clickAndWaitForAjax(By.id("reminders:save"));

    assertTrue(
        browser
            .fieldText("reminders:timeZone")
            .contains("must be a time zone of the IANA database"),
        browser.fieldText("reminders:timeZone"));
    assertEquals(
        "Mars/Base",
        browser.driver().findElement(By.id("reminders:timeZone")).getAttribute("value"));
    browser.assertAccessible("settings page with a wrong time zone");
    assertEquals("UTC", reminders(team).getString("timeZone"), "stored anyway");

    browser.type("reminders:timeZone", "Europe/Berlin");
    browser.clickAndWaitForAjax(By.id("reminders:save"));
    browser.open("/admin/settings.xhtml");

    JsonObject stored = reminders(team);
    assertEquals("FRIDAY", stored.getString("day"));
    assertEquals(7, stored.getInt("hour"));
    assertEquals("Europe/Berlin", stored.getString("timeZone"));
    assertEquals(
        "Europe/Berlin",
        browser.driver().findElement(By.id("reminders:timeZone")).getAttribute("value"));
    assertTrue(browser.text(By.id("reminders:day")).contains("Friday"));
    browser.assertAccessible("settings page with reminders saved");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations());
  }

  @Test
  void theCoachSeesWhoHasNotReportedThisWeek() {
    Team team = new Team(base, "not-reported");
    Team.Person reported = team.athlete("Rita Reported");
    Team.Person missing = team.athlete("Max Missing");
    team.report(reported, 0, Team.amber());

    browser.signIn(team.coach.email(), Team.PASSWORD);
    browser.open("/coach/index.xhtml");

    assertTrue(
        browser.text(By.id("notReportedCount")).contains("1 athlete has not reported yet"),
        browser.text(By.id("notReportedCount")));
    String list = browser.text(By.id("notReportedForm:notReported"));
    assertTrue(list.contains(missing.name()), list);
    assertFalse(list.contains(reported.name()), list);
    browser.assertAccessible("coach start page with the not-reported list");
    browser.clickAndWaitForUrl(By.id("notReportedForm:notReported:0:openAthlete"), "athlete.xhtml");
    assertTrue(browser.driver().getCurrentUrl().contains("id=" + missing.id()));
    assertEquals(List.of(), browser.contentSecurityPolicyViolations());
  }

  @Test
  void anAthleteTurnsRemindersOffOnTheProfileAndABrokenUnsubscribeLinkSaysSo() {
    Team team = new Team(base, "reminder-choice");
    Team.Person athlete = team.athlete("Ola Optout");

    browser.open("/unsubscribe.xhtml?token=psu_not-a-real-one");
    assertTrue(browser.text(By.id("linkInvalid")).contains("This link does not work"));
    browser.assertAccessible("unsubscribe page with a broken link");

    browser.signIn(athlete.email(), Team.PASSWORD);
    browser.open("/account/profile.xhtml");
    browser.tick("reminders:wanted", false);
    browser.clickAndWaitForAjax(By.id("reminders:save"));
    browser.open("/account/profile.xhtml");

    assertFalse(
        browser
            .driver()
            .findElement(
                By.xpath("//*[@id='reminders:wanted']//div[contains(@class,'ui-chkbox-box')]"))
            .getAttribute("class")
            .contains("ui-state-active"),
        "still ticked");
    assertFalse(
        team.api
            .get("/api/v1/me/reminders", athlete.auth())
            .expect(200)
            .object()
            .getBoolean("enabled"));
    browser.assertAccessible("profile with reminders off");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations());
  }

  private static JsonObject reminders(Team team) {
    return team.api.get("/api/v1/settings/reminders", team.admin).expect(200).object();
  }
}

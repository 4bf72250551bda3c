package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Api.TenantFixture;
import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Mailbox;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Invitations and password resets in headless Chromium at phone width, with the real mail: invite →
 * the mailed link → choose a password → sign in; forgot password → the link → sign in, with the
 * same answer for an address without an account; a CSV list previewed with its problems; a used and
 * an expired link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationsUiIT {

  private static final String CHOSEN = "my-own-choice-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  @TempDir Path files;
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
  void anInvitedAthleteChoosesAPasswordThroughTheMailedLinkSignsInAndTheLinkThenNoLongerWorks() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("uinv");
    String coach = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coach, null);
    String athlete = tenant.email("mia");

    browser.signIn(coach, Api.NEW_PASSWORD);
    browser.openMenu();
    browser.clickAndWaitForReload(By.id("nav-invite"));
    browser.assertAccessible("invitation page");
    browser.type("single:name", "Mia Invited");
    browser.type("single:email", athlete);
    browser.clickAndWaitForReload(By.id("single:send"));
    assertTrue(browser.text(By.id("messages")).contains("Invitation sent to " + athlete));
    browser.screenshot("invite-sent");
    browser.signOut();

    String path = setPasswordPath(Mailbox.awaitMail(athlete, 1));
    browser.open(path);
    assertEquals("Welcome to PullSafe", browser.text(By.id("page-title")));
    assertEquals(athlete, browser.driver().findElement(By.id("set:account")).getAttribute("value"));
    browser.assertAccessible("set-password page");
    browser.type("set:password", "too-short");
    browser.type("set:repeat", "too-short");
    browser.clickAndWaitForReload(By.id("set:save"));
    assertTrue(
        browser.fieldText("set:password").contains("must be at least 10 characters"),
        browser.fieldText("set:password"));
    browser.screenshot("set-password-refused");

    browser.type("set:password", CHOSEN);
    browser.type("set:repeat", CHOSEN);
    browser.clickAndWaitForUrl(By.id("set:save"), "/login.xhtml");
    assertTrue(browser.text(By.id("messages")).contains("Your password is saved"));
    browser.signIn(athlete, CHOSEN);
    assertEquals("My training", browser.text(By.id("page-title")));
    browser.signOut();

    browser.open(path);
    assertTrue(browser.text(By.id("linkInvalid")).contains("expired or was already used"));
    assertTrue(browser.driver().findElements(By.id("set:save")).isEmpty());
  }

  @Test
  void forgotPasswordAnswersAlikeForAnyAddressAndTheLinkResetsThePassword() {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("ufgt");
    String coach = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coach, null);

    browser.open("/login.xhtml");
    browser.clickAndWaitForReload(By.id("forgotPassword"));
    browser.assertAccessible("forgot-password page");
    String unknownAnswer = requestReset(tenant.email("nobody"));
    String knownAnswer = requestReset(coach);
    assertEquals(unknownAnswer, knownAnswer);
    assertTrue(knownAnswer.contains("If an account uses this address"), knownAnswer);

    browser.open(setPasswordPath(Mailbox.awaitMail(coach, 1)));
    assertEquals("Choose a new password", browser.text(By.id("page-title")));
    browser.type("set:password", CHOSEN);
    browser.type("set:repeat", CHOSEN + "x");
    browser.clickAndWaitForReload(By.id("set:save"));
    assertTrue(browser.fieldText("set:repeat").contains("does not match"));
    browser.type("set:password", CHOSEN);
    browser.type("set:repeat", CHOSEN);
    browser.clickAndWaitForUrl(By.id("set:save"), "/login.xhtml");

    browser.signIn(coach, Api.NEW_PASSWORD);
    assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
    browser.signIn(coach, CHOSEN);
    assertEquals("Coaching", browser.text(By.id("page-title")));
    assertTrue(Mailbox.to(tenant.email("nobody")).isEmpty());
  }

  @Test
  void anExpiredLinkSaysSoAndOffersANewOne() throws SQLException {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("uexp");
    String coach = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coach, null);
    browser.open("/password/forgot.xhtml");
    requestReset(coach);
    String path = setPasswordPath(Mailbox.awaitMail(coach, 1));
    try (Connection db = Database.connect();
        PreparedStatement expire =
            db.prepareStatement(
                "update password_link set expires_at = now() - interval '1 second'"
                    + " where account_id = (select id from app_user where email = ?)")) {
      expire.setString(1, coach);
      assertEquals(1, expire.executeUpdate());
    }

    browser.open(path);

    assertTrue(browser.text(By.id("linkInvalid")).contains("expired"));
    browser.assertAccessible("expired link");
    browser.clickAndWaitForReload(By.id("newLink"));
    assertTrue(browser.driver().getCurrentUrl().contains("/password/forgot.xhtml"));
  }

  @Test
  void aTenantAdminPreviewsACsvListWithItsProblemsAndSendsTheCorrectedOne() throws IOException {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("ucsv");
    String coach = tenant.email("coach");
    api.newPerson("coaches", tenant.admin(), coach, null);
    String athlete = tenant.email("athlete");
    String newCoach = tenant.email("carl");
    String header = "name,email,role,coach\n";
    String good =
        "Ada Athlete,"
            + athlete
            + ",athlete,"
            + coach
            + "\n"
            + "Carl Coach,"
            + newCoach
            + ",coach,\n";
    Path bad =
        Files.writeString(
            files.resolve("bad.csv"), header + good + "Nobody,not-an-address,athlete,\n");
    Path fixed = Files.writeString(files.resolve("fixed.csv"), header + good);

    browser.signIn(tenant.email("admin"), Api.NEW_PASSWORD);
    browser.open("/coach/invite.xhtml");
    browser.driver().findElement(By.id("list:file")).sendKeys(bad.toString());
    browser.clickAndWaitForReload(By.id("list:preview"));

    assertTrue(browser.text(By.id("summary")).contains("Some rows have problems"));
    String table = browser.text(By.id("rows:table"));
    assertTrue(table.contains("E-mail: "), table);
    assertTrue(browser.driver().findElements(By.id("rows:sendAll")).isEmpty());
    browser.assertAccessible("invitation preview");
    browser.fullPageScreenshot("invite-preview-problems");
    assertEquals(0, Database.number("select count(*) from app_user where email = ?", athlete));

    browser.driver().findElement(By.id("list:file")).sendKeys(fixed.toString());
    browser.clickAndWaitForReload(By.id("list:preview"));
    assertTrue(browser.text(By.id("summary")).contains("Every row can be sent"));
    browser.clickAndWaitForReload(By.id("rows:sendAll"));

    assertTrue(browser.text(By.id("messages")).contains("Invitations sent: 2"));
    assertFalse(Mailbox.awaitMail(athlete, 1).isBlank());
    assertFalse(Mailbox.awaitMail(newCoach, 1).isBlank());
  }

  @Test
  void anAddressTakenInAnotherTenantPreviewsCleanAndOnlySendingNamesItsRow() throws IOException {
    Api api = new Api(base);
    TenantFixture tenant = api.newTenant("uhide");
    TenantFixture other = api.newTenant("uother");
    String taken = other.email("taken");
    api.newPerson("athletes", other.admin(), taken, null);
    String fresh = tenant.email("fresh");
    Path list =
        Files.writeString(
            files.resolve("elsewhere.csv"),
            "name,email\nTaken Elsewhere," + taken + "\nFresh Athlete," + fresh + "\n");

    browser.signIn(tenant.email("admin"), Api.NEW_PASSWORD);
    browser.open("/coach/invite.xhtml");
    browser.driver().findElement(By.id("list:file")).sendKeys(list.toString());
    browser.clickAndWaitForReload(By.id("list:preview"));
    assertTrue(browser.text(By.id("summary")).contains("Every row can be sent"));

    browser.clickAndWaitForReload(By.id("rows:sendAll"));

    assertTrue(browser.text(By.id("messages")).contains("Nobody was invited"));
    String table = browser.text(By.id("rows:table"));
    assertTrue(table.contains("E-mail: cannot be used; choose another"), table);
    assertTrue(browser.driver().findElements(By.id("rows:sendAll")).isEmpty());
    browser.assertAccessible("invitation refused on sending");
    assertEquals(0, Database.number("select count(*) from app_user where email = ?", fresh));
  }

  /** Asks for a reset link on the forgot-password page; the page's answer. */
  private String requestReset(String email) {
    browser.type("forgot:email", email);
    browser.clickAndWaitForReload(By.id("forgot:submit"));
    return browser.text(By.id("messages"));
  }

  /**
   * The mailed link on this test server: its path and token (the mail names the configured URL).
   */
  private static String setPasswordPath(String mail) {
    return "/password/set.xhtml?token=" + Mailbox.token(mail);
  }
}

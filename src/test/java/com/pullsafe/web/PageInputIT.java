package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.shared.StorableText;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.PageSession;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile values typed into the pages' forms, posted over HTTP as a browser would: a number of 200
 * 000 characters and text with U+0000 are refused next to their field, never with a server error,
 * and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageInputIT {

  private static final String HUGE_NUMBER = "1." + "0".repeat(200_000);
  private static final String TOO_LONG = "must be a number of at most 20 characters";
  private static final String UNSTORABLE = StorableText.REFUSAL;

  private static Team team;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  private synchronized Team team() {
    if (team == null) {
      team = new Team(base, "page-input");
    }
    return team;
  }

  private PageSession signedIn(String email) {
    PageSession session = new PageSession(base);
    session.signIn(email, Team.PASSWORD);
    return session;
  }

  private static long reportsOf(Team.Person athlete) {
    return Database.number("select count(*) from weekly_report where athlete_id = ?", athlete.id());
  }

  private static void assertRefusedNextTo(PageSession.Page answer, String clientId, String text) {
    assertEquals(200, answer.status(), answer.html());
    assertEquals(text, answer.fieldMessage(clientId), answer.html());
  }

  /** The message next to a number field names its question (its label) before the refusal. */
  private static void assertRefusedNextTo(
      PageSession.Page answer, String clientId, String label, String text) {
    assertRefusedNextTo(answer, clientId, label + ": " + text);
  }

  @Test
  void aTopSetOfTwoHundredThousandCharactersIsRefusedNextToItsField() {
    Team.Person athlete = team().athlete("Hugo Huge");
    PageSession session = signedIn(athlete.email());
    PageSession.Page form = session.get("/athlete/report.xhtml");
    Map<String, String> fields = form.formFields("report");
    fields.put("report:topSetKg", HUGE_NUMBER);
    fields.put("report:topSetReps", "3");
    fields.put("report:walking", "90");

    PageSession.Page answer = session.submit(form, "report", "report:submit", fields);

    assertRefusedNextTo(answer, "report:topSetKg", "Heaviest deadlift set (kg)", TOO_LONG);
    assertEquals(0, reportsOf(athlete));
  }

  @Test
  void reportNotesWithUPlus0000AreRefusedNextToTheirField() {
    Team.Person athlete = team().athlete("Nora Nul");
    PageSession session = signedIn(athlete.email());
    PageSession.Page form = session.get("/athlete/report.xhtml");
    Map<String, String> fields = form.formFields("report");
    fields.put("report:walking", "90");
    fields.put("report:notes", "felt fine\u0000");

    PageSession.Page answer = session.ajaxForm(form, "report", "report:submit", fields);

    assertRefusedNextTo(answer, "report:notes", UNSTORABLE);
    assertEquals(0, reportsOf(athlete));
  }

  @Test
  void aSettingOfTwoHundredThousandCharactersIsRefusedNextToItsFieldAndNothingChanges() {
    PageSession session = signedIn(team().adminEmail);
    PageSession.Page form = session.get("/admin/settings.xhtml");
    Map<String, String> before = form.formFields("settings");
    Map<String, String> fields = form.formFields("settings");
    fields.put("settings:cap", HUGE_NUMBER);
    fields.put("settings:plate", "2" + "5".repeat(100_000));

    PageSession.Page answer = session.ajaxForm(form, "settings", "settings:save", fields);

    assertRefusedNextTo(answer, "settings:cap", "Weekly progression cap (%)", TOO_LONG);
    assertRefusedNextTo(answer, "settings:plate", "Plate increment (kg)", TOO_LONG);
    assertEquals(before, session.get("/admin/settings.xhtml").formFields("settings"));
  }

  @Test
  void aReviewWithAHugeLoadOrANoteWithUPlus0000IsRefusedNextToTheFieldAndNotStored() {
    Team.Person athlete = team().athlete("Rex Review");
    long report = team().report(athlete, 0, Team.amber());
    PageSession session = signedIn(team().coach.email());
    String page = "/coach/review.xhtml?id=" + report;

    PageSession.Page form = session.get(page);
    String row = catalogRow(form, "Rack pull");
    // Ticking an exercise is a request of its own, which shows the exercise's dose fields.
    PageSession.Page ticked =
        session.ajaxEvent(
            form,
            "review",
            row + ":selected",
            "change",
            row + ":dose",
            Map.of(row + ":selected_input", "on"));
    String load = row + ":loadKg";
    assertTrue(ticked.html().contains("id=\"" + load + "\""), ticked.html());
    Map<String, String> fields = form.formFields("review");
    fields.put(row + ":selected_input", "on");
    fields.put(load, HUGE_NUMBER);
    PageSession.Page hugeLoad = session.ajaxForm(form, "review", "review:submit", fields);

    form = session.get(page);
    fields = form.formFields("review");
    fields.put("review:note", "Rest\u0000 a week");
    PageSession.Page nulNote = session.ajaxForm(form, "review", "review:submit", fields);

    assertRefusedNextTo(hugeLoad, load, "Load (kg)", TOO_LONG);
    assertRefusedNextTo(nulNote, "review:note", UNSTORABLE);
    assertEquals(0, Database.number("select count(*) from review where report_id = ?", report));
  }

  @Test
  void aTokenNameWithUPlus0000IsRefusedNextToItsField() {
    Team.Person athlete = team().athlete("Tina Token");
    PageSession session = signedIn(athlete.email());
    PageSession.Page form = session.get("/athlete/profile.xhtml");
    Map<String, String> fields = form.formFields("tokens");
    fields.put("tokens:name", "phone\u0000");

    PageSession.Page answer = session.submit(form, "tokens", "tokens:create", fields);

    assertRefusedNextTo(answer, "tokens:name", UNSTORABLE);
    assertEquals(
        0,
        Database.number(
            "select count(*) from access_token t join app_user u on u.id = t.account_id"
                + " where u.email = ?",
            athlete.email()));
  }

  @Test
  void aCoachNameWithUPlus0000IsRefusedNextToItsField() {
    PageSession session = signedIn(team().adminEmail);
    PageSession.Page form = session.get("/admin/index.xhtml");
    String email = "nul-coach@" + team().slug + ".test";
    Map<String, String> fields = form.formFields("coach");
    fields.put("coach:name", "Nul\u0000 Coach");
    fields.put("coach:email", email);
    fields.put("coach:password", Team.PASSWORD);

    PageSession.Page answer = session.ajaxForm(form, "coach", "coach:submit", fields);

    assertRefusedNextTo(answer, "coach:name", UNSTORABLE);
    assertEquals(0, Database.number("select count(*) from app_user where email = ?", email));
  }

  @Test
  void aSignInWithUPlus0000IsRefusedNextToTheField() {
    PageSession session = new PageSession(base);
    PageSession.Page form = session.get("/login.xhtml");

    PageSession.Page answer =
        session.submit(
            form,
            "login",
            "login:submit",
            Map.of("login:email", "mia\u0000@demo.test", "login:password", "demo-pass-2026"));

    assertRefusedNextTo(answer, "login:email", UNSTORABLE);
  }

  @Test
  void aPasswordResetRequestWithUPlus0000IsRefusedNextToTheField() {
    PageSession session = new PageSession(base);
    PageSession.Page form = session.get("/password/forgot.xhtml");

    PageSession.Page answer =
        session.submit(
            form, "forgot", "forgot:submit", Map.of("forgot:email", "mia\u0000@demo.test"));

    assertRefusedNextTo(answer, "forgot:email", UNSTORABLE);
  }

  @Test
  void anAuditFilterWithUPlus0000IsRefusedNextToItsField() {
    PageSession session = signedIn(team().adminEmail);
    PageSession.Page form = session.get("/admin/audit.xhtml");
    Map<String, String> fields = form.formFields("audit");
    fields.put("audit:actor", "coach\u0000");

    PageSession.Page answer =
        session.ajaxEvent(
            form, "audit", "audit:actor", "keyup", "audit:entries audit:actorMessage", fields);

    assertRefusedNextTo(answer, "audit:actor", UNSTORABLE);
  }

  @Test
  void anIdWithUPlus0000OrOfTenThousandDigitsIsNotFound() {
    PageSession session = signedIn(team().coach.email());

    for (String id : new String[] {"%00", "1%00", "9".repeat(10_000), "-1", "1e3"}) {
      PageSession.Page answer = session.get("/coach/review.xhtml?id=" + id);
      assertEquals(404, answer.status(), id.length() > 20 ? "a long id" : id);
      assertTrue(answer.html().contains("Not found"), answer.html());
    }
  }

  /** The client id prefix of the exercise's entry in the review page's catalog. */
  private static String catalogRow(PageSession.Page page, String exercise) {
    Matcher checkbox =
        Pattern.compile(
                "<input id=\"([^\"]+):selected_input\"[^>]*aria-label=\""
                    + Pattern.quote(exercise)
                    + "\"")
            .matcher(page.html());
    assertTrue(checkbox.find(), exercise + " is not in the catalog");
    return checkbox.group(1);
  }
}

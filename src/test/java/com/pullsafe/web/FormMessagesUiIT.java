package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Messages in the user's words, at phone and desktop sizes: each message on a refused form names
 * the question as the page asks it (never the API's field), and the top of the form says how many
 * answers need attention, each a link that takes the focus to its input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormMessagesUiIT {

  private static final By SUMMARY = By.cssSelector("[data-error-summary]");
  private static final By SUMMARY_LINKS = By.cssSelector("[data-error-summary] a");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  private Browser browser(String size) {
    return size.equals("phone") ? Browser.phone(base) : Browser.open(base, 1280, 900);
  }

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"phone", "desktop"})
  void aRefusedReportSaysHowManyAnswersNeedAttentionInTheFormsWords(String size) {
    Team.Person athlete = new Team(base, "words-" + size).athlete("Wanda Words");
    try (Browser browser = browser(size)) {
      browser.signIn(athlete.email(), Team.PASSWORD);
      browser.open("/athlete/report.xhtml");
      browser.choose("report:painScore", "3");
      browser.type("report:topSetKg", "140");
      browser.clickAndWaitForAjax(By.id("report:submit"));

      List<String> expected =
          List.of(
              "Reps in that set: is required when you give the weight of that set",
              "Walking, minutes a day on average: is required",
              "How did it feel?: is required when you had pain after pulling: say how the pain"
                  + " felt");
      assertEquals("3 answers need attention", browser.text(By.id("errorSummaryTitle")));
      assertEquals(
          expected,
          browser.driver().findElements(SUMMARY_LINKS).stream().map(WebElement::getText).toList());
      assertTrue(
          browser.fieldText("report:topSetReps").contains(expected.get(0)),
          browser.fieldText("report:topSetReps"));
      assertTrue(
          browser.fieldText("report:walking").contains(expected.get(1)),
          browser.fieldText("report:walking"));
      assertTrue(
          browser.fieldText("report:painCharacter").contains(expected.get(2)),
          browser.fieldText("report:painCharacter"));
      String page = browser.text(By.id("main"));
      for (String apiField : List.of("topSetKg", "topSetReps", "painScore", "painCharacter")) {
        assertFalse(page.contains(apiField), apiField + " named on the page: " + page);
      }
      assertEquals(
          "errorSummaryTitle",
          browser.driver().switchTo().activeElement().getAttribute("aria-labelledby"),
          "the summary takes the focus, so that a screen reader reads it first");
      browser.assertAccessible("refused report, " + size);
      browser.screenshot(size + "-report-error-summary");

      browser.driver().findElements(SUMMARY_LINKS).get(1).click();
      assertEquals(
          "report:walking", browser.driver().switchTo().activeElement().getAttribute("id"));
      browser.driver().findElements(SUMMARY_LINKS).get(2).click();
      assertTrue(
          browser
              .driver()
              .switchTo()
              .activeElement()
              .getAttribute("id")
              .startsWith("report:painCharacter"),
          browser.driver().switchTo().activeElement().getAttribute("id"));

      browser.type("report:topSetReps", "3");
      browser.type("report:walking", "90");
      browser.pick("report:painCharacter", "Dull ache");
      browser.clickAndWaitForReload(By.id("report:submit"));
      assertTrue(browser.driver().findElements(SUMMARY).isEmpty());
    }
  }

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"phone", "desktop"})
  void anotherFormsMessagesNameItsQuestionsToo(String size) {
    Team.Person athlete = new Team(base, "pw-" + size).athlete("Paula Password");
    try (Browser browser = browser(size)) {
      browser.signIn(athlete.email(), Team.PASSWORD);
      browser.open("/account/profile.xhtml");
      browser.type("password:current", "not-my-password-at-all");
      browser.type("password:new", "seven unrelated words here");
      browser.type("password:repeat", "seven unrelated words there");
      browser.clickAndWaitForAjax(By.id("password:change"));

      assertEquals("1 answer needs attention", browser.text(By.id("errorSummaryTitle")));
      assertEquals(
          List.of("New password again: does not match the new password"),
          browser.driver().findElements(SUMMARY_LINKS).stream().map(WebElement::getText).toList());
      assertTrue(
          browser.fieldText("password:repeat").contains("New password again: does not match"),
          browser.fieldText("password:repeat"));
      browser.assertAccessible("refused password change, " + size);
    }
  }
}

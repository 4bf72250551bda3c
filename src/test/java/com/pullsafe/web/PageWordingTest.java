package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportValidator;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.testing.TestValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageWordingTest {

  private static final IsoWeek LATEST = IsoWeek.parse("2026-W47");
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator FOR_PAGES =
      FACTORY
          .usingContext()
          .messageInterpolator(new PageWording(FACTORY.getMessageInterpolator()))
          .getValidator();

  /** Pain without saying how it felt, and a weight without its reps. */
  private static final NewReport INCOMPLETE =
      NewReport.builder("2026-W47")
          .topSet("140", null)
          .walking(110)
          .pain(2, null, "LOCALIZED", false, "DURING_SET", 1)
          .build();

  private static List<InvalidInput.FieldError> refusals(Validator validator) {
    return assertThrows(
            InvalidInput.class, () -> new ReportValidator(validator, LATEST).validate(INCOMPLETE))
        .errors();
  }

  @Test
  void pagesAreToldTheRulesInTheFormsWordsWithoutTheApisFieldNames() {
    assertEquals(
        List.of(
            new InvalidInput.FieldError(
                "topSetReps", "is required when you give the weight of that set"),
            new InvalidInput.FieldError(
                "painCharacter",
                "is required when you had pain after pulling: say how the pain felt")),
        refusals(FOR_PAGES));
  }

  @Test
  void theApiKeepsNamingItsFields() {
    assertEquals(
        List.of(
            new InvalidInput.FieldError("topSetReps", "is required when you give topSetKg"),
            new InvalidInput.FieldError(
                "painCharacter",
                "is required when painScore is more than 0: say how the pain felt")),
        refusals(TestValidator.get()));
  }

  @Test
  void aMessageWithoutPageWordingIsInterpolatedAsUsual() {
    assertEquals(
        "{pullsafe.number.range}", PageWording.forPage("{pullsafe.number.range}", Locale.ENGLISH));
    assertEquals(
        "{pullsafe.topSetKg.withReps.onPage}",
        PageWording.forPage("{pullsafe.topSetKg.withReps}", Locale.ENGLISH));
    assertEquals("must be {max}", PageWording.forPage("must be {max}", Locale.ENGLISH));
  }

  /** No page wording names a field the way a request spells it (a camel-case name). */
  @Test
  void noPageWordingNamesAnApiField() throws Exception {
    Properties messages = new Properties();
    try (var in = getClass().getResourceAsStream("/ValidationMessages.properties")) {
      messages.load(in);
    }
    Pattern apiField = Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b");
    messages.stringPropertyNames().stream()
        .filter(key -> key.endsWith(PageWording.SUFFIX))
        .forEach(
            key ->
                assertEquals(
                    false,
                    apiField.matcher(messages.getProperty(key)).find(),
                    key + ": " + messages.getProperty(key)));
  }
}

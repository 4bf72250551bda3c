package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.testing.TestValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Validation messages follow the language of the request (META-INF/validation.xml). */
class LanguageMessageInterpolatorTest {

  record Named(
      @NotNull(message = "{pullsafe.required}") String name,
      @Size(max = 3, message = "{pullsafe.text.tooLong}") String code) {}

  private static Set<String> messages() {
    Set<String> messages = new TreeSet<>();
    for (ConstraintViolation<Named> v : TestValidator.get().validate(new Named(null, "abcd"))) {
      messages.add(v.getMessage());
    }
    return messages;
  }

  @Test
  void englishWhenNobodyChose() {
    assertEquals(Set.of("is required", "must be at most 3 characters"), messages());
  }

  @Test
  void germanForAGermanRequest() {
    assertEquals(
        Set.of("ist erforderlich", "darf höchstens 3 Zeichen lang sein"),
        Language.during(Locale.GERMAN, LanguageMessageInterpolatorTest::messages));
  }
}

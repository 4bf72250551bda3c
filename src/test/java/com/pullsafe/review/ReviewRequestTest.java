package com.pullsafe.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.program.NewAssignment;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.Violations;
import com.pullsafe.testing.TestValidator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A review request as its constraints check it. */
class ReviewRequestTest {

  private static Decision validate(ReviewRequest request) {
    return Violations.requireValid(TestValidator.get(), request).decisionOrNull();
  }

  private static List<String> refused(ReviewRequest request) {
    return assertThrows(InvalidInput.class, () -> validate(request)).errors().stream()
        .map(InvalidInput.FieldError::field)
        .toList();
  }

  @Test
  void aConfirmationNeedsNoReason() {
    assertEquals(Decision.CONFIRM, validate(ReviewRequest.confirm(null)));
    assertEquals(Decision.CONFIRM, validate(ReviewRequest.confirm("Well done")));
  }

  @Test
  void anOverrideWithLevelAndReasonIsAccepted() {
    assertEquals(
        Decision.OVERRIDE,
        validate(ReviewRequest.override("GREEN", "Saw the video: the setup is fine")));
  }

  @Test
  void anOverrideWithoutAReasonIsRefused() {
    assertEquals(List.of("reason"), refused(ReviewRequest.override("GREEN", null)));
    assertEquals(List.of("reason"), refused(ReviewRequest.override("GREEN", "   ")));
  }

  @Test
  void anOverrideNeedsAKnownLevel() {
    assertEquals(List.of("overrideLevel"), refused(ReviewRequest.override(null, "why")));
    assertEquals(List.of("overrideLevel"), refused(ReviewRequest.override("PURPLE", "why")));
  }

  @Test
  void theDecisionMustBeKnown() {
    assertEquals(List.of("decision"), refused(new ReviewRequest(null, null, null, null, null)));
    assertEquals(List.of("decision"), refused(new ReviewRequest("MAYBE", null, null, null, null)));
  }

  @Test
  void aConfirmationCarriesNoOverrideLevel() {
    assertEquals(
        List.of("overrideLevel"), refused(new ReviewRequest("CONFIRM", "RED", null, null, null)));
  }

  @Test
  void longTextsAreRefused() {
    assertEquals(List.of("reason"), refused(ReviewRequest.override("AMBER", "x".repeat(1001))));
    assertEquals(
        List.of("noteToAthlete"),
        refused(new ReviewRequest("CONFIRM", null, null, "x".repeat(2001), null)));
  }

  @Test
  void assignmentsAreCheckedFieldByField() {
    ReviewRequest request =
        new ReviewRequest(
            "CONFIRM",
            null,
            null,
            null,
            List.of(
                new NewAssignment("PLANK", 3, 1, null, null),
                new NewAssignment("SUMO_DEADLIFT", 0, 101, new BigDecimal("-1"), "x".repeat(21))));

    assertEquals(
        List.of(
            "assign[1].alternative",
            "assign[1].sets",
            "assign[1].reps",
            "assign[1].loadKg",
            "assign[1].tempo"),
        refused(request));
  }

  @Test
  void textsPostgreSqlCannotStoreAreRefused() {
    assertEquals(
        List.of("reason", "noteToAthlete"),
        refused(new ReviewRequest("OVERRIDE", "AMBER", "numb\u0000", "\uD83D alone", null)));
  }
}

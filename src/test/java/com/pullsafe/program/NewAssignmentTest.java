package com.pullsafe.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.StorableText;
import com.pullsafe.shared.Violations;
import com.pullsafe.testing.TestValidator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A set's amount is bounded by the unit of its catalog entry. */
class NewAssignmentTest {

  private static List<String> refused(NewAssignment assignment) {
    try {
      Violations.requireValid(TestValidator.get(), new NewAssignments(List.of(assignment)));
      return List.of();
    } catch (InvalidInput e) {
      return e.errors().stream().map(err -> err.field() + ": " + err.message()).toList();
    }
  }

  @Test
  void aTwoMinutePlankIsAllowed() {
    assertEquals(List.of(), refused(new NewAssignment("PLANK", 3, 120, null, null)));
  }

  @Test
  void anHourAndAHalfOfWalkingIsAllowed() {
    assertEquals(List.of(), refused(new NewAssignment("WALKING", 1, 90, null, null)));
  }

  @Test
  void aHundredAndTwentyRepsOfALiftAreRefusedNamingTheLimit() {
    assertEquals(
        List.of("assign[0].reps: must be between 1 and 100"),
        refused(new NewAssignment("ROMANIAN_DEADLIFT", 3, 120, null, null)));
  }

  @Test
  void walkingLongerThanFourHoursAtOnceIsRefused() {
    assertEquals(
        List.of("assign[0].reps: must be between 1 and 240"),
        refused(new NewAssignment("WALKING", 1, 241, null, null)));
  }

  /** Comparing or stripping the zeros of such a load once cost seconds of CPU. */
  @Test
  void aLoadWithMoreDigitsThanAnyLoadHasIsRefusedBeforeAnyArithmetic() {
    BigDecimal load = new BigDecimal("100." + "0".repeat(200_000));

    assertEquals(
        List.of("assign[0].loadKg: must be a number of at most 20 digits"),
        refused(new NewAssignment("ROMANIAN_DEADLIFT", 3, 8, load, null)));
  }

  @Test
  void aTempoPostgreSqlCannotStoreIsRefused() {
    assertEquals(
        List.of("assign[0].tempo: " + StorableText.REFUSAL),
        refused(new NewAssignment("ROMANIAN_DEADLIFT", 3, 8, null, "3-1\u00003")));
  }

  @Test
  void aMissingAssignmentIsRefusedNamingItsPlaceInTheList() {
    List<NewAssignment> withAGap = new java.util.ArrayList<>();
    withAGap.add(null);

    InvalidInput refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInput.class,
            () -> Violations.requireValid(TestValidator.get(), new NewAssignments(withAGap)));

    assertEquals(
        List.of("assign[0]: is required"),
        refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
  }
}

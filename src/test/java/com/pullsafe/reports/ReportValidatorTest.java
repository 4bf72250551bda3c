package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.testing.TestValidator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportValidatorTest {

  private static final IsoWeek LATEST = IsoWeek.parse("2026-W47");
  private final ReportValidator validator = new ReportValidator(TestValidator.get(), LATEST);

  private static NewReport.Builder valid() {
    return NewReport.builder("2026-W47").topSet("140", 3).walking(110);
  }

  private List<String> refusedFields(NewReport report) {
    InvalidInput refused = assertThrows(InvalidInput.class, () -> validator.validate(report));
    return refused.errors().stream().map(InvalidInput.FieldError::field).toList();
  }

  @Test
  void aCompleteReportBecomesTheFactsTheTriageReads() {
    ValidReport report =
        validator.validate(
            valid()
                .pain(4, "SHARP", "LOCALIZED", false, "DURING_SET", 3)
                .worseBendingOrExtending()
                .notes("  felt it on the last rep  ")
                .build());

    ReportAnswers facts = report.answers();
    assertEquals(LATEST, report.week());
    assertEquals(new BigDecimal("140"), facts.getTopSetKg());
    assertEquals(4, facts.getPainScore());
    assertEquals(PainCharacter.SHARP, facts.painCharacter());
    assertEquals(Onset.DURING_SET, facts.onset());
    assertTrue(facts.getWorseBendingOrExtending());
    assertFalse(facts.getRadiatesToLeg());
    assertEquals("felt it on the last rep", report.answers().getNotes());
  }

  @Test
  void aWeekWithoutDeadliftingHasNoTopSet() {
    ValidReport report = validator.validate(NewReport.builder("2026-W40").walking(0).build());

    assertNull(report.answers().getTopSetKg());
    assertNull(report.answers().getTopSetReps());
  }

  @Test
  void weekIsRequired() {
    assertEquals(List.of("week"), refusedFields(NewReport.builder(null).walking(110).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-47", "2026-W54", "next week"})
  void weekMustBeAnIsoWeek(String week) {
    assertEquals(List.of("week"), refusedFields(NewReport.builder(week).walking(110).build()));
  }

  @Test
  void theLatestStartedWeekIsAllowedButNotTheNextOne() {
    validator.validate(NewReport.builder("2026-W47").walking(110).build());

    assertEquals(
        List.of("week"), refusedFields(NewReport.builder("2026-W48").walking(110).build()));
  }

  @Test
  void painScoreRunsFrom0To10() {
    validator.validate(valid().painScore(0).build());
    validator.validate(valid().pain(10, "DULL", null, false, null, null).build());

    assertEquals(List.of("painScore"), refusedFields(valid().painScore(11).build()));
    assertEquals(List.of("painScore"), refusedFields(valid().painScore(-1).build()));
    assertEquals(List.of("painScore"), refusedFields(valid().painScore(null).build()));
  }

  @Test
  void painCharacterIsRequiredWhenInPain() {
    assertEquals(
        List.of("painCharacter"),
        refusedFields(valid().pain(1, null, "LOCALIZED", false, "DURING_SET", 1).build()));
  }

  @Test
  void unknownCodesAreRefusedNamingTheirField() {
    assertEquals(
        List.of("painCharacter", "painSpread", "onset"),
        refusedFields(valid().pain(3, "STABBING", "EVERYWHERE", false, "MORNING", 1).build()));
  }

  @Test
  void answersThatDoNotFitTogetherAreRefusedSayingWhatIsMissing() {
    assertEquals(
        List.of(
            new InvalidInput.FieldError("topSetReps", "is required when you give topSetKg"),
            new InvalidInput.FieldError(
                "painCharacter",
                "is required when painScore is more than 0: say how the pain felt")),
        refusals(
            valid()
                .topSet("140", null)
                .pain(2, null, "LOCALIZED", false, "DURING_SET", 1)
                .build()));
    assertEquals(
        List.of(new InvalidInput.FieldError("topSetKg", "is required when you give topSetReps")),
        refusals(valid().topSet(null, 3).build()));
  }

  private List<InvalidInput.FieldError> refusals(NewReport report) {
    return assertThrows(InvalidInput.class, () -> validator.validate(report)).errors();
  }

  @Test
  void topSetNeedsBothKgAndReps() {
    assertEquals(List.of("topSetReps"), refusedFields(valid().topSet("140", null).build()));
    assertEquals(List.of("topSetKg"), refusedFields(valid().topSet(null, 3).build()));
  }

  @Test
  void topSetLimits() {
    validator.validate(valid().topSet("0.5", 1).build());
    validator.validate(valid().topSet("1000", 30).build());

    assertEquals(List.of("topSetKg"), refusedFields(valid().topSet("0", 3).build()));
    assertEquals(List.of("topSetKg"), refusedFields(valid().topSet("1000.5", 3).build()));
    assertEquals(List.of("topSetKg"), refusedFields(valid().topSet("140.125", 3).build()));
    assertEquals(List.of("topSetReps"), refusedFields(valid().topSet("140", 31).build()));
    assertEquals(List.of("topSetReps"), refusedFields(valid().topSet("140", 0).build()));
  }

  @Test
  void daysLastingRunsFrom0To60OrIsAbsentWhileThePainLasts() {
    validator.validate(valid().pain(2, "DULL", null, true, "NEXT_DAY", 0).build());
    validator.validate(valid().pain(2, "DULL", null, true, "NEXT_DAY", 60).build());
    validator.validate(valid().pain(2, "DULL", null, true, "NEXT_DAY", null).build());

    assertEquals(
        List.of("daysLasting"),
        refusedFields(valid().pain(2, "DULL", null, true, "NEXT_DAY", 61).build()));
  }

  @Test
  void walkingIsRequiredAndAtMostADay() {
    validator.validate(valid().walking(1440).build());

    assertEquals(List.of("walkingMinutesPerDay"), refusedFields(valid().walking(1441).build()));
    assertEquals(List.of("walkingMinutesPerDay"), refusedFields(valid().walking(null).build()));
  }

  @Test
  void notesAreAtMost2000Characters() {
    validator.validate(valid().notes("x".repeat(2000)).build());

    assertEquals(List.of("notes"), refusedFields(valid().notes("x".repeat(2001)).build()));
  }

  @Test
  void everyBadFieldIsReportedAtOnceWithAMessage() {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                validator.validate(
                    NewReport.builder("2030-W01")
                        .topSet("-5", 3)
                        .painScore(12)
                        .walking(-1)
                        .build()));

    assertEquals(
        List.of("week", "topSetKg", "painScore", "walkingMinutesPerDay"),
        refused.errors().stream().map(InvalidInput.FieldError::field).toList());
    refused.errors().forEach(e -> assertFalse(e.message().isBlank()));
  }

  /** Comparing or stripping the zeros of such a number once cost seconds of CPU. */
  @Test
  void aTopSetWithMoreDigitsThanAnyLoadHasIsRefusedBeforeAnyArithmetic() {
    NewReport report =
        NewReport.builder("2026-W47").topSet("1." + "0".repeat(200_000), 3).walking(110).build();

    InvalidInput refused = assertThrows(InvalidInput.class, () -> validator.validate(report));

    assertEquals(
        List.of("topSetKg: must be a number of at most 20 digits"),
        refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
  }

  @Test
  void aTopSetWithAnEnormousExponentIsRefusedForItsDecimals() {
    assertEquals(List.of("topSetKg"), refusedFields(valid().topSet("1E-999999999", 3).build()));
    assertEquals(List.of("topSetKg"), refusedFields(valid().topSet("1E+999999999", 3).build()));
  }
}

package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.PainSpread;
import com.pullsafe.reports.answers.ReportAnswers;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.testing.TestValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Domain brief, "The weekly report": with painScore 0 the answers that describe pain are stored as
 * absent, whichever way the report came in; nerve signs and red flags count without pain.
 */
class PainFreeReportTest {

  private final ReportValidator validator =
      new ReportValidator(TestValidator.get(), IsoWeek.parse("2026-W47"));

  /** Every answer about pain given, as a client that does not hide them might send it. */
  private static NewReport.Builder describedPain(int score) {
    return NewReport.builder("2026-W47")
        .topSet("140", 3)
        .walking(110)
        .pain(score, "SHARP", "LOCALIZED", true, "START_OF_PULL", 4)
        .worseBendingOrExtending()
        .atSubmaximalLoads()
        .grindingHeavyReps();
  }

  @Test
  void atPainScore0ThePainDescribingAnswersAreStoredAsAbsent() {
    ReportAnswers facts = validator.validate(describedPain(0).build()).answers();

    assertEquals(0, facts.getPainScore());
    assertNull(facts.painCharacter());
    assertNull(facts.painSpread());
    assertNull(facts.onset());
    assertNull(facts.getDaysLasting());
    assertFalse(facts.getWorseBendingOrExtending());
    assertFalse(facts.getAtSubmaximalLoads());
    assertFalse(facts.getGrindingHeavyReps());
  }

  @Test
  void atPainScore1EveryPainAnswerIsKept() {
    ReportAnswers facts = validator.validate(describedPain(1).build()).answers();

    assertEquals(PainCharacter.SHARP, facts.painCharacter());
    assertEquals(PainSpread.LOCALIZED, facts.painSpread());
    assertEquals(Onset.START_OF_PULL, facts.onset());
    assertEquals(4, facts.getDaysLasting());
    assertTrue(facts.getWorseBendingOrExtending());
    assertTrue(facts.getAtSubmaximalLoads());
    assertTrue(facts.getGrindingHeavyReps());
  }

  @Test
  void nerveSignsAndRedFlagsAreKeptWithoutPain() {
    ReportAnswers facts =
        validator
            .validate(
                describedPain(0)
                    .radiatesToLeg()
                    .numbnessOrTingling()
                    .popFelt()
                    .saddleNumbness()
                    .bothLegs()
                    .build())
            .answers();

    assertTrue(facts.getRadiatesToLeg());
    assertTrue(facts.getNumbnessOrTingling());
    assertTrue(facts.getPopFelt());
    assertTrue(facts.getSaddleNumbness());
    assertTrue(facts.getBothLegs());
  }

  @Test
  void aMisspeltCodeIsRefusedEvenWhenItWouldBeCleared() {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                validator.validate(
                    NewReport.builder("2026-W47")
                        .walking(110)
                        .pain(0, "STABBING", null, false, "LATER", 61)
                        .build()));

    assertEquals(
        List.of("painCharacter", "onset", "daysLasting"),
        refused.errors().stream().map(InvalidInput.FieldError::field).toList());
  }
}

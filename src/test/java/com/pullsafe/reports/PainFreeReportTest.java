package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.platform.InvalidInput;
import com.pullsafe.triage.Onset;
import com.pullsafe.triage.PainCharacter;
import com.pullsafe.triage.PainSpread;
import com.pullsafe.triage.ReportFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Domain brief, "The weekly report": with painScore 0 the answers that describe pain are stored as
 * absent, whichever way the report came in; nerve signs and red flags count without pain.
 */
class PainFreeReportTest {

  private final ReportValidator validator = new ReportValidator(IsoWeek.parse("2026-W47"));

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
    ReportFacts facts = validator.validate(describedPain(0).build()).facts();

    assertEquals(0, facts.painScore());
    assertNull(facts.painCharacter());
    assertNull(facts.painSpread());
    assertNull(facts.onset());
    assertNull(facts.daysLasting());
    assertFalse(facts.worseBendingOrExtending());
    assertFalse(facts.atSubmaximalLoads());
    assertFalse(facts.grindingHeavyReps());
  }

  @Test
  void atPainScore1EveryPainAnswerIsKept() {
    ReportFacts facts = validator.validate(describedPain(1).build()).facts();

    assertEquals(PainCharacter.SHARP, facts.painCharacter());
    assertEquals(PainSpread.LOCALIZED, facts.painSpread());
    assertEquals(Onset.START_OF_PULL, facts.onset());
    assertEquals(4, facts.daysLasting());
    assertTrue(facts.worseBendingOrExtending());
    assertTrue(facts.atSubmaximalLoads());
    assertTrue(facts.grindingHeavyReps());
  }

  @Test
  void nerveSignsAndRedFlagsAreKeptWithoutPain() {
    ReportFacts facts =
        validator
            .validate(
                describedPain(0)
                    .radiatesToLeg()
                    .numbnessOrTingling()
                    .popFelt()
                    .saddleNumbness()
                    .bothLegs()
                    .build())
            .facts();

    assertTrue(facts.radiatesToLeg());
    assertTrue(facts.numbnessOrTingling());
    assertTrue(facts.popFelt());
    assertTrue(facts.saddleNumbness());
    assertTrue(facts.bothLegs());
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

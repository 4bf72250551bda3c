package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.pain;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static com.pullsafe.triage.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalRedFlagRuleTest {

  private final TriageRule rule = new MedicalRedFlagRule();

  @ParameterizedTest
  @ValueSource(strings = {"feverOrUnwell", "recentTrauma", "constantNightPain"})
  void anyGeneralRedFlagWithPainIsRed(String flag) {
    Finding finding = evaluate(rule, with(pain(2, PainCharacter.DULL), flag).build()).orElseThrow();

    assertEquals(FindingCode.MEDICAL_RED_FLAG, finding.code());
    assertEquals(Level.RED, finding.level());
  }

  @ParameterizedTest
  @ValueSource(strings = {"feverOrUnwell", "recentTrauma", "constantNightPain"})
  void aRedFlagWithoutBackPainDoesNotFire(String flag) {
    assertTrue(evaluate(rule, with(quietWeek().painScore(0), flag).build()).isEmpty());
  }

  @Test
  void painWithoutARedFlagDoesNotFire() {
    assertTrue(evaluate(rule, pain(7, PainCharacter.SHARP).build()).isEmpty());
  }

  @Test
  void reasonQuotesThePainScoreAndTheFlags() {
    ReportAnswers report =
        pain(4, PainCharacter.DULL).feverOrUnwell(true).constantNightPain(true).build();

    String reason = evaluate(rule, report).orElseThrow().reason();

    assertTrue(reason.contains("(4/10)"), reason);
    assertTrue(reason.contains("fever or feeling unwell and constant pain at night"), reason);
    assertTrue(reason.contains("doctor's"), reason);
  }
}

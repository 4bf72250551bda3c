package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.pain;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static com.pullsafe.triage.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscIrritationRuleTest {

  private final TriageRule rule = new DiscIrritationRule();

  @Test
  void radiatingPainWithNumbnessIsRedEvenAtLowScore() {
    ReportAnswers report =
        pain(1, PainCharacter.BURNING).radiatesToLeg(true).numbnessOrTingling(true).build();

    Finding finding = evaluate(rule, report).orElseThrow();

    assertEquals(FindingCode.DISC_IRRITATION, finding.code());
    assertEquals(Level.RED, finding.level());
  }

  @ParameterizedTest
  @ValueSource(strings = {"radiatesToLeg", "numbnessOrTingling", "popFelt"})
  void anyOneNerveSignWithPainFires(String sign) {
    assertTrue(evaluate(rule, with(pain(5, PainCharacter.SHARP), sign).build()).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"radiatesToLeg", "numbnessOrTingling"})
  void aLegSymptomWithoutBackPainIsRed(String sign) {
    Finding finding = evaluate(rule, with(quietWeek().painScore(0), sign).build()).orElseThrow();

    assertEquals(Level.RED, finding.level());
  }

  @Test
  void aPopWithoutBackPainDoesNotFire() {
    assertTrue(evaluate(rule, quietWeek().painScore(0).popFelt(true).build()).isEmpty());
  }

  @Test
  void aPopWithTheLeastBackPainFires() {
    assertTrue(evaluate(rule, pain(1, PainCharacter.DULL).popFelt(true).build()).isPresent());
  }

  @Test
  void painWithoutNerveSignsDoesNotFire() {
    assertTrue(evaluate(rule, pain(9, PainCharacter.SHARP).build()).isEmpty());
  }

  @Test
  void reasonQuotesThePainScoreAndTheNerveSigns() {
    ReportAnswers report = pain(6, PainCharacter.SHARP).popFelt(true).radiatesToLeg(true).build();

    String reason = evaluate(rule, report).orElseThrow().reason();

    assertTrue(reason.contains("(6/10)"), reason);
    assertTrue(reason.contains("pain running down a leg and a pop during the lift"), reason);
  }

  @Test
  void reasonWithoutBackPainSaysSoAndLeavesOutAPopThatDoesNotCount() {
    ReportAnswers report = quietWeek().painScore(0).numbnessOrTingling(true).popFelt(true).build();

    String reason = evaluate(rule, report).orElseThrow().reason();

    assertTrue(reason.contains("numbness or tingling in a buttock or leg"), reason);
    assertTrue(reason.contains("without back pain"), reason);
    assertFalse(reason.contains("pop"), reason);
    assertFalse(reason.contains("/10"), reason);
  }
}

package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static com.pullsafe.triage.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeriousPathologySignsRuleTest {

  private final TriageRule rule = new SeriousPathologySignsRule();

  @ParameterizedTest
  @ValueSource(
      strings = {"saddleNumbness", "bladderOrBowelChange", "progressiveLegWeakness", "bothLegs"})
  void anyOneSeriousSignIsUrgent(String sign) {
    Finding finding = evaluate(rule, with(quietWeek().painScore(4), sign).build()).orElseThrow();

    assertEquals(FindingCode.SERIOUS_PATHOLOGY_SIGNS, finding.code());
    assertEquals(Level.URGENT, finding.level());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"saddleNumbness", "bladderOrBowelChange", "progressiveLegWeakness", "bothLegs"})
  void seriousSignsAreUrgentEvenWithoutPain(String sign) {
    ReportAnswers report = with(quietWeek().painScore(0), sign).build();

    assertEquals(Level.URGENT, evaluate(rule, report).orElseThrow().level());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 10})
  void symptomsInBothLegsAreUrgentAtAnyPainScore(int painScore) {
    ReportAnswers report =
        quietWeek().painScore(painScore).painCharacter(PainCharacter.SHARP).bothLegs(true).build();

    assertEquals(Level.URGENT, evaluate(rule, report).orElseThrow().level());
  }

  @Test
  void painDownOneLegIsNotASeriousSign() {
    ReportAnswers report =
        quietWeek()
            .painScore(6)
            .painCharacter(PainCharacter.BURNING)
            .radiatesToLeg(true)
            .numbnessOrTingling(true)
            .build();

    assertTrue(evaluate(rule, report).isEmpty());
  }

  @Test
  void noSeriousSignsNoFinding() {
    ReportAnswers report =
        quietWeek()
            .painScore(8)
            .painCharacter(PainCharacter.SHARP)
            .radiatesToLeg(true)
            .feverOrUnwell(true)
            .build();

    assertTrue(evaluate(rule, report).isEmpty());
  }

  @Test
  void reasonNamesEverySignReported() {
    ReportAnswers report =
        quietWeek()
            .saddleNumbness(true)
            .bladderOrBowelChange(true)
            .progressiveLegWeakness(true)
            .bothLegs(true)
            .build();

    String reason = evaluate(rule, report).orElseThrow().reason();

    assertTrue(reason.contains("numbness around the groin"), reason);
    assertTrue(reason.contains("bladder or bowel"), reason);
    assertTrue(reason.contains("a leg getting weaker"), reason);
    assertTrue(reason.contains("symptoms in both legs"), reason);
  }
}

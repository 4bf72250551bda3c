package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static com.pullsafe.triage.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeriousPathologySignsRuleTest {

  private final TriageRule rule = new SeriousPathologySignsRule();

  @ParameterizedTest
  @ValueSource(strings = {"saddleNumbness", "bladderOrBowelChange", "progressiveLegWeakness"})
  void anyOneSeriousSignIsUrgent(String sign) {
    Finding finding = evaluate(rule, with(quietWeek().painScore(4), sign).build()).orElseThrow();

    assertEquals(FindingCode.SERIOUS_PATHOLOGY_SIGNS, finding.code());
    assertEquals(Level.URGENT, finding.level());
  }

  @Test
  void seriousSignsAreUrgentEvenWithoutPain() {
    ReportFacts report = quietWeek().painScore(0).saddleNumbness(true).build();

    assertTrue(evaluate(rule, report).isPresent());
  }

  @Test
  void noSeriousSignsNoFinding() {
    ReportFacts report =
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
    ReportFacts report =
        quietWeek()
            .saddleNumbness(true)
            .bladderOrBowelChange(true)
            .progressiveLegWeakness(true)
            .build();

    String reason = evaluate(rule, report).orElseThrow().reason();

    assertTrue(reason.contains("numbness around the groin"), reason);
    assertTrue(reason.contains("bladder or bowel"), reason);
    assertTrue(reason.contains("a leg getting weaker"), reason);
  }
}

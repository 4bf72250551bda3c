package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.pain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.AnswersBuilder;
import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.PainSpread;
import com.pullsafe.reports.answers.ReportAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PoorBracingRuleTest {

  private final TriageRule rule = new PoorBracingRule();

  private static AnswersBuilder dullAcheAtLightLoads() {
    return pain(4, PainCharacter.DULL).painSpread(PainSpread.GENERALIZED).atSubmaximalLoads(true);
  }

  @Test
  void dullGeneralizedPainAtSubmaximalLoadsIsAmber() {
    Finding finding = evaluate(rule, dullAcheAtLightLoads().build()).orElseThrow();

    assertEquals(FindingCode.POOR_BRACING, finding.code());
    assertEquals(Level.AMBER, finding.level());
    assertTrue(finding.reason().contains("(4/10)"), finding.reason());
  }

  @ParameterizedTest
  @EnumSource(names = {"SHARP", "TIGHT", "BURNING"})
  void painThatIsNotDullIsNotABracingProblem(PainCharacter character) {
    assertTrue(evaluate(rule, dullAcheAtLightLoads().painCharacter(character).build()).isEmpty());
  }

  @Test
  void localizedPainIsNotABracingProblem() {
    ReportAnswers report = dullAcheAtLightLoads().painSpread(PainSpread.LOCALIZED).build();

    assertTrue(evaluate(rule, report).isEmpty());
  }

  @Test
  void painOnlyAtHeavyLoadsIsNotABracingProblem() {
    assertTrue(evaluate(rule, dullAcheAtLightLoads().atSubmaximalLoads(false).build()).isEmpty());
  }

  @Test
  void noPainNoBracingFinding() {
    assertTrue(evaluate(rule, dullAcheAtLightLoads().painScore(0).build()).isEmpty());
  }
}

package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.pain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.AnswersBuilder;
import com.pullsafe.reports.answers.PainCharacter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GluteUnderuseRuleTest {

  private final TriageRule rule = new GluteUnderuseRule();

  private static AnswersBuilder tightAtLightLoads() {
    return pain(3, PainCharacter.TIGHT).atSubmaximalLoads(true).worseBendingOrExtending(false);
  }

  @Test
  void tightPainAtSubmaximalLoadsNotWorseBendingIsAmber() {
    Finding finding = evaluate(rule, tightAtLightLoads().build()).orElseThrow();

    assertEquals(FindingCode.GLUTE_UNDERUSE, finding.code());
    assertEquals(Level.AMBER, finding.level());
    assertTrue(finding.reason().contains("(3/10)"), finding.reason());
  }

  @Test
  void painWorseBendingOrExtendingIsNotGluteUnderuse() {
    assertTrue(evaluate(rule, tightAtLightLoads().worseBendingOrExtending(true).build()).isEmpty());
  }

  @Test
  void tightnessOnlyAtHeavyLoadsIsNotGluteUnderuse() {
    assertTrue(evaluate(rule, tightAtLightLoads().atSubmaximalLoads(false).build()).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(names = {"DULL", "SHARP", "BURNING"})
  void painThatIsNotTightIsNotGluteUnderuse(PainCharacter character) {
    assertTrue(evaluate(rule, tightAtLightLoads().painCharacter(character).build()).isEmpty());
  }

  @Test
  void noPainNoGluteFinding() {
    assertTrue(evaluate(rule, tightAtLightLoads().painScore(0).build()).isEmpty());
  }
}

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

class ErectorStrainRuleTest {

  private final TriageRule rule = new ErectorStrainRule();

  private static AnswersBuilder strain(PainCharacter character) {
    return pain(6, character).painSpread(PainSpread.LOCALIZED).worseBendingOrExtending(true);
  }

  @ParameterizedTest
  @EnumSource(names = {"SHARP", "TIGHT"})
  void sharpOrTightLocalizedPainWorseBendingIsAmber(PainCharacter character) {
    Finding finding = evaluate(rule, strain(character).build()).orElseThrow();

    assertEquals(FindingCode.ERECTOR_STRAIN, finding.code());
    assertEquals(Level.AMBER, finding.level());
  }

  @ParameterizedTest
  @EnumSource(names = {"DULL", "BURNING"})
  void dullOrBurningPainIsNotAStrain(PainCharacter character) {
    assertTrue(evaluate(rule, strain(character).build()).isEmpty());
  }

  @Test
  void generalizedPainIsNotAStrain() {
    ReportAnswers report = strain(PainCharacter.SHARP).painSpread(PainSpread.GENERALIZED).build();

    assertTrue(evaluate(rule, report).isEmpty());
  }

  @Test
  void painNotWorseBendingOrExtendingIsNotAStrain() {
    ReportAnswers report = strain(PainCharacter.SHARP).worseBendingOrExtending(false).build();

    assertTrue(evaluate(rule, report).isEmpty());
  }

  @Test
  void noPainNoStrainWhateverElseIsTicked() {
    assertTrue(evaluate(rule, strain(PainCharacter.SHARP).painScore(0).build()).isEmpty());
  }

  @Test
  void missingCharacterOrSpreadDoesNotCrash() {
    ReportAnswers report = strain(PainCharacter.SHARP).painCharacter(null).painSpread(null).build();

    assertTrue(evaluate(rule, report).isEmpty());
  }

  @Test
  void reasonQuotesCharacterAndScore() {
    String reason = evaluate(rule, strain(PainCharacter.SHARP).build()).orElseThrow().reason();

    assertTrue(reason.startsWith("Sharp pain in one spot (6/10)"), reason);
    assertTrue(reason.contains("bend forward or arch back"), reason);
  }
}

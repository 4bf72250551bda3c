package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.pain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SetupFaultRuleTest {

  private final TriageRule rule = new SetupFaultRule();

  @Test
  void painAtTheStartOfThePullIsAmber() {
    ReportAnswers report = pain(3, PainCharacter.SHARP).onset(Onset.START_OF_PULL).build();

    Finding finding = evaluate(rule, report).orElseThrow();

    assertEquals(FindingCode.SETUP_FAULT, finding.code());
    assertEquals(Level.AMBER, finding.level());
    assertTrue(finding.reason().contains("(3/10)"), finding.reason());
    assertTrue(finding.reason().contains("left the floor"), finding.reason());
  }

  @ParameterizedTest
  @EnumSource(names = {"DURING_SET", "AFTER_SESSION", "NEXT_DAY"})
  void painStartingLaterIsNotASetupFault(Onset onset) {
    assertTrue(evaluate(rule, pain(3, PainCharacter.SHARP).onset(onset).build()).isEmpty());
  }

  @Test
  void startOfPullWithoutPainDoesNotFire() {
    ReportAnswers report = pain(0, null).onset(Onset.START_OF_PULL).build();

    assertTrue(evaluate(rule, report).isEmpty());
  }

  @Test
  void missingOnsetDoesNotCrash() {
    assertTrue(evaluate(rule, pain(3, PainCharacter.SHARP).onset(null).build()).isEmpty());
  }
}

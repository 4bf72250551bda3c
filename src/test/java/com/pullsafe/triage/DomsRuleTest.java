package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.soreness;
import static com.pullsafe.triage.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.PainCharacter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomsRuleTest {

  private final TriageRule rule = new DomsRule();

  @Test
  void dullSymmetricNextDaySorenessThatPassesIsGreen() {
    Finding finding = evaluate(rule, soreness().build()).orElseThrow();

    assertEquals(FindingCode.DOMS, finding.code());
    assertEquals(Level.GREEN, finding.level());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void sorenessGoneWithinThreeDaysFires(int days) {
    assertTrue(evaluate(rule, soreness().daysLasting(days).build()).isPresent());
  }

  @Test
  void sorenessLastingFourDaysIsNotDoms() {
    assertTrue(evaluate(rule, soreness().daysLasting(4).build()).isEmpty());
  }

  @ParameterizedTest
  @NullSource
  void sorenessStillThereIsNotDoms(Integer stillThere) {
    assertTrue(evaluate(rule, soreness().daysLasting(stillThere).build()).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(names = {"AFTER_SESSION", "NEXT_DAY"})
  void sorenessStartingAfterTheSessionOrNextDayFires(Onset onset) {
    assertTrue(evaluate(rule, soreness().onset(onset).build()).isPresent());
  }

  @ParameterizedTest
  @EnumSource(names = {"START_OF_PULL", "DURING_SET"})
  void painStartingDuringTheLiftIsNotDoms(Onset onset) {
    assertTrue(evaluate(rule, soreness().onset(onset).build()).isEmpty());
  }

  @Test
  void oneSidedPainIsNotDoms() {
    assertTrue(evaluate(rule, soreness().symmetric(false).build()).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(names = {"SHARP", "TIGHT", "BURNING"})
  void painThatIsNotDullIsNotDoms(PainCharacter character) {
    assertTrue(evaluate(rule, soreness().painCharacter(character).build()).isEmpty());
  }

  @Test
  void painAtSubmaximalLoadsIsNotDoms() {
    assertTrue(evaluate(rule, soreness().atSubmaximalLoads(true).build()).isEmpty());
  }

  @ParameterizedTest
  @FieldSource("com.pullsafe.triage.Fixtures#NERVE_AND_RED_FLAG_SIGNS")
  void anyNerveOrRedFlagSignRulesOutDoms(String sign) {
    assertTrue(evaluate(rule, with(soreness(), sign).build()).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Woke me up at night with the pain.",
        "Both legs felt heavy and odd.",
        "Had a bit of a fever on Thursday."
      })
  void aRedFlagNamedInTheNotesRulesOutDoms(String notes) {
    assertTrue(evaluate(rule, soreness().notes(notes).build()).isEmpty());
  }

  @Test
  void harmlessNotesKeepDoms() {
    String notes = "Usual soreness after a heavy session, gone by Tuesday.";

    assertTrue(evaluate(rule, soreness().notes(notes).build()).isPresent());
  }

  @Test
  void noPainNoDoms() {
    assertTrue(evaluate(rule, soreness().painScore(0).build()).isEmpty());
  }

  @Test
  void missingOnsetOrCharacterDoesNotCrash() {
    assertTrue(evaluate(rule, soreness().onset(null).painCharacter(null).build()).isEmpty());
  }

  @ParameterizedTest(name = "{0} day(s) reads \"{1}\"")
  @CsvSource({"0, gone the same day", "1, gone within 1 day", "3, gone within 3 days"})
  void reasonQuotesScoreOnsetAndDuration(int days, String duration) {
    String reason = evaluate(rule, soreness().daysLasting(days).build()).orElseThrow().reason();

    assertTrue(reason.contains("(3/10)"), reason);
    assertTrue(reason.contains("started the next day"), reason);
    assertTrue(reason.contains(duration), reason);
  }
}

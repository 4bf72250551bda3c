package com.pullsafe.triage;

import static com.pullsafe.programming.Alternative.AB_ROLLOUT;
import static com.pullsafe.programming.Alternative.BACK_EXTENSION;
import static com.pullsafe.programming.Alternative.BLOCK_PULL;
import static com.pullsafe.programming.Alternative.FARMER_CARRY;
import static com.pullsafe.programming.Alternative.FRONT_CARRY;
import static com.pullsafe.programming.Alternative.PALLOF_PRESS;
import static com.pullsafe.programming.Alternative.PLANK;
import static com.pullsafe.programming.Alternative.RACK_PULL;
import static com.pullsafe.programming.Alternative.ROMANIAN_DEADLIFT;
import static com.pullsafe.programming.Alternative.TEMPO_PULL;
import static com.pullsafe.programming.Alternative.WALKING;
import static com.pullsafe.triage.FindingCode.DISC_IRRITATION;
import static com.pullsafe.triage.FindingCode.DOMS;
import static com.pullsafe.triage.FindingCode.ERECTOR_STRAIN;
import static com.pullsafe.triage.FindingCode.LOW_WALKING;
import static com.pullsafe.triage.FindingCode.NOTES_MENTION_RED_FLAG;
import static com.pullsafe.triage.FindingCode.OVERLOAD_TOO_SOON;
import static com.pullsafe.triage.FindingCode.POOR_BRACING;
import static com.pullsafe.triage.FindingCode.RECURRING_PAIN;
import static com.pullsafe.triage.FindingCode.SERIOUS_PATHOLOGY_SIGNS;
import static com.pullsafe.triage.FindingCode.SETUP_FAULT;
import static com.pullsafe.triage.Fixtures.CAP_5;
import static com.pullsafe.triage.Fixtures.earlier;
import static com.pullsafe.triage.Fixtures.pain;
import static com.pullsafe.triage.Fixtures.previousPainScores;
import static com.pullsafe.triage.Fixtures.previousTopSet;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static com.pullsafe.triage.Fixtures.soreness;
import static com.pullsafe.triage.Fixtures.topSetWeeksAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.AnswersBuilder;
import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.PainSpread;
import com.pullsafe.reports.answers.ReportAnswers;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageEngineTest {

  private final TriageEngine engine = TriageEngine.standard();

  @Test
  void aQuietWeekIsGreenWithNoFindingsAndNoSuggestions() {
    TriageOutcome outcome = engine.triage(quietWeek().build(), AthleteHistory.none(), CAP_5);

    assertEquals(Level.GREEN, outcome.level());
    assertTrue(outcome.findings().isEmpty());
    assertTrue(outcome.suggestedAlternatives().isEmpty());
    assertFalse(outcome.flagged());
  }

  @Test
  void everyOutcomeCarriesTheRuleSetVersion() {
    TriageOutcome outcome = engine.triage(quietWeek().build(), AthleteHistory.none(), CAP_5);

    assertEquals("2026.12-3", outcome.ruleSetVersion());
    assertEquals(TriageEngine.RULE_SET_VERSION, outcome.ruleSetVersion());
  }

  @Test
  void erectorStrainAndOverloadFireTogether() {
    ReportAnswers report =
        pain(6, PainCharacter.SHARP)
            .painSpread(PainSpread.LOCALIZED)
            .worseBendingOrExtending(true)
            .topSet("150", 2)
            .build();

    TriageOutcome outcome = engine.triage(report, previousTopSet("140"), CAP_5);

    assertEquals(Level.AMBER, outcome.level());
    assertEquals(List.of(ERECTOR_STRAIN, OVERLOAD_TOO_SOON), outcome.codes());
    assertEquals(
        List.of(ROMANIAN_DEADLIFT, BACK_EXTENSION, TEMPO_PULL), outcome.suggestedAlternatives());
  }

  @Test
  void discIrritationWithSeriousSignsIsUrgentAndSuggestsOnlyWalking() {
    ReportAnswers report =
        pain(7, PainCharacter.SHARP)
            .radiatesToLeg(true)
            .saddleNumbness(true)
            .onset(Onset.START_OF_PULL)
            .walkingMinutesPerDay(20)
            .build();

    TriageOutcome outcome = engine.triage(report, AthleteHistory.none(), CAP_5);

    assertEquals(Level.URGENT, outcome.level());
    assertEquals(
        List.of(SERIOUS_PATHOLOGY_SIGNS, DISC_IRRITATION, SETUP_FAULT, LOW_WALKING),
        outcome.codes());
    assertEquals(List.of(WALKING), outcome.suggestedAlternatives());
  }

  @Test
  void aMedicalRedFlagIsRedAndSuggestsOnlyWalking() {
    ReportAnswers report =
        pain(5, PainCharacter.DULL)
            .painSpread(PainSpread.GENERALIZED)
            .atSubmaximalLoads(true)
            .recentTrauma(true)
            .build();

    TriageOutcome outcome = engine.triage(report, AthleteHistory.none(), CAP_5);

    assertEquals(Level.RED, outcome.level());
    assertTrue(outcome.has(FindingCode.MEDICAL_RED_FLAG));
    assertTrue(outcome.has(POOR_BRACING));
    assertEquals(List.of(WALKING), outcome.suggestedAlternatives());
  }

  @Test
  void aPainFreeWeekStillFlagsLowWalkingAndAnOverloadJump() {
    ReportAnswers report =
        quietWeek()
            .painScore(0)
            .topSet("160", 1)
            .walkingMinutesPerDay(40)
            .worseBendingOrExtending(true)
            .atSubmaximalLoads(true)
            .grindingHeavyReps(true)
            .popFelt(true)
            .feverOrUnwell(true)
            .onset(Onset.START_OF_PULL)
            .build();
    AthleteHistory history =
        AthleteHistory.of(
            earlier(1, "140", 6, Level.GREEN),
            earlier(2, null, 6, Level.GREEN),
            earlier(3, null, 6, Level.GREEN));

    TriageOutcome outcome = engine.triage(report, history, CAP_5);

    assertEquals(Level.AMBER, outcome.level());
    assertEquals(List.of(OVERLOAD_TOO_SOON, LOW_WALKING), outcome.codes());
    assertEquals(List.of(TEMPO_PULL, WALKING), outcome.suggestedAlternatives());
  }

  @Test
  void findingsAreSortedByLevelThenTableOrder() {
    ReportAnswers report =
        pain(4, PainCharacter.DULL)
            .painSpread(PainSpread.GENERALIZED)
            .atSubmaximalLoads(true)
            .onset(Onset.START_OF_PULL)
            .popFelt(true)
            .walkingMinutesPerDay(50)
            .build();

    TriageOutcome outcome = engine.triage(report, previousPainScores(4, 4, 4), CAP_5);

    assertEquals(
        List.of(DISC_IRRITATION, POOR_BRACING, SETUP_FAULT, RECURRING_PAIN, LOW_WALKING),
        outcome.codes());
    assertEquals(Level.RED, outcome.level());
  }

  @Test
  void suggestionsAreDeduplicatedInFindingOrder() {
    ReportAnswers report =
        pain(5, PainCharacter.DULL)
            .painSpread(PainSpread.GENERALIZED)
            .atSubmaximalLoads(true)
            .build();

    TriageOutcome outcome = engine.triage(report, previousPainScores(5, 5, 5), CAP_5);

    assertEquals(List.of(POOR_BRACING, RECURRING_PAIN), outcome.codes());
    assertEquals(
        List.of(PLANK, PALLOF_PRESS, AB_ROLLOUT, FARMER_CARRY, FRONT_CARRY, BLOCK_PULL, RACK_PULL),
        outcome.suggestedAlternatives());
  }

  @Test
  void ordinarySorenessIsGreenWithNoSuggestions() {
    TriageOutcome outcome = engine.triage(soreness().build(), AthleteHistory.none(), CAP_5);

    assertEquals(Level.GREEN, outcome.level());
    assertEquals(List.of(DOMS), outcome.codes());
    assertTrue(outcome.suggestedAlternatives().isEmpty());
  }

  @Test
  void theCapOfTheTenantDecidesTheOverload() {
    ReportAnswers report = quietWeek().topSet("145", 1).build();
    AthleteHistory history = previousTopSet("140");

    assertFalse(engine.triage(report, history, CAP_5).has(OVERLOAD_TOO_SOON));
    assertTrue(engine.triage(report, history, Fixtures.CAP_2_5).has(OVERLOAD_TOO_SOON));
  }

  @Test
  void aReportWithEveryOptionalFieldMissingDoesNotCrash() {
    ReportAnswers report = AnswersBuilder.builder().painScore(5).walkingMinutesPerDay(150).build();

    TriageOutcome outcome = engine.triage(report, null, null);

    assertEquals(Level.GREEN, outcome.level());
  }

  @Test
  void standardRulesCoverEveryCodeOnceInTableOrder() {
    List<FindingCode> codes = TriageEngine.standardRules().stream().map(TriageRule::code).toList();

    assertEquals(Arrays.asList(FindingCode.values()), codes);
  }

  @Test
  void anEngineRunsOnlyTheRulesItIsGiven() {
    TriageEngine walkingOnly = new TriageEngine(List.of(new LowWalkingRule()));
    ReportAnswers report =
        pain(9, PainCharacter.SHARP).radiatesToLeg(true).walkingMinutesPerDay(10).build();

    TriageOutcome outcome = walkingOnly.triage(report, AthleteHistory.none(), CAP_5);

    assertEquals(List.of(LOW_WALKING), outcome.codes());
  }

  @Test
  void theOutcomeCannotBeChangedAfterwards() {
    TriageOutcome outcome =
        engine.triage(quietWeek().walkingMinutesPerDay(10).build(), AthleteHistory.none(), CAP_5);

    assertThrows(UnsupportedOperationException.class, () -> outcome.findings().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> outcome.suggestedAlternatives().clear());
  }

  @Test
  void numbnessInALegWithoutBackPainIsRed() {
    ReportAnswers report = quietWeek().painScore(0).numbnessOrTingling(true).build();

    TriageOutcome outcome = engine.triage(report, AthleteHistory.none(), CAP_5);

    assertEquals(Level.RED, outcome.level());
    assertEquals(List.of(DISC_IRRITATION), outcome.codes());
    assertEquals(List.of(WALKING), outcome.suggestedAlternatives());
  }

  @Test
  void painDownBothLegsIsUrgentNotRed() {
    ReportAnswers report =
        pain(5, PainCharacter.BURNING).radiatesToLeg(true).bothLegs(true).build();

    TriageOutcome outcome = engine.triage(report, AthleteHistory.none(), CAP_5);

    assertEquals(Level.URGENT, outcome.level());
    assertEquals(List.of(SERIOUS_PATHOLOGY_SIGNS, DISC_IRRITATION), outcome.codes());
  }

  @Test
  void aThirtyPercentJumpAfterAWeekWithoutDeadliftsIsAmber() {
    ReportAnswers report = quietWeek().topSet("182", 1).build();

    TriageOutcome outcome = engine.triage(report, topSetWeeksAgo(2, "140"), CAP_5);

    assertEquals(Level.AMBER, outcome.level());
    assertEquals(List.of(OVERLOAD_TOO_SOON), outcome.codes());
  }

  @Test
  void aFivePercentJumpOnTheReducedCapIsAmber() {
    ReportAnswers report = quietWeek().topSet("147", 1).build();
    AthleteHistory afterAFlag =
        AthleteHistory.of(earlier(1, "140", 0, Level.GREEN), earlier(2, "140", 4, Level.AMBER));

    assertTrue(engine.triage(report, afterAFlag, CAP_5).has(OVERLOAD_TOO_SOON));
    assertFalse(engine.triage(report, previousTopSet("140"), CAP_5).has(OVERLOAD_TOO_SOON));
  }

  @Test
  void saddleNumbnessWrittenOnlyInTheNotesIsFlaggedForTheCoach() {
    ReportAnswers report = quietWeek().notes("Numb in the saddle area since Wednesday.").build();

    TriageOutcome outcome = engine.triage(report, AthleteHistory.none(), CAP_5);

    assertEquals(Level.AMBER, outcome.level());
    assertEquals(List.of(NOTES_MENTION_RED_FLAG), outcome.codes());
    assertTrue(outcome.suggestedAlternatives().isEmpty());
  }

  @Test
  void theTenantsWalkingTargetDecidesLowWalking() {
    ReportAnswers report = quietWeek().walkingMinutesPerDay(110).build();
    TriageSettings target120 = new TriageSettings(new BigDecimal("5"), 120);

    assertTrue(engine.triage(report, AthleteHistory.none(), target120).has(LOW_WALKING));
    assertFalse(engine.triage(report, AthleteHistory.none(), CAP_5).has(LOW_WALKING));
  }
}

package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.CAP_2_5;
import static com.pullsafe.triage.Fixtures.CAP_5;
import static com.pullsafe.triage.Fixtures.earlier;
import static com.pullsafe.triage.Fixtures.previousTopSet;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static com.pullsafe.triage.Fixtures.topSetWeeksAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverloadTooSoonRuleTest {

  private final TriageRule rule = new OverloadTooSoonRule();

  private Optional<Finding> jump(String before, String now, TriageSettings settings) {
    return jump(now, previousTopSet(before), settings);
  }

  private Optional<Finding> jump(String now, AthleteHistory history, TriageSettings settings) {
    return rule.evaluate(quietWeek().topSet(now, 2).build(), history, settings);
  }

  /**
   * The week before: GREEN with a 140 kg top set; {@code weeksBefore}: a report at {@code level}.
   */
  private static AthleteHistory flagged(int weeksBefore, Level level) {
    return weeksBefore == 1
        ? AthleteHistory.of(earlier(1, "140", 0, level))
        : AthleteHistory.of(
            earlier(1, "140", 0, Level.GREEN), earlier(weeksBefore, "135", 4, level));
  }

  @Test
  void exactlyTheCapDoesNotFire() {
    assertTrue(jump("140", "147", CAP_5).isEmpty());
  }

  @Test
  void justAboveTheCapFires() {
    Finding finding = jump("140", "147.5", CAP_5).orElseThrow();

    assertEquals(FindingCode.OVERLOAD_TOO_SOON, finding.code());
    assertEquals(Level.AMBER, finding.level());
  }

  @ParameterizedTest(name = "{0} kg -> {1} kg at cap {2} %: fires={3}")
  @CsvSource({
    "140, 147, 5, false",
    "140, 147.5, 5, true",
    "100, 102.5, 2.5, false",
    "100, 102.75, 2.5, true",
    "140, 143.5, 2.5, false",
    "140, 145, 2.5, true",
    "140, 140, 5, false",
    "140, 120, 2.5, false",
    "100, 103.5, 3.5, false",
    "100, 103.75, 3.5, true"
  })
  void fireOnlyWhenTheTopSetIsMoreThanTheCapAboveLastWeek(
      String before, String now, String cap, boolean fires) {
    assertEquals(
        fires,
        jump(before, now, new TriageSettings(new BigDecimal(cap), Fixtures.WALKING_TARGET))
            .isPresent());
  }

  @Test
  void reasonQuotesBothTopSetsTheIncreaseAndTheCap() {
    String reason = jump("140", "150", CAP_5).orElseThrow().reason();

    assertEquals(
        "Top set 150 kg is 7.1 % up on last week's 140 kg, more than your 5 % weekly cap.", reason);
  }

  @Test
  void reasonQuotesTheLowerCapAndHalfKilos() {
    String reason = jump("140", "147.5", CAP_2_5).orElseThrow().reason();

    assertTrue(reason.contains("147.5 kg is 5.4 %"), reason);
    assertTrue(reason.contains("2.5 % weekly cap"), reason);
  }

  @Test
  void quotedIncreaseIsVisiblyAboveTheCapWhenOnlyJustOver() {
    String reason = jump("100", "105.01", CAP_5).orElseThrow().reason();

    assertTrue(reason.contains("5.01 %"), reason);
  }

  @Test
  void aJumpFiresEvenWithoutPain() {
    ReportAnswers report = quietWeek().painScore(0).topSet("150", 1).build();

    assertTrue(rule.evaluate(report, previousTopSet("140"), CAP_5).isPresent());
  }

  @Test
  void painWhileGrindingHeavyRepsFiresWithoutAJump() {
    ReportAnswers report =
        quietWeek().painScore(4).painCharacter(PainCharacter.SHARP).grindingHeavyReps(true).build();

    String reason = rule.evaluate(report, AthleteHistory.none(), CAP_5).orElseThrow().reason();

    assertTrue(reason.contains("(4/10)"), reason);
    assertTrue(reason.contains("grinding heavy reps"), reason);
  }

  @Test
  void grindingWithoutPainDoesNotFire() {
    ReportAnswers report = quietWeek().painScore(0).grindingHeavyReps(true).build();

    assertTrue(rule.evaluate(report, previousTopSet("140"), CAP_5).isEmpty());
  }

  @Test
  void jumpAndGrindingTogetherAreQuotedInOneLine() {
    ReportAnswers report =
        quietWeek()
            .topSet("150", 2)
            .painScore(5)
            .painCharacter(PainCharacter.SHARP)
            .grindingHeavyReps(true)
            .build();

    String reason = rule.evaluate(report, previousTopSet("140"), CAP_5).orElseThrow().reason();

    assertTrue(reason.contains("150 kg is 7.1 %"), reason);
    assertTrue(reason.contains("(5/10)"), reason);
    assertTrue(reason.contains("grinding"), reason);
    assertEquals(1, reason.lines().count());
  }

  @Test
  void withoutLastWeeksTopSetThereIsNoJump() {
    ReportAnswers report = quietWeek().topSet("300", 1).build();

    assertTrue(rule.evaluate(report, AthleteHistory.none(), CAP_5).isEmpty());
  }

  @Test
  void withoutThisWeeksTopSetThereIsNoJump() {
    ReportAnswers report = quietWeek().topSet(null, null).build();

    assertTrue(rule.evaluate(report, previousTopSet("140"), CAP_5).isEmpty());
  }

  @Test
  void aWeekWithoutDeadliftsInBetweenDoesNotHideAJump() {
    Finding finding = jump("182", topSetWeeksAgo(2, "140"), CAP_5).orElseThrow();

    assertEquals(Level.AMBER, finding.level());
  }

  @ParameterizedTest(name = "top set {0} weeks before")
  @CsvSource({"1", "2", "3", "4"})
  void aTopSetOfTheFourWeeksBeforeIsComparedWith(int weeks) {
    assertTrue(jump("147.5", topSetWeeksAgo(weeks, "140"), CAP_5).isPresent());
    assertTrue(jump("147", topSetWeeksAgo(weeks, "140"), CAP_5).isEmpty());
  }

  @Test
  void aTopSetFiveWeeksBeforeIsTooOldToCompareWith() {
    assertTrue(jump("200", topSetWeeksAgo(5, "140"), CAP_5).isEmpty());
  }

  @Test
  void theLatestTopSetCountsNotTheHeaviest() {
    AthleteHistory history =
        AthleteHistory.of(earlier(1, "120", 0, Level.GREEN), earlier(2, "160", 0, Level.GREEN));

    assertTrue(jump("130", history, CAP_5).isPresent());
    assertTrue(jump("126", history, CAP_5).isEmpty());
  }

  @ParameterizedTest(name = "{1} report {0} week(s) before lowers the cap to 2.5 %")
  @CsvSource({"1, AMBER", "2, AMBER", "3, AMBER", "1, RED", "3, URGENT"})
  void aFlaggedReportInTheLastFourWeeksLowersTheCap(int weeksBefore, Level level) {
    AthleteHistory history = flagged(weeksBefore, level);

    assertTrue(jump("147", history, CAP_5).isPresent());
    assertTrue(jump("143.5", history, CAP_5).isEmpty());
  }

  @Test
  void aFlaggedReportFourWeeksBeforeNoLongerLowersTheCap() {
    assertTrue(jump("147", flagged(4, Level.AMBER), CAP_5).isEmpty());
  }

  @Test
  void greenReportsLeaveTheTenantsCap() {
    assertTrue(jump("147", flagged(2, Level.GREEN), CAP_5).isEmpty());
  }

  @Test
  void reasonSaysHowManyWeeksAgoTheEarlierTopSetWas() {
    String reason = jump("150", topSetWeeksAgo(2, "140"), CAP_5).orElseThrow().reason();

    assertEquals(
        "Top set 150 kg is 7.1 % up on the 140 kg you pulled 2 weeks ago,"
            + " more than your 5 % weekly cap.",
        reason);
  }

  @Test
  void reasonSaysTheCapIsLowerAfterAFlaggedReport() {
    String reason = jump("147", flagged(2, Level.AMBER), CAP_5).orElseThrow().reason();

    assertTrue(reason.contains("5 % up on last week's 140 kg"), reason);
    assertTrue(
        reason.contains("your 2.5 % weekly cap (lower for 4 weeks after a flagged report)"),
        reason);
  }

  @Test
  void reasonDoesNotCallTheTenantsOwnLowCapLowered() {
    String reason = jump("147", flagged(2, Level.AMBER), CAP_2_5).orElseThrow().reason();

    assertFalse(reason.contains("lower for"), reason);
  }
}

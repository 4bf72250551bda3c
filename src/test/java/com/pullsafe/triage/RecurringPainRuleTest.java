package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.CAP_5;
import static com.pullsafe.triage.Fixtures.pain;
import static com.pullsafe.triage.Fixtures.previousPainScores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecurringPainRuleTest {

  private final TriageRule rule = new RecurringPainRule();

  private Optional<Finding> evaluate(int painNow, Integer... earlierMostRecentFirst) {
    return rule.evaluate(
        pain(painNow, PainCharacter.DULL).build(),
        previousPainScores(earlierMostRecentFirst),
        CAP_5);
  }

  @Test
  void painInThreeOfTheLastFourReportsIsAmber() {
    Finding finding = evaluate(4, 3, 1, 5).orElseThrow();

    assertEquals(FindingCode.RECURRING_PAIN, finding.code());
    assertEquals(Level.AMBER, finding.level());
  }

  @Test
  void painInTwoOfTheLastFourReportsDoesNotFire() {
    assertTrue(evaluate(4, 2, 1, 5).isEmpty());
  }

  @Test
  void painInAllFourReportsFires() {
    assertTrue(evaluate(3, 3, 3, 3).isPresent());
  }

  @Test
  void threeEarlierPainfulReportsCountEvenIfThisWeekIsMild() {
    assertTrue(evaluate(2, 3, 4, 6).isPresent());
  }

  @Test
  void scoreTwoDoesNotCountAsPainful() {
    assertTrue(evaluate(2, 2, 2, 9).isEmpty());
  }

  @Test
  void threeReportsInAllAllPainfulIsEnough() {
    assertTrue(evaluate(3, 5, 4).isPresent());
  }

  @Test
  void twoReportsInAllAreNotEnough() {
    assertTrue(evaluate(8, 8).isEmpty());
  }

  @Test
  void firstEverReportNeverFires() {
    assertTrue(evaluate(10).isEmpty());
  }

  @Test
  void reportsOlderThanTheLastFourAreIgnored() {
    assertTrue(evaluate(5, 1, 1, 5, 5, 5).isEmpty());
  }

  @Test
  void aPainFreeWeekYieldsNoRecurringPainFinding() {
    ReportAnswers report = Fixtures.quietWeek().painScore(0).build();

    assertTrue(rule.evaluate(report, previousPainScores(5, 5, 5), CAP_5).isEmpty());
  }

  @Test
  void reasonQuotesTheCountAndTheScoresNewestFirst() {
    String reason = evaluate(4, 3, 1, 5).orElseThrow().reason();

    assertTrue(reason.contains("3 of your last 4 reports"), reason);
    assertTrue(reason.contains("4, 3, 1, 5"), reason);
  }

  @Test
  void reasonWithShortHistoryCountsOnlyExistingReports() {
    String reason =
        rule.evaluate(pain(6, PainCharacter.SHARP).build(), previousPainScores(4, 3), CAP_5)
            .orElseThrow()
            .reason();

    assertTrue(reason.contains("3 of your last 3 reports"), reason);
  }
}

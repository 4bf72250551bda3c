package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.roster.Athlete;
import com.pullsafe.testing.TestValidator;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Domain brief, "Amending a report": "If the new level is higher than the level the coach last saw,
 * the report goes back to the open queue". The coach last saw the level that stands once the report
 * is reviewed, and the previous version's triage while it is not.
 */
class WeeklyReportAmendTest {

  private static final Instant MONDAY = Instant.parse("2026-11-16T08:00:00Z");
  private static final Instant WEDNESDAY = Instant.parse("2026-11-18T19:00:00Z");
  private static final IsoWeek WEEK = IsoWeek.parse("2026-W47");

  private static ValidReport answers() {
    return new ReportValidator(TestValidator.get(), WEEK)
        .validate(NewReport.builder("2026-W47").walking(110).build());
  }

  private static WeeklyReport submitted(Level triageLevel) {
    return new WeeklyReport(
        new Athlete() {},
        answers(),
        new TriageOutcome(triageLevel, List.of(), List.of(), "test"),
        MONDAY);
  }

  @Test
  void aHigherLevelThanTheUnreviewedVersionBeforeReopensTheReportAtTheNewLevel() {
    WeeklyReport report = submitted(Level.GREEN);

    assertTrue(report.amend(answers(), Level.URGENT, Level.GREEN, WEDNESDAY));

    assertEquals(Level.URGENT, report.getLevel());
    assertEquals(ReviewStatus.OPEN, report.getReviewStatus());
    assertEquals(WEDNESDAY, report.getSubmittedAt());
    assertEquals(2, report.getVersionNumber());
  }

  @Test
  void theSameLevelAgainDoesNotEscalate() {
    WeeklyReport report = submitted(Level.AMBER);

    assertFalse(report.amend(answers(), Level.AMBER, Level.AMBER, WEDNESDAY));

    assertEquals(Level.AMBER, report.getLevel());
    assertEquals(ReviewStatus.OPEN, report.getReviewStatus());
    assertEquals(MONDAY, report.getSubmittedAt());
    assertEquals(2, report.getVersionNumber());
  }

  @Test
  void aLowerLevelNeverLowersTheLevelThatStandsNorLeavesTheQueue() {
    WeeklyReport report = submitted(Level.RED);

    assertFalse(report.amend(answers(), Level.GREEN, Level.RED, WEDNESDAY));

    assertEquals(Level.RED, report.getLevel());
    assertEquals(ReviewStatus.OPEN, report.getReviewStatus());
  }

  @Test
  void unreviewedItIsTheVersionBeforeThatCountsNotTheLevelThatStillStands() {
    WeeklyReport report = submitted(Level.RED);
    report.amend(answers(), Level.AMBER, Level.RED, WEDNESDAY);

    assertTrue(report.amend(answers(), Level.RED, Level.AMBER, WEDNESDAY.plusSeconds(60)));

    assertEquals(Level.RED, report.getLevel());
    assertEquals(3, report.getVersionNumber());
  }

  @Test
  void reviewedTheLevelThatStandsCountsSoAnOverriddenRedReopensWhenRedComesBack() {
    WeeklyReport report = submitted(Level.RED);
    report.reviewed(Level.AMBER);

    assertTrue(report.amend(answers(), Level.RED, Level.RED, WEDNESDAY));

    assertEquals(Level.RED, report.getLevel());
    assertEquals(ReviewStatus.OPEN, report.getReviewStatus());
  }

  @Test
  void reviewedTheSameOrALowerLevelLeavesTheReviewStanding() {
    WeeklyReport report = submitted(Level.AMBER);
    report.reviewed(Level.AMBER);

    assertFalse(report.amend(answers(), Level.AMBER, Level.AMBER, WEDNESDAY));
    assertFalse(report.amend(answers(), Level.GREEN, Level.AMBER, WEDNESDAY));

    assertEquals(Level.AMBER, report.getLevel());
    assertEquals(ReviewStatus.REVIEWED, report.getReviewStatus());
    assertEquals(MONDAY, report.getSubmittedAt());
  }

  @Test
  void reviewedAnAmberAboveTheCoachsGreenReopensTheReport() {
    WeeklyReport report = submitted(Level.AMBER);
    report.reviewed(Level.GREEN);

    assertTrue(report.amend(answers(), Level.AMBER, Level.AMBER, WEDNESDAY));

    assertEquals(Level.AMBER, report.getLevel());
    assertEquals(ReviewStatus.OPEN, report.getReviewStatus());
  }

  @Test
  void anAmendmentIsForTheSameWeek() {
    WeeklyReport report = submitted(Level.GREEN);
    ValidReport otherWeek =
        new ReportValidator(TestValidator.get(), WEEK)
            .validate(NewReport.builder("2026-W46").walking(110).build());

    assertThrows(
        IllegalArgumentException.class,
        () -> report.amend(otherWeek, Level.GREEN, Level.GREEN, WEDNESDAY));
    assertEquals(1, report.getVersionNumber());
  }
}

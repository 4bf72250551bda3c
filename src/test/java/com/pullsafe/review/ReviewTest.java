package com.pullsafe.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportValidator;
import com.pullsafe.reports.WeeklyReport;
import com.pullsafe.roster.Athlete;
import com.pullsafe.testing.TestValidator;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static WeeklyReport report(Level triageLevel) {
    return new WeeklyReport(
        new Athlete() {},
        new ReportValidator(TestValidator.get(), IsoWeek.parse("2026-W48"))
            .validate(NewReport.builder("2026-W48").walking(100).build()),
        new TriageOutcome(triageLevel, List.of(), List.of(), "test"),
        NOW);
  }

  @Test
  void aConfirmationKeepsTheTriageLevel() {
    Review review =
        Review.confirm(report(Level.AMBER), Level.AMBER, "ok", "c@x.test", "Coach", NOW);

    assertEquals(Level.AMBER, review.standingLevel());
    assertEquals(Decision.CONFIRM, review.getDecision());
  }

  @Test
  void anOverrideSetsTheLevel() {
    Review review =
        Review.override(
            report(Level.AMBER),
            Level.AMBER,
            Level.GREEN,
            "video fine",
            null,
            "c@x.test",
            "Coach",
            NOW);

    assertEquals(Level.GREEN, review.standingLevel());
    assertEquals("video fine", review.getReason());
  }

  @Test
  void aReviewIsOfTheReportsCurrentVersion() {
    Review review = Review.confirm(report(Level.RED), Level.RED, null, "c@x.test", "Coach", NOW);

    assertEquals(1, review.getReportVersion());
  }

  @Test
  void anOverrideWithoutAReasonCannotExist() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Review.override(null, Level.RED, Level.GREEN, " ", null, "c@x.test", "Coach", NOW));
  }
}

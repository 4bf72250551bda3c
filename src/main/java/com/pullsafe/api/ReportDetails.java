package com.pullsafe.api;

import com.pullsafe.programming.Alternative;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.review.ReportDetail;
import com.pullsafe.triage.Level;
import java.time.Instant;
import java.util.List;

/**
 * A report with its triage and review ({@code GET /api/v1/reports/{id}}).
 *
 * @param level the level that stands now: the triage's, or the coach's override
 * @param report what the athlete stated
 * @param review absent until a coach reviewed the report
 */
public record ReportDetails(
    long id,
    long athleteId,
    String athleteName,
    String week,
    Instant submittedAt,
    Level level,
    ReviewStatus reviewStatus,
    NewReport report,
    Triage triage,
    ReviewResult review,
    String notice) {

  /** What the engine found, with the rule-set version that found it. */
  public record Triage(
      Level level,
      List<FindingItem> findings,
      List<Alternative> suggestedAlternatives,
      String ruleSetVersion,
      String levelSummary) {}

  static ReportDetails of(ReportDetail detail) {
    ReportView r = detail.report();
    return new ReportDetails(
        r.id(),
        r.athleteId(),
        r.athleteName(),
        r.week(),
        r.submittedAt(),
        r.level(),
        r.reviewStatus(),
        r.stated(),
        new Triage(
            r.triageLevel(),
            r.findings().stream().map(FindingItem::of).toList(),
            r.suggestedAlternatives(),
            r.ruleSetVersion(),
            r.levelSummary()),
        detail.review() == null ? null : ReviewResult.of(detail.review(), detail.assignments()),
        r.notice());
  }
}

package com.pullsafe.api;

import com.pullsafe.programming.Alternative;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.reports.VersionView;
import com.pullsafe.review.ReportDetail;
import com.pullsafe.triage.Level;
import java.time.Instant;
import java.util.List;

/**
 * A report with its triage, review and earlier versions ({@code GET /api/v1/reports/{id}}).
 *
 * @param submittedAt when the report was submitted, or last escalated by an amendment
 * @param level the level that stands now: the triage's, or the coach's override; an amendment never
 *     lowers it, only a review does
 * @param report what the athlete stated in the current version
 * @param triage the current version's triage
 * @param review the latest review; absent until a coach reviewed the report
 * @param version the current version: 1 until the athlete amends the report
 * @param amendedAt when the current version was sent, if it is an amendment
 * @param changedFields the answers the current version changed from the version before
 * @param versions the versions amendments replaced, oldest first
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
    String notice,
    int version,
    Instant amendedAt,
    List<String> changedFields,
    List<EarlierVersion> versions) {

  /** What the engine found, with the rule-set version that found it and its texts as shown then. */
  public record Triage(
      Level level,
      List<FindingItem> findings,
      List<Alternative> suggestedAlternatives,
      String ruleSetVersion,
      String levelSummary) {}

  /**
   * A version an amendment replaced: the answers then, what they changed from the version before,
   * and their triage.
   */
  public record EarlierVersion(
      int version,
      Instant submittedAt,
      NewReport report,
      List<String> changedFields,
      Triage triage) {

    static EarlierVersion of(VersionView v) {
      return new EarlierVersion(
          v.version(),
          v.submittedAt(),
          v.stated(),
          v.changedFields(),
          new Triage(
              v.triageLevel(),
              v.findings().stream().map(FindingItem::of).toList(),
              v.suggestedAlternatives(),
              v.ruleSetVersion(),
              v.levelSummary()));
    }
  }

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
            r.triageLevelSummary()),
        detail.review() == null ? null : ReviewResult.of(detail.review(), detail.assignments()),
        r.notice(),
        r.version(),
        r.amendedAt(),
        detail.changedFields(),
        detail.earlierVersions().stream().map(EarlierVersion::of).toList());
  }
}

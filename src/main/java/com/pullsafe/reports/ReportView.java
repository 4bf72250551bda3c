package com.pullsafe.reports;

import com.pullsafe.programming.Alternative;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageMessages;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A report with its triage, as pages and the API show it.
 *
 * @param submittedAt when the report was submitted, or last escalated by an amendment
 * @param level the level that stands now: the triage's or the coach's override; an amendment never
 *     lowers it, only a coach's review does
 * @param triageLevel the level the engine gave the current version
 * @param findings the current version's findings, with the texts shown then
 * @param levelSummary what the level that stands means: the triage's text as shown then when it is
 *     the triage's level
 * @param triageLevelSummary what the triage's level means, as shown with the triage
 * @param notice the one line every triage screen shows: PullSafe does not diagnose
 * @param stated what the athlete stated in the current version
 * @param version the number of the current version: 1 until the athlete amends the report
 * @param amendedAt when the current version was submitted, if it is an amendment
 */
public record ReportView(
    long id,
    long athleteId,
    String athleteName,
    String week,
    Instant submittedAt,
    Level level,
    Level triageLevel,
    ReviewStatus reviewStatus,
    List<FindingView> findings,
    List<Alternative> suggestedAlternatives,
    String ruleSetVersion,
    String levelSummary,
    String triageLevelSummary,
    String notice,
    NewReport stated,
    int version,
    Instant amendedAt)
    implements Serializable {

  static ReportView of(WeeklyReport r, TriageResult t) {
    return of(r, t, t.getFindings().stream().map(FindingView::of).toList());
  }

  /** With findings read beforehand, e.g. for a whole page in one query. */
  static ReportView of(WeeklyReport r, TriageResult t, List<FindingView> findings) {
    NewReport stated = new NewReport(r.getWeek().toString(), r.answers());
    return new ReportView(
        r.getId(),
        r.getAthlete().getId(),
        r.getAthlete().getDisplayName(),
        r.getWeek().toString(),
        r.getSubmittedAt(),
        r.getLevel(),
        t.getLevel(),
        r.getReviewStatus(),
        findings,
        t.getSuggestedAlternatives(),
        t.getRuleSetVersion(),
        r.getLevel() == t.getLevel()
            ? t.getLevelSummary()
            : TriageMessages.levelSummary(r.getLevel()),
        t.getLevelSummary(),
        TriageMessages.notice(),
        stated,
        r.getVersionNumber(),
        r.getVersionNumber() > 1 ? t.getCreatedAt() : null);
  }
}

package com.pullsafe.api;

import com.pullsafe.programming.Alternative;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.triage.Level;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a submitted or amended report ({@code POST /api/v1/reports}, {@code PUT
 * /api/v1/reports/{id}}): the triage at once, with the one-line notice that PullSafe supports
 * coaching and does not diagnose.
 *
 * @param level the level that stands: the triage's for a new report; an amendment never lowers it
 *     before a coach's review
 * @param triageLevel the level the triage gave this version
 * @param reviewStatus OPEN when the report waits for a coach (again, after an amendment that raised
 *     its level)
 * @param version 1 for a new report, one more with each amendment
 */
@Schema(
    requiredProperties = {
      "id",
      "week",
      "level",
      "triageLevel",
      "reviewStatus",
      "version",
      "findings",
      "suggestedAlternatives",
      "ruleSetVersion",
      "notice"
    })
public record TriagedReport(
    long id,
    String week,
    Level level,
    Level triageLevel,
    ReviewStatus reviewStatus,
    int version,
    List<FindingItem> findings,
    List<Alternative> suggestedAlternatives,
    String ruleSetVersion,
    String levelSummary,
    String notice) {

  static TriagedReport of(ReportView r) {
    return new TriagedReport(
        r.id(),
        r.week(),
        r.level(),
        r.triageLevel(),
        r.reviewStatus(),
        r.version(),
        r.findings().stream().map(FindingItem::of).toList(),
        r.suggestedAlternatives(),
        r.ruleSetVersion(),
        r.levelSummary(),
        r.notice());
  }
}

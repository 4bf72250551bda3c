package com.pullsafe.api;

import com.pullsafe.program.AssignmentView;
import com.pullsafe.review.Decision;
import com.pullsafe.review.ReviewView;
import com.pullsafe.triage.Level;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A coach's review of a report with the assignments made with it ({@code POST
 * /api/v1/reports/{id}/review}, and inside {@code GET /api/v1/reports/{id}}).
 *
 * @param level the level that stands: the triage's, or the override
 * @param reportVersion the version of the report's answers that was reviewed
 */
@Schema(
    requiredProperties = {
      "id",
      "reportId",
      "decision",
      "triageLevel",
      "level",
      "reviewedAt",
      "reportVersion",
      "assignments"
    })
public record ReviewResult(
    long id,
    long reportId,
    Decision decision,
    Level triageLevel,
    Level overrideLevel,
    Level level,
    String reason,
    String noteToAthlete,
    String reviewerName,
    Instant reviewedAt,
    int reportVersion,
    List<AssignmentView> assignments) {

  static ReviewResult of(ReviewView r, List<AssignmentView> assignments) {
    return new ReviewResult(
        r.id(),
        r.reportId(),
        r.decision(),
        r.triageLevel(),
        r.overrideLevel(),
        r.level(),
        r.reason(),
        r.noteToAthlete(),
        r.reviewerName(),
        r.reviewedAt(),
        r.reportVersion(),
        assignments);
  }
}

package com.pullsafe.api;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.review.QueueItem;
import com.pullsafe.triage.Level;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One flagged report in the review queue ({@code GET /api/v1/reports}); {@code id} is the report's;
 * {@code awaitingClearance} says whether its athlete awaits clearance after the engine's RED or
 * URGENT.
 */
@Schema(
    requiredProperties = {
      "id",
      "athleteId",
      "athleteName",
      "week",
      "level",
      "reviewStatus",
      "submittedAt",
      "awaitingClearance"
    })
public record QueueEntry(
    long id,
    long athleteId,
    String athleteName,
    String week,
    Level level,
    ReviewStatus reviewStatus,
    Instant submittedAt,
    boolean awaitingClearance) {

  static QueueEntry of(QueueItem i) {
    return new QueueEntry(
        i.reportId(),
        i.athleteId(),
        i.athleteName(),
        i.week(),
        i.level(),
        i.status(),
        i.submittedAt(),
        i.awaitingClearance());
  }
}

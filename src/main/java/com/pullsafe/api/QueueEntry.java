package com.pullsafe.api;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.review.QueueItem;
import com.pullsafe.triage.Level;
import java.time.Instant;

/**
 * One flagged report in the review queue ({@code GET /api/v1/reports}); {@code id} is the report's.
 */
public record QueueEntry(
    long id,
    long athleteId,
    String athleteName,
    String week,
    Level level,
    ReviewStatus reviewStatus,
    Instant submittedAt) {

  static QueueEntry of(QueueItem i) {
    return new QueueEntry(
        i.reportId(),
        i.athleteId(),
        i.athleteName(),
        i.week(),
        i.level(),
        i.status(),
        i.submittedAt());
  }
}

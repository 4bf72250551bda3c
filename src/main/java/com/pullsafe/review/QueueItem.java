package com.pullsafe.review;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.triage.Level;
import java.io.Serializable;
import java.time.Instant;

/**
 * One flagged report in the coach's queue.
 *
 * @param awaitingClearance the athlete awaits a clearance after the engine's RED or URGENT
 */
public record QueueItem(
    long reportId,
    long athleteId,
    String athleteName,
    String week,
    Level level,
    ReviewStatus status,
    Instant submittedAt,
    boolean awaitingClearance)
    implements Serializable {}

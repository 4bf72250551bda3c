package com.pullsafe.review;

import com.pullsafe.triage.Level;
import java.io.Serializable;
import java.time.Instant;

/**
 * A review as pages and the API show it; {@code level} is the one that stands.
 *
 * @param reportVersion the version of the report's answers that was reviewed
 */
public record ReviewView(
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
    boolean relearningBlock,
    int reportVersion)
    implements Serializable {}

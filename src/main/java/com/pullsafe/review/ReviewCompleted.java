package com.pullsafe.review;

import com.pullsafe.triage.Level;
import java.time.Instant;

/**
 * A coach stored review {@code reviewId} of report {@code reportId}, leaving {@code level}
 * standing. Fired inside the review's transaction; observers that reach outside must wait for the
 * commit.
 */
public record ReviewCompleted(
    long tenantId, long reviewId, long reportId, long athleteId, Level level, Instant at) {}

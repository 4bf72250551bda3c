package com.pullsafe.review;

import java.time.Instant;

/**
 * A coach has acted on report {@code reportId} at {@code at}: its alerts are done. Fired inside the
 * review's transaction, so the alerts close exactly when the review is stored.
 */
public record ReportActedOn(long reportId, Instant at) {}

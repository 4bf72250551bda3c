package com.pullsafe.review;

import com.pullsafe.triage.Level;
import java.time.Instant;

/** A review as pages and the API show it; {@code level} is the one that stands. */
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
    boolean relearningBlock) {}

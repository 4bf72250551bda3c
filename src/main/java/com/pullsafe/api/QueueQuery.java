package com.pullsafe.api;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.review.QueueFilter;
import com.pullsafe.shared.EnumName;
import com.pullsafe.shared.EnumNames;
import com.pullsafe.shared.NumberBounds;
import com.pullsafe.shared.WholeNumber;
import com.pullsafe.triage.Level;
import jakarta.validation.constraints.Pattern;

/**
 * The review queue's filters as query parameters send them; each unreadable one is refused naming
 * it. Blank filters are absent.
 */
record QueueQuery(
    @Pattern(
            regexp = "\\p{javaWhitespace}*true\\p{javaWhitespace}*",
            message = "{pullsafe.query.flagged}")
        String flagged,
    @EnumName(type = ReviewStatus.class, message = "{pullsafe.query.status}") String status,
    @EnumName(type = Level.class) String level,
    @WholeNumber(message = "{pullsafe.query.athleteId}") String athleteId) {

  /** The filter asked for; only for a query its constraints accept. */
  QueueFilter filter() {
    return new QueueFilter(
        EnumNames.parse(Level.class, level),
        EnumNames.parse(ReviewStatus.class, status),
        NumberBounds.readWhole(athleteId));
  }
}

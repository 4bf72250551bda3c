package com.pullsafe.review;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.triage.Level;

/**
 * Which flagged reports the queue shows.
 *
 * @param level only this level; null for AMBER and above
 * @param status OPEN (the default) or REVIEWED
 * @param athleteId only this athlete's reports; null for all the caller may see
 */
public record QueueFilter(Level level, ReviewStatus status, Long athleteId) {

  public static QueueFilter open() {
    return new QueueFilter(null, ReviewStatus.OPEN, null);
  }

  public ReviewStatus statusOrOpen() {
    return status == null ? ReviewStatus.OPEN : status;
  }
}

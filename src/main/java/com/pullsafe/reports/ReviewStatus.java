package com.pullsafe.reports;

/** Where a report stands in the coach's queue. */
public enum ReviewStatus {
  /** GREEN and not reviewed: no coach action needed. */
  NOT_FLAGGED,
  /** AMBER or higher, waiting for a coach. */
  OPEN,
  /** A coach confirmed or overrode the triage. */
  REVIEWED
}

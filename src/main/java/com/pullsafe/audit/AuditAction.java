package com.pullsafe.audit;

/** What was done, for the audit trail. */
public enum AuditAction {
  REVIEW_CONFIRMED,
  REVIEW_OVERRIDDEN,
  ASSIGNMENT_MADE,
  CLEARANCE_RECORDED,
  SETTINGS_CHANGED,
  COACH_ASSIGNED,
  ATHLETE_ARCHIVED,
  ATHLETE_ADDED,
  COACH_ADDED
}

package com.pullsafe.reminders;

/** Where the e-mail of one reminder stands. */
public enum ReminderMailStatus {
  /** Decided, waiting for the decision's transaction to commit. */
  PENDING,
  SENT,
  /** Tried and failed; retried until {@link Reminder#MAX_MAIL_ATTEMPTS}. */
  FAILED,
  /** Not sent after all: the athlete reported, was archived or unsubscribed in the meantime. */
  CANCELLED
}

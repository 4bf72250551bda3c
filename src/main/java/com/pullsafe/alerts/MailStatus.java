package com.pullsafe.alerts;

/** Whether the e-mail of a notification went out. */
public enum MailStatus {
  /** Not tried yet: waiting for the report's transaction to commit. */
  PENDING,
  SENT,
  /** Tried and failed; retried until {@link Notification#MAX_MAIL_ATTEMPTS}. */
  FAILED
}

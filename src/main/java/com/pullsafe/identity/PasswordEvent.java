package com.pullsafe.identity;

/**
 * Something happened to an account's password through a link, for the audit trail: fired in the
 * transaction that made the change, passed on to asynchronous observers once it committed ({@link
 * PasswordEventRelay}).
 */
public record PasswordEvent(Kind kind, KnownAccount account, PasswordLinkPurpose purpose) {

  /** What happened. */
  public enum Kind {
    /** Someone asked for a reset link for the account (it was mailed). */
    RESET_REQUESTED,
    /** The account's password was set through a link of {@link #purpose}. */
    PASSWORD_SET
  }
}

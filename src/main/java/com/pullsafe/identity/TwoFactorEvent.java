package com.pullsafe.identity;

/**
 * A change to an account's two-factor sign-in, for the audit trail: observed in the transaction
 * that made it, so neither exists without the other.
 *
 * @param account whose two-factor sign-in changed
 * @param actor who did it: the account's own e-mail, or the tenant admin who reset it
 */
public record TwoFactorEvent(Kind kind, KnownAccount account, String actor) {

  /** What happened. */
  public enum Kind {
    ENROLLED,
    DISABLED,
    RESET,
    RECOVERY_CODE_USED
  }
}

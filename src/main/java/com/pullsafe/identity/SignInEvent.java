package com.pullsafe.identity;

/**
 * Something that happened at sign-in, for the audit trail (observed asynchronously, so that
 * auditing can neither slow down nor fail a sign-in).
 *
 * @param login the login as typed (screened: printable, bounded)
 * @param account the account the login names, when known at the time; null otherwise
 * @param retryAfterSeconds for {@link Kind#THROTTLED}, how long the caller has to wait
 */
public record SignInEvent(
    Kind kind,
    Channel channel,
    String login,
    String address,
    KnownAccount account,
    PasswordCheck.Outcome outcome,
    LoginThrottle.Scope throttledBy,
    long retryAfterSeconds) {

  /** What happened. */
  public enum Kind {
    SIGNED_IN,
    FAILED,
    THROTTLED,
    /** The right password over HTTP Basic for an account that signs in with a second factor. */
    SECOND_FACTOR_REQUIRED
  }

  /** Where the credentials came from. */
  public enum Channel {
    PAGE,
    API
  }
}

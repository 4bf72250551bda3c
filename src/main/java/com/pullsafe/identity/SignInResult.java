package com.pullsafe.identity;

/**
 * The answer to a sign-in with login and password, as the mechanism acts on it.
 *
 * @param user who signed in; null unless {@code outcome} is VALID
 * @param retryAfterSeconds for THROTTLED and BUSY, how long the caller should wait
 */
public record SignInResult(
    Outcome outcome, SignedInUser user, long accountId, long retryAfterSeconds) {

  /** What the caller is told. */
  public enum Outcome {
    VALID,
    INVALID,
    TENANT_SUSPENDED,
    THROTTLED,
    BUSY
  }

  static SignInResult valid(KnownAccount account) {
    return new SignInResult(
        Outcome.VALID, new SignedInUser(account.email(), account.role()), account.id(), 0);
  }

  static SignInResult of(Outcome outcome) {
    return new SignInResult(outcome, null, 0, 0);
  }

  static SignInResult waitFor(Outcome outcome, long seconds) {
    return new SignInResult(outcome, null, 0, seconds);
  }
}

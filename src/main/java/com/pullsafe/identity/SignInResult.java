package com.pullsafe.identity;

/**
 * The answer to a sign-in with login and password, as the mechanism acts on it.
 *
 * @param user who signed in; null unless {@code outcome} is VALID
 * @param retryAfterSeconds for THROTTLED and BUSY, how long the caller should wait
 * @param secondStep for a VALID page sign-in of an account with two-factor sign-in, what is still
 *     due; null when the password is enough
 */
public record SignInResult(
    Outcome outcome,
    SignedInUser user,
    long accountId,
    long retryAfterSeconds,
    PendingSignIn.Step secondStep) {

  /** What the caller is told. */
  public enum Outcome {
    VALID,
    INVALID,
    TENANT_SUSPENDED,
    THROTTLED,
    BUSY,
    /**
     * The password was right, but the account signs in with a second factor, which HTTP Basic
     * cannot carry.
     */
    SECOND_FACTOR_REQUIRED
  }

  static SignInResult valid(KnownAccount account, PendingSignIn.Step secondStep) {
    return new SignInResult(
        Outcome.VALID,
        new SignedInUser(account.email(), account.role()),
        account.id(),
        0,
        secondStep);
  }

  static SignInResult of(Outcome outcome) {
    return new SignInResult(outcome, null, 0, 0, null);
  }

  static SignInResult waitFor(Outcome outcome, long seconds) {
    return new SignInResult(outcome, null, 0, seconds, null);
  }
}

package com.pullsafe.identity;

import java.util.List;

/**
 * The answer to the second step of a page sign-in.
 *
 * @param recoveryCodes after an authenticator was set up during sign-in, its new recovery codes (to
 *     be shown once); empty otherwise
 * @param retryAfterSeconds for THROTTLED, how long to wait
 */
public record SecondFactorResult(
    Outcome outcome, List<String> recoveryCodes, long retryAfterSeconds) {

  /** What the user is told. */
  public enum Outcome {
    VALID,
    INVALID,
    THROTTLED,
    /** No pending sign-in (none, or too old): sign in with the password again. */
    EXPIRED
  }

  static SecondFactorResult of(Outcome outcome) {
    return new SecondFactorResult(outcome, List.of(), 0);
  }
}

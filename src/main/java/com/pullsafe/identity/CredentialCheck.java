package com.pullsafe.identity;

/**
 * What checking a password or a token found: who signs in, or why nobody does. A user of a
 * suspended tenant is told so only after presenting valid credentials, so the answer reveals
 * nothing to someone guessing passwords.
 *
 * @param user who signs in; null unless {@code outcome} is VALID
 */
public record CredentialCheck(Outcome outcome, SignedInUser user) {

  /** Whether the credentials sign someone in. */
  public enum Outcome {
    VALID,
    INVALID,
    TENANT_SUSPENDED
  }

  static CredentialCheck valid(SignedInUser user) {
    return new CredentialCheck(Outcome.VALID, user);
  }

  static CredentialCheck invalid() {
    return new CredentialCheck(Outcome.INVALID, null);
  }

  static CredentialCheck suspended() {
    return new CredentialCheck(Outcome.TENANT_SUSPENDED, null);
  }

  public boolean isValid() {
    return outcome == Outcome.VALID;
  }
}

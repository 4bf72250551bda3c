package com.pullsafe.identity;

/**
 * What checking a login and password found, in more detail than the caller is told: the audit trail
 * and the security log say why a sign-in failed; the caller only learns that it did.
 *
 * @param account the account the login names; null if none does
 */
public record PasswordCheck(Outcome outcome, KnownAccount account) {

  /** Why a password check came out as it did. */
  public enum Outcome {
    VALID,
    UNKNOWN_LOGIN,
    WRONG_PASSWORD,
    ACCOUNT_INACTIVE,
    TENANT_SUSPENDED
  }

  /** What the caller is told: an inactive account is refused like a wrong password. */
  public CredentialCheck toCredentialCheck() {
    return switch (outcome) {
      case VALID -> CredentialCheck.valid(new SignedInUser(account.email(), account.role()));
      case TENANT_SUSPENDED -> CredentialCheck.suspended();
      case UNKNOWN_LOGIN, WRONG_PASSWORD, ACCOUNT_INACTIVE -> CredentialCheck.invalid();
    };
  }
}

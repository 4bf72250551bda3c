package com.pullsafe.identity;

import java.time.Instant;

/**
 * A password link was made and must be mailed once its transaction commits. It carries the secret,
 * which exists nowhere else (only its hash is stored), so it is never logged.
 *
 * @param tenantName null for a platform admin
 */
public record PasswordLinkIssued(
    String email,
    String displayName,
    String tenantName,
    PasswordLinkPurpose purpose,
    String secret,
    Instant expiresAt) {

  @Override
  public String toString() {
    return "PasswordLinkIssued[" + purpose + " to " + email + ", until " + expiresAt + "]";
  }
}

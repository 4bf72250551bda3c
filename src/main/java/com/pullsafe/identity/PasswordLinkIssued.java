package com.pullsafe.identity;

import java.time.Instant;
import java.util.Locale;

/**
 * A password link was made and must be mailed once its transaction commits. It carries the secret,
 * which exists nowhere else (only its hash is stored), so it is never logged.
 *
 * @param tenantName null for a platform admin
 * @param language the language of the mail
 */
public record PasswordLinkIssued(
    String email,
    String displayName,
    String tenantName,
    PasswordLinkPurpose purpose,
    String secret,
    Instant expiresAt,
    Locale language) {

  @Override
  public String toString() {
    return "PasswordLinkIssued[" + purpose + " to " + email + ", until " + expiresAt + "]";
  }
}

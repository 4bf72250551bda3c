package com.pullsafe.identity;

import java.time.Instant;

/**
 * A token as its owner's list shows it: never the secret, only its visible prefix.
 *
 * @param expiresAt when it stops working; null when it never expires
 * @param expired whether it has expired (it then no longer signs in, but is listed until revoked)
 */
public record TokenView(
    long id,
    String name,
    String prefix,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    boolean expired) {

  static TokenView of(AccessToken token, Instant now) {
    return new TokenView(
        token.getId(),
        token.getName(),
        token.getPrefix(),
        token.getCreatedAt(),
        token.getLastUsedAt(),
        token.getExpiresAt(),
        token.isExpired(now));
  }
}

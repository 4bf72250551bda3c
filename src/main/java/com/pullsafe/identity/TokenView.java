package com.pullsafe.identity;

import java.time.Instant;

/** A token as its owner's list shows it: never the secret, only its visible prefix. */
public record TokenView(
    long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {

  static TokenView of(AccessToken token) {
    return new TokenView(
        token.getId(),
        token.getName(),
        token.getPrefix(),
        token.getCreatedAt(),
        token.getLastUsedAt());
  }
}

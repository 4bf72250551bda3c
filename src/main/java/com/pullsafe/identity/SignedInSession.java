package com.pullsafe.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What a page session remembers of its signed-in user: who, with which groups, and when they signed
 * in, so that every request can check the account still stands.
 */
record SignedInSession(long accountId, String email, Set<String> groups, Instant signedInAt)
    implements Serializable {

  static final String ATTRIBUTE = "pullsafe.caller";

  SignedInSession renewedAt(Instant now) {
    return new SignedInSession(accountId, email, groups, now);
  }
}

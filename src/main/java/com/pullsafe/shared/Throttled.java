package com.pullsafe.shared;

import jakarta.ejb.ApplicationException;

/**
 * The caller has done this too often for now and waits {@link #retryAfterSeconds}: the API answers
 * 429 with {@code Retry-After}, a page shows the message.
 */
@ApplicationException(rollback = true)
public class Throttled extends RuntimeException {

  private final long retryAfterSeconds;

  public Throttled(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}

package com.pullsafe.identity;

import jakarta.ejb.ApplicationException;

/**
 * Too many password-reset requests from one client address: it waits {@link #retryAfterSeconds}.
 */
@ApplicationException(rollback = true)
public class ResetThrottled extends RuntimeException {

  private final long retryAfterSeconds;

  public ResetThrottled(long retryAfterSeconds) {
    super("Too many password-reset requests; retry after " + retryAfterSeconds + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}

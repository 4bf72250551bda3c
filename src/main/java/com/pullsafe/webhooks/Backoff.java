package com.pullsafe.webhooks;

import com.pullsafe.shared.Config;
import java.time.Duration;

/**
 * When a failed delivery is tried again: {@code base} after the first failure, doubling after each
 * further one up to {@code cap}; after {@code maxAttempts} tries it is given up.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

  static final long DEFAULT_BASE_SECONDS = 30;
  static final Duration CAP = Duration.ofHours(6);
  static final int MAX_ATTEMPTS = 8;

  /** The production schedule, with the base from {@value Config#WEBHOOK_RETRY_BASE_SECONDS}. */
  public static Backoff configured() {
    long base =
        Config.positiveNumber(Config.WEBHOOK_RETRY_BASE_SECONDS).orElse(DEFAULT_BASE_SECONDS);
    return new Backoff(Duration.ofSeconds(base), CAP, MAX_ATTEMPTS);
  }

  /** The wait after the {@code attempts}-th failed try (1 for the first). */
  public Duration delayAfter(int attempts) {
    if (attempts < 1) {
      return Duration.ZERO;
    }
    int doublings = Math.min(attempts - 1, 30);
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}

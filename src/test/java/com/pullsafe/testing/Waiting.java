package com.pullsafe.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls for a condition that becomes true asynchronously (a log line, an audit entry). */
public final class Waiting {

  private static final long POLL_MILLIS = 100;

  private Waiting() {}

  /** Answers {@code value} once {@code done} accepts it; fails after {@code timeout}. */
  public static <T> T until(Supplier<T> value, Predicate<T> done, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T current = value.get();
    while (!done.test(current)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; last seen: " + current);
      }
      briefly();
      current = value.get();
    }
    return current;
  }

  static void briefly() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

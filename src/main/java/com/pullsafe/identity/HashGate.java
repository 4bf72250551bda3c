package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Caps the password hashes that run at once (each costs a core for a fraction of a second), so a
 * flood of sign-ins cannot starve every other request. A few more may wait briefly for a turn;
 * beyond that an attempt is turned away at once, to be retried, rather than queueing without end.
 */
@ApplicationScoped
public class HashGate {

  static final Duration MAX_WAIT = Duration.ofSeconds(2);

  /** Seconds a turned-away caller is told to wait. */
  public static final int RETRY_AFTER_SECONDS = 2;

  private final Semaphore hashing;
  private final Semaphore admitted;
  private final Duration maxWait;

  public HashGate() {
    this(Math.max(2, Runtime.getRuntime().availableProcessors() * 2), MAX_WAIT);
  }

  HashGate(int concurrentHashes, Duration maxWait) {
    this.hashing = new Semaphore(concurrentHashes);
    this.admitted = new Semaphore(concurrentHashes * 3);
    this.maxWait = maxWait;
  }

  /** Runs {@code hash} when a turn is free; empty when none came free in time. */
  public <T> Optional<T> run(Supplier<T> hash) {
    if (!admitted.tryAcquire()) {
      return Optional.empty();
    }
    try {
      if (!hashing.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
        return Optional.empty();
      }
      try {
        return Optional.of(hash.get());
      } finally {
        hashing.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      admitted.release();
    }
  }
}

package com.pullsafe.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-in attempts per key (a login or an address) under one {@link LoginThrottle.Policy}.
 * Callers lock an {@link Entry} while they read or change it.
 */
final class Ledger {

  static final int MAX_KEYS = 100_000;

  private final LoginThrottle.Policy policy;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  Ledger(LoginThrottle.Policy policy) {
    this.policy = policy;
  }

  /**
   * The entry of {@code key}. When the ledger is full even after forgetting idle keys (a flood of
   * distinct keys), a new key gets an entry that is not kept: it is throttled only by the other
   * ledger, rather than everybody being refused.
   */
  Entry entry(String key, Instant now) {
    Entry existing = entries.get(key);
    if (existing != null) {
      return existing;
    }
    if (entries.size() >= MAX_KEYS) {
      entries.values().removeIf(entry -> entry.forgettable(now));
      if (entries.size() >= MAX_KEYS) {
        return new Entry();
      }
    }
    return entries.computeIfAbsent(key, k -> new Entry());
  }

  int size() {
    return entries.size();
  }

  /** One key's failures (decaying), attempts in flight, and until when it is refused. */
  final class Entry {

    private int failures;
    private int pending;
    private Instant forgivenUntil = Instant.MIN;
    private Instant refusedUntil = Instant.MIN;
    private boolean refusalNoticed;

    /** How long an attempt now has to wait, if it has to. */
    synchronized Optional<Duration> refusal(Instant now) {
      forgive(now);
      if (now.isBefore(refusedUntil)) {
        return Optional.of(Duration.between(now, refusedUntil));
      }
      if (pending > 0 && failures + pending >= policy.freeFailures()) {
        // An attempt beyond the free ones is already being checked: wait for its outcome.
        return Optional.of(policy.delayAfter(failures + pending));
      }
      return Optional.empty();
    }

    /** Whether a refusal is the first since the last change, and remembers that it was. */
    synchronized boolean noticeRefusal() {
      boolean first = !refusalNoticed;
      refusalNoticed = true;
      return first;
    }

    synchronized void reserve(Instant now) {
      forgive(now);
      pending++;
      refusalNoticed = false;
    }

    synchronized void complete(boolean failure, Instant now) {
      forgive(now);
      pending = Math.max(0, pending - 1);
      if (failure) {
        if (failures == 0) {
          forgivenUntil = now;
        }
        failures++;
        refusalNoticed = false;
        Instant until = now.plus(policy.delayAfter(failures));
        if (until.isAfter(refusedUntil)) {
          refusedUntil = until;
        }
      }
    }

    synchronized int failures(Instant now) {
      forgive(now);
      return failures;
    }

    private synchronized boolean forgettable(Instant now) {
      forgive(now);
      return failures == 0 && pending == 0 && !now.isBefore(refusedUntil);
    }

    private void forgive(Instant now) {
      if (failures == 0) {
        return;
      }
      long quiet = Duration.between(forgivenUntil, now).toNanos();
      long steps = quiet / policy.forgiveEvery().toNanos();
      if (steps <= 0) {
        return;
      }
      failures = (int) Math.max(0, failures - steps);
      forgivenUntil = forgivenUntil.plus(policy.forgiveEvery().multipliedBy(steps));
    }
  }
}

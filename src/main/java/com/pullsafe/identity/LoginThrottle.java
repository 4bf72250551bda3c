package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses sign-in attempts for a login after {@value #MAX_FAILURES} failures within {@link
 * #WINDOW}. Keyed by the login as typed, whether or not such an account exists, so the answer
 * reveals nothing. Kept in memory: per server node, and forgotten on restart.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED_LOGINS = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isLocked(String login) {
    Deque<Instant> recent = failures.get(key(login));
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      prune(recent);
      return recent.size() >= MAX_FAILURES;
    }
  }

  public void recordFailure(String login) {
    if (failures.size() >= MAX_TRACKED_LOGINS) {
      failures.values().removeIf(this::pruneAndIsEmpty);
    }
    Deque<Instant> recent = failures.computeIfAbsent(key(login), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(clock.instant());
    }
  }

  public void recordSuccess(String login) {
    failures.remove(key(login));
  }

  private boolean pruneAndIsEmpty(Deque<Instant> recent) {
    synchronized (recent) {
      prune(recent);
      return recent.isEmpty();
    }
  }

  private void prune(Deque<Instant> recent) {
    Instant cutoff = clock.instant().minus(WINDOW);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
      recent.removeFirst();
    }
  }

  private static String key(String login) {
    return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
  }
}

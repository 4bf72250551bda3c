package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds password-reset requests, in memory per node. By client address: {@value #PER_ADDRESS} per
 * {@link #WINDOW}, then the address waits (it may be told: that says nothing about any account). By
 * e-mail address: {@value #PER_LOGIN} per window, beyond which requests are answered as usual but
 * send no mail, so nobody's mailbox is flooded and the answer still reveals nothing.
 */
@ApplicationScoped
public class ResetRequestThrottle {

  static final int PER_ADDRESS = 20;
  static final int PER_LOGIN = 3;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int MAX_KEYS = 100_000;

  private final Clock clock;
  private final Map<String, Window> byAddress = new ConcurrentHashMap<>();
  private final Map<String, Window> byLogin = new ConcurrentHashMap<>();

  public ResetRequestThrottle() {
    this(Clock.systemUTC());
  }

  ResetRequestThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Counts a request from {@code address}; empty when it may go on, else how long to wait. */
  public Optional<Duration> refusalForAddress(String address) {
    return count(byAddress, LoginThrottle.addressKey(address), PER_ADDRESS);
  }

  /** Counts a request for {@code login}; false when no further mail should go to it for now. */
  public boolean mayMail(String login) {
    return count(byLogin, LoginThrottle.loginKey(login), PER_LOGIN).isEmpty();
  }

  private Optional<Duration> count(Map<String, Window> windows, String key, int limit) {
    Instant now = clock.instant();
    if (windows.size() >= MAX_KEYS) {
      windows.values().removeIf(window -> window.over(now));
    }
    Window window = windows.compute(key, (k, w) -> w == null || w.over(now) ? new Window(now) : w);
    return window.take(now, limit);
  }

  /** Requests counted since {@code start}. */
  private static final class Window {
    private final Instant start;
    private int count;

    Window(Instant start) {
      this.start = start;
    }

    boolean over(Instant now) {
      return !now.isBefore(start.plus(WINDOW));
    }

    synchronized Optional<Duration> take(Instant now, int limit) {
      if (count >= limit) {
        return Optional.of(Duration.between(now, start.plus(WINDOW)));
      }
      count++;
      return Optional.empty();
    }
  }
}

package com.pullsafe.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How much each key (a client address, a login, a caller) may do per fixed window, in memory per
 * node: up to {@code limit} in a window of {@code length} from the key's first use, then it waits
 * until the window ends. Idle keys are forgotten when {@value #MAX_KEYS} are held.
 */
public final class WindowedBudget {

  public static final int MAX_KEYS = 100_000;

  private final int limit;
  private final Duration length;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public WindowedBudget(int limit, Duration length, Clock clock) {
    this.limit = limit;
    this.length = length;
    this.clock = clock;
  }

  /**
   * Spends {@code amount} of the key's budget: empty when it may go on, else how long until its
   * window ends. A refused spend spends nothing.
   */
  public Optional<Duration> spend(String key, int amount) {
    Instant now = clock.instant();
    if (windows.size() >= MAX_KEYS) {
      windows.values().removeIf(window -> window.over(now));
    }
    Window window = windows.compute(key, (k, w) -> w == null || w.over(now) ? new Window(now) : w);
    return window.take(now, amount);
  }

  /** What was spent since {@code start}. */
  private final class Window {
    private final Instant start;
    private int spent;

    Window(Instant start) {
      this.start = start;
    }

    boolean over(Instant now) {
      return !now.isBefore(start.plus(length));
    }

    synchronized Optional<Duration> take(Instant now, int amount) {
      if (spent + amount > limit) {
        return Optional.of(Duration.between(now, start.plus(length)));
      }
      spent += amount;
      return Optional.empty();
    }
  }
}

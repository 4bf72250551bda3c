package com.pullsafe.roster;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Throttled;
import com.pullsafe.shared.WindowedBudget;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Bounds how many addresses one caller may check or invite, in memory per node: {@value
 * #PER_CALLER} per {@link #WINDOW}, a preview or a list counting each of its rows. An honest coach
 * previews a full list a few times an hour; beyond that the caller waits.
 */
@ApplicationScoped
public class InvitationThrottle {

  static final int PER_CALLER = 2000;
  static final Duration WINDOW = Duration.ofHours(1);

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.roster.RosterMessages", InvitationThrottle.class);

  private final WindowedBudget byCaller;

  public InvitationThrottle() {
    this(Clock.systemUTC());
  }

  InvitationThrottle(Clock clock) {
    byCaller = new WindowedBudget(PER_CALLER, WINDOW, clock);
  }

  /** Counts {@code addresses} for the caller; {@link Throttled} when over the budget. */
  void spend(String callerEmail, int addresses) {
    byCaller
        .spend(callerEmail.toLowerCase(Locale.ROOT), Math.max(1, addresses))
        .ifPresent(
            wait -> {
              long seconds = Math.max(1, wait.toSeconds());
              throw new Throttled(
                  TEXTS.text("invitations.throttled", (seconds + 59) / 60), seconds);
            });
  }
}

package com.pullsafe.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The weeks whose report an athlete may still amend: the current ISO week and the one before
 * (domain brief, "Amending a report"). Counted in the athlete's favour across time zones: a week is
 * current once it has begun anywhere on Earth, and still the previous week until the following week
 * has ended everywhere.
 */
public record AmendmentWindow(IsoWeek earliest, IsoWeek latest) {

  /** The furthest time zone behind UTC. */
  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

  public static AmendmentWindow at(Clock clock) {
    IsoWeek currentSomewhere =
        IsoWeek.containing(LocalDate.ofInstant(clock.instant(), LATEST_ZONE));
    return new AmendmentWindow(currentSomewhere.minusWeeks(1), IsoWeek.latestStarted(clock));
  }

  public boolean includes(IsoWeek week) {
    return !week.isAfter(latest) && !earliest.isAfter(week);
  }
}

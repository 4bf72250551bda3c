package com.pullsafe.squad;

import com.pullsafe.reports.IsoWeek;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks the squad view shows: the latest week that has begun anywhere (the newest a report can
 * be for) and the {@value #WEEKS} - 1 before it, oldest first.
 */
public record SquadWindow(IsoWeek newest) implements Serializable {

  public static final int WEEKS = 12;

  public static SquadWindow endingNow(Clock clock) {
    return new SquadWindow(IsoWeek.latestStarted(clock));
  }

  public IsoWeek oldest() {
    return newest.minusWeeks(WEEKS - 1);
  }

  /** The weeks, oldest first. */
  public List<String> weeks() {
    List<String> weeks = new ArrayList<>(WEEKS);
    for (IsoWeek w = oldest(); !w.isAfter(newest); w = w.plusWeeks(1)) {
      weeks.add(w.toString());
    }
    return weeks;
  }
}

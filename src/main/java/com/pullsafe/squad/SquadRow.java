package com.pullsafe.squad;

import com.pullsafe.triage.Level;
import java.io.Serializable;
import java.util.List;

/**
 * One athlete of the squad view, with the facts the risk order is made of.
 *
 * @param status the level that stands for the latest reported week, never below the level whose
 *     clearance is awaited (as on the athletes page); null before any report
 * @param clearanceLevel RED or URGENT while a clearance is awaited, otherwise null
 * @param recurringPain the latest reported week, if it is in the window, has RECURRING_PAIN
 * @param missingWeeks weeks of the window since the athlete joined without a report
 * @param cells the window's weeks, oldest first
 */
public record SquadRow(
    long athleteId,
    String displayName,
    String coachName,
    Level status,
    Level clearanceLevel,
    boolean recurringPain,
    int missingWeeks,
    List<SquadCell> cells)
    implements Serializable {

  public boolean awaitingClearance() {
    return clearanceLevel != null;
  }

  /** The weeks of the window in which a report was expected: those since the athlete joined. */
  public int weeksSinceJoining() {
    return (int) cells.stream().filter(c -> !c.beforeJoining()).count();
  }
}

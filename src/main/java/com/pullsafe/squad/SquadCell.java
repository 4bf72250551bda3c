package com.pullsafe.squad;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.triage.Level;
import java.io.Serializable;

/**
 * One athlete's week in the squad view.
 *
 * @param reportId null when the athlete did not report that week
 * @param level the level that stands (the engine's or a coach's override); null when not reported
 * @param reviewStatus null when not reported
 * @param awaitingClearance this week's report gave the RED or URGENT whose clearance is awaited
 */
public record SquadCell(
    String week, Long reportId, Level level, ReviewStatus reviewStatus, boolean awaitingClearance)
    implements Serializable {

  static SquadCell notReported(String week) {
    return new SquadCell(week, null, null, null, false);
  }

  public boolean reported() {
    return reportId != null;
  }
}

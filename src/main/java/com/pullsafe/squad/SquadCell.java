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
 * @param beforeJoining the week is older than the athlete's first week with the club (their
 *     account's or their first report's, whichever is older): no report was expected
 */
public record SquadCell(
    String week,
    Long reportId,
    Level level,
    ReviewStatus reviewStatus,
    boolean awaitingClearance,
    boolean beforeJoining)
    implements Serializable {

  static SquadCell reported(
      String week, long reportId, Level level, ReviewStatus status, boolean awaitingClearance) {
    return new SquadCell(week, reportId, level, status, awaitingClearance, false);
  }

  static SquadCell notReported(String week) {
    return new SquadCell(week, null, null, null, false, false);
  }

  static SquadCell beforeJoining(String week) {
    return new SquadCell(week, null, null, null, false, true);
  }

  public boolean reported() {
    return reportId != null;
  }
}

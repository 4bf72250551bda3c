package com.pullsafe.review;

import com.pullsafe.triage.Level;
import java.time.Instant;

/**
 * A coach's review of one of the athlete's reports as the athlete's own pages show it: the level
 * that stands after the review, whether the coach changed it and from what, the coach's note, and
 * what to do now. A RED or URGENT keeps heavy pulling off until a coach records a clearance,
 * whatever lower level the coach set (domain brief, "After RED or URGENT").
 *
 * @param triageLevel the level the engine gave
 * @param level the level that stands after the review
 * @param clearedSince whether a clearance was recorded after the report was submitted
 */
public record CoachDecision(
    long reportId,
    String week,
    Decision decision,
    Level triageLevel,
    Level level,
    String noteToAthlete,
    String reviewerName,
    Instant reviewedAt,
    boolean clearedSince) {

  /** What the athlete is told to do after the review. */
  public enum NextStep {
    EMERGENCY_CARE,
    NO_HEAVY_PULLING,
    AWAITING_CLEARANCE,
    CLEARED,
    FOLLOW_PROGRAM,
    TRAIN_AS_PLANNED
  }

  public boolean changedLevel() {
    return level != triageLevel;
  }

  public NextStep nextStep() {
    boolean stopped = triageLevel.stopsHeavyPulling() || level.stopsHeavyPulling();
    if (stopped && !clearedSince) {
      return switch (level) {
        case URGENT -> NextStep.EMERGENCY_CARE;
        case RED -> NextStep.NO_HEAVY_PULLING;
        default -> NextStep.AWAITING_CLEARANCE;
      };
    }
    if (stopped) {
      return NextStep.CLEARED;
    }
    return level == Level.GREEN ? NextStep.TRAIN_AS_PLANNED : NextStep.FOLLOW_PROGRAM;
  }
}

package com.pullsafe.api;

import com.pullsafe.program.AssignmentView;
import com.pullsafe.program.ProgramView;
import com.pullsafe.triage.Level;
import java.math.BigDecimal;
import java.util.List;

/**
 * An athlete's current program ({@code GET /api/v1/athletes/{id}/program}).
 *
 * @param awaitingClearance the engine gave RED or URGENT and no coach has cleared the athlete since
 *     (a coach's override does not clear)
 * @param clearanceLevel the level whose clearance is awaited; absent when none is
 * @param clearanceWeek the week of the report that gave it; absent when none is awaited
 * @param nextTopSetMaxKg absent when not cleared for heavy pulling or without a reported top set
 * @param relearningBlock absent unless prescribed
 * @param assignments the current assignments
 * @param pausedAssignments made before an engine RED or URGENT that does not allow them: not
 *     current; they do not resume on the clearance, the coach assigns afresh
 */
public record AthleteProgram(
    boolean clearedForHeavyPulling,
    boolean awaitingClearance,
    Level clearanceLevel,
    String clearanceWeek,
    BigDecimal progressionCapPercent,
    BigDecimal nextTopSetMaxKg,
    BigDecimal estimatedOneRepMaxKg,
    RelearningBlock relearningBlock,
    boolean walkingAllowed,
    int walkingTargetMinutes,
    List<AssignmentView> assignments,
    List<AssignmentView> pausedAssignments) {

  /**
   * Sets of repsMin to repsMax at loadMinKg to loadMaxKg, lifting and lowering over tempoSeconds to
   * tempoSecondsMax seconds (the domain brief's "3–4 s up and down").
   */
  public record RelearningBlock(
      int sets,
      int repsMin,
      int repsMax,
      BigDecimal loadMinKg,
      BigDecimal loadMaxKg,
      int tempoSeconds,
      int tempoSecondsMax) {}

  static AthleteProgram of(ProgramView p) {
    ProgramView.Block b = p.relearningBlock();
    return new AthleteProgram(
        p.clearedForHeavyPulling(),
        p.awaitingClearance(),
        p.clearanceLevel(),
        p.clearanceWeek(),
        p.progressionCapPercent(),
        p.nextTopSetMaxKg(),
        p.estimatedOneRepMaxKg(),
        b == null
            ? null
            : new RelearningBlock(
                b.sets(),
                b.repsMin(),
                b.repsMax(),
                b.loadMinKg(),
                b.loadMaxKg(),
                b.tempoSeconds(),
                b.tempoSecondsMax()),
        p.walkingAllowed(),
        p.walkingTargetMinutes(),
        p.assignments(),
        p.pausedAssignments());
  }
}

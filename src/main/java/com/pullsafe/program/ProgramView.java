package com.pullsafe.program;

import com.pullsafe.programming.Prescription;
import com.pullsafe.programming.RelearningBlock;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.triage.Level;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An athlete's current program, as pages and the API show it (api-v1, {@code GET
 * /athletes/{id}/program}).
 *
 * @param clearedForHeavyPulling false while a clearance is awaited
 * @param awaitingClearance the engine gave RED or URGENT and no coach has cleared the athlete since
 * @param clearanceLevel the level whose clearance is awaited; null when none is
 * @param clearanceWeek the week of the report that gave it; null when none is awaited
 * @param nextTopSetMaxKg null when not cleared for heavy pulling or without a reported top set
 * @param relearningBlock null unless prescribed
 * @param assignments the coach's current assignments, without the paused ones
 * @param pausedAssignments assignments made before an engine RED or URGENT that does not allow
 *     them: not current, kept for the coach to assign afresh after the clearance
 */
public record ProgramView(
    long athleteId,
    boolean clearedForHeavyPulling,
    boolean awaitingClearance,
    Level clearanceLevel,
    String clearanceWeek,
    BigDecimal progressionCapPercent,
    BigDecimal nextTopSetMaxKg,
    BigDecimal estimatedOneRepMaxKg,
    Block relearningBlock,
    boolean walkingAllowed,
    int walkingTargetMinutes,
    List<AssignmentView> assignments,
    List<AssignmentView> pausedAssignments)
    implements Serializable {

  /**
   * A relearning block: sets of repsMin–repsMax at loadMinKg–loadMaxKg, tempo in seconds each way.
   */
  public record Block(
      int sets,
      int repsMin,
      int repsMax,
      BigDecimal loadMinKg,
      BigDecimal loadMaxKg,
      int tempoSeconds,
      int tempoSecondsMax)
      implements Serializable {

    static Block of(RelearningBlock b) {
      return b == null
          ? null
          : new Block(
              b.sets(),
              b.repsMin(),
              b.repsMax(),
              b.loadMinKg(),
              b.loadMaxKg(),
              b.tempoSecondsMin(),
              b.tempoSecondsMax());
    }
  }

  static ProgramView of(
      long athleteId,
      Prescription p,
      int walkingTargetMinutes,
      AwaitedClearance awaited,
      List<AssignmentView> assignments,
      List<AssignmentView> pausedAssignments) {
    return new ProgramView(
        athleteId,
        p.clearedForHeavyPulling(),
        awaited != null,
        awaited == null ? null : awaited.level(),
        awaited == null ? null : awaited.week(),
        p.progressionCapPercent(),
        p.nextTopSetMaxKg(),
        p.estimatedOneRepMaxKg(),
        Block.of(p.relearningBlock()),
        p.walkingAllowed(),
        walkingTargetMinutes,
        assignments,
        pausedAssignments);
  }

  /** What may be assigned while the clearance is awaited, by name; null when none is awaited. */
  public String allowedWhileAwaiting() {
    return clearanceLevel == null ? null : ClearanceRule.allowedNames(clearanceLevel);
  }
}

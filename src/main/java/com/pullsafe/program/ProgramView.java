package com.pullsafe.program;

import com.pullsafe.programming.Prescription;
import com.pullsafe.programming.RelearningBlock;
import java.math.BigDecimal;
import java.util.List;

/**
 * An athlete's current program, as pages and the API show it (api-v1, {@code GET
 * /athletes/{id}/program}).
 *
 * @param nextTopSetMaxKg null when not cleared for heavy pulling or without a reported top set
 * @param relearningBlock null unless prescribed
 */
public record ProgramView(
    long athleteId,
    boolean clearedForHeavyPulling,
    BigDecimal progressionCapPercent,
    BigDecimal nextTopSetMaxKg,
    BigDecimal estimatedOneRepMaxKg,
    Block relearningBlock,
    boolean walkingAllowed,
    int walkingTargetMinutes,
    List<AssignmentView> assignments) {

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
      int tempoSecondsMax) {

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
      long athleteId, Prescription p, int walkingTargetMinutes, List<AssignmentView> assignments) {
    return new ProgramView(
        athleteId,
        p.clearedForHeavyPulling(),
        p.progressionCapPercent(),
        p.nextTopSetMaxKg(),
        p.estimatedOneRepMaxKg(),
        Block.of(p.relearningBlock()),
        p.walkingAllowed(),
        walkingTargetMinutes,
        assignments);
  }
}

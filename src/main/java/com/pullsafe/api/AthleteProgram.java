package com.pullsafe.api;

import com.pullsafe.program.AssignmentView;
import com.pullsafe.program.ProgramView;
import java.math.BigDecimal;
import java.util.List;

/**
 * An athlete's current program ({@code GET /api/v1/athletes/{id}/program}).
 *
 * @param nextTopSetMaxKg absent when not cleared for heavy pulling or without a reported top set
 * @param relearningBlock absent unless prescribed
 */
public record AthleteProgram(
    boolean clearedForHeavyPulling,
    BigDecimal progressionCapPercent,
    BigDecimal nextTopSetMaxKg,
    BigDecimal estimatedOneRepMaxKg,
    RelearningBlock relearningBlock,
    boolean walkingAllowed,
    int walkingTargetMinutes,
    List<AssignmentView> assignments) {

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
        p.assignments());
  }
}

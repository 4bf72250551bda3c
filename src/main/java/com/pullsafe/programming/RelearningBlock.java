package com.pullsafe.programming;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A relearning block (domain brief, "Relearning block"): 5 sets of 3–4 reps at 75–80 % of the
 * estimated 1RM, 3–4 s lifting and 3–4 s lowering, loads rounded down to the plate increment.
 */
public record RelearningBlock(
    int sets,
    int repsMin,
    int repsMax,
    BigDecimal loadMinKg,
    BigDecimal loadMaxKg,
    int tempoSecondsMin,
    int tempoSecondsMax) {

  public static final int SETS = 5;
  public static final int REPS_MIN = 3;
  public static final int REPS_MAX = 4;
  public static final BigDecimal LOAD_MIN_PERCENT = new BigDecimal("75");
  public static final BigDecimal LOAD_MAX_PERCENT = new BigDecimal("80");

  /** Seconds for the lifting and, separately, for the lowering part of each rep. */
  public static final int TEMPO_SECONDS_MIN = 3;

  public static final int TEMPO_SECONDS_MAX = 4;

  public RelearningBlock {
    Objects.requireNonNull(loadMinKg, "loadMinKg");
    Objects.requireNonNull(loadMaxKg, "loadMaxKg");
  }

  /** The standard block for an estimated 1RM. */
  public static RelearningBlock fromEstimatedOneRepMax(
      BigDecimal estimatedOneRepMaxKg, BigDecimal plateIncrementKg) {
    Objects.requireNonNull(estimatedOneRepMaxKg, "estimatedOneRepMaxKg");
    return new RelearningBlock(
        SETS,
        REPS_MIN,
        REPS_MAX,
        Loads.roundDownToIncrement(
            Loads.percentOf(estimatedOneRepMaxKg, LOAD_MIN_PERCENT), plateIncrementKg),
        Loads.roundDownToIncrement(
            Loads.percentOf(estimatedOneRepMaxKg, LOAD_MAX_PERCENT), plateIncrementKg),
        TEMPO_SECONDS_MIN,
        TEMPO_SECONDS_MAX);
  }
}

package com.pullsafe.programming;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A relearning block (domain brief, "Relearning block"): 5 sets of 3–4 reps at 75–80 % of the
 * estimated 1RM, 3–4 s lifting and 3–4 s lowering; the lower load is rounded up and the upper load
 * down to the plate increment, so both stay inside 75–80 %.
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

  /**
   * The standard block for an estimated 1RM. When no multiple of the plate increment lies inside
   * 75–80 % (a light lift, big plates), both loads are the heaviest multiple below 75 %: the block
   * is about control, so the lighter side is the safe one, and no load goes above 80 %. Empty when
   * even that is 0 kg: the lift is too light to load in plate steps.
   */
  public static Optional<RelearningBlock> fromEstimatedOneRepMax(
      BigDecimal estimatedOneRepMaxKg, BigDecimal plateIncrementKg) {
    Objects.requireNonNull(estimatedOneRepMaxKg, "estimatedOneRepMaxKg");
    BigDecimal bandMin = Loads.percentOf(estimatedOneRepMaxKg, LOAD_MIN_PERCENT);
    BigDecimal bandMax = Loads.percentOf(estimatedOneRepMaxKg, LOAD_MAX_PERCENT);
    BigDecimal loadMin = Loads.roundUpToIncrement(bandMin, plateIncrementKg);
    BigDecimal loadMax = Loads.roundDownToIncrement(bandMax, plateIncrementKg);
    if (loadMin.compareTo(loadMax) > 0) {
      loadMin = Loads.roundDownToIncrement(bandMin, plateIncrementKg);
      loadMax = loadMin;
    }
    if (loadMin.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new RelearningBlock(
            SETS, REPS_MIN, REPS_MAX, loadMin, loadMax, TEMPO_SECONDS_MIN, TEMPO_SECONDS_MAX));
  }
}

package com.pullsafe.programming;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Estimated one-repetition maximum (domain brief, "Estimated 1RM"). */
public final class OneRepMax {

  /** Estimates are given to 0.1 kg. */
  public static final int SCALE = 1;

  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

  private OneRepMax() {}

  /**
   * Epley: {@code kg × (1 + reps / 30)}, computed as {@code kg × (30 + reps) / 30} with a single
   * HALF_UP rounding to 0.1 kg. A single is its own 1RM and is returned unchanged.
   */
  public static BigDecimal epley(BigDecimal kg, int reps) {
    Loads.requirePositive(kg, "kg");
    if (reps < 1) {
      throw new IllegalArgumentException("reps must be >= 1, was " + reps);
    }
    if (reps == 1) {
      return kg;
    }
    return kg.multiply(BigDecimal.valueOf(30L + reps)).divide(THIRTY, SCALE, ROUNDING);
  }
}

package com.pullsafe.programming;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The programming rules of the domain brief: weekly progression cap, estimated 1RM, relearning
 * block, and no heavy prescription after RED or URGENT until a coach clears the athlete. Plain
 * Java, no state.
 */
public final class ProgrammingEngine {

  public Prescription program(ProgramInputs in) {
    Objects.requireNonNull(in, "in");
    boolean cleared = !in.awaitingClearance();
    BigDecimal cap =
        ProgressionCap.capPercent(in.tenantCapPercent(), in.amberOrWorseInLast4Weeks());
    BigDecimal e1rm = estimatedOneRepMax(in);

    BigDecimal nextTopSetMax = null;
    if (cleared && in.lastTopSetKg() != null) {
      nextTopSetMax = ProgressionCap.nextTopSetMaxKg(in.lastTopSetKg(), cap, in.plateIncrementKg());
    }
    RelearningBlock block = null;
    if (cleared && in.relearningRequired() && e1rm != null) {
      block = RelearningBlock.fromEstimatedOneRepMax(e1rm, in.plateIncrementKg()).orElse(null);
    }
    return new Prescription(cleared, cap, nextTopSetMax, e1rm, block, true);
  }

  private static BigDecimal estimatedOneRepMax(ProgramInputs in) {
    if (in.lastTopSetKg() == null
        || in.lastTopSetKg().signum() <= 0
        || in.lastTopSetReps() == null
        || in.lastTopSetReps() < 1) {
      return null;
    }
    return OneRepMax.epley(in.lastTopSetKg(), in.lastTopSetReps());
  }
}

package com.pullsafe.triage;

import com.pullsafe.programming.Loads;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * AMBER: pain while grinding heavy reps, or a top set more than the tenant's cap above the previous
 * reported week's top set (exactly the cap is allowed). Applies at painScore 0 too, for the jump.
 */
public final class OverloadTooSoonRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.OVERLOAD_TOO_SOON;
  }

  @Override
  public Optional<Finding> evaluate(ReportFacts r, AthleteHistory h, TriageSettings s) {
    boolean grinding = r.grindingHeavyReps() && r.inPain();
    boolean jump = aboveCap(r.topSetKg(), h.previousTopSetKg(), s.progressionCapPercent());
    if (!grinding && !jump) {
      return Optional.empty();
    }
    if (!jump) {
      return Optional.of(
          Finding.of(code(), TriageMessages.reasonVariant(code(), "grinding", r.painScore())));
    }
    BigDecimal now = r.topSetKg();
    BigDecimal before = h.previousTopSetKg();
    BigDecimal cap = s.progressionCapPercent();
    String increase = TriageMessages.plain(increasePercent(before, now, cap));
    String reason =
        grinding
            ? TriageMessages.reasonVariant(
                code(), "both", now, increase, before, cap, r.painScore())
            : TriageMessages.reasonVariant(code(), "jump", now, increase, before, cap);
    return Optional.of(Finding.of(code(), reason));
  }

  static boolean aboveCap(BigDecimal now, BigDecimal before, BigDecimal capPercent) {
    if (now == null || before == null || before.signum() <= 0) {
      return false;
    }
    BigDecimal allowed = before.add(Loads.percentOf(before, capPercent));
    return now.compareTo(allowed) > 0;
  }

  /**
   * The increase in percent, to 0.1 (HALF_UP); more decimals only when needed so that the quoted
   * figure is visibly above the cap (5.01 %, not 5 %).
   */
  static BigDecimal increasePercent(BigDecimal before, BigDecimal now, BigDecimal capPercent) {
    BigDecimal exactRatio = now.subtract(before).movePointRight(2);
    for (int scale = 1; scale <= 3; scale++) {
      BigDecimal rounded = exactRatio.divide(before, scale, RoundingMode.HALF_UP);
      if (rounded.compareTo(capPercent) > 0) {
        return rounded;
      }
    }
    return exactRatio.divide(before, 3, RoundingMode.UP);
  }
}

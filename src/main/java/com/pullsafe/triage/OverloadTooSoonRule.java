package com.pullsafe.triage;

import com.pullsafe.programming.Loads;
import com.pullsafe.reports.answers.ReportAnswers;
import com.pullsafe.triage.AthleteHistory.EarlierReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * AMBER: pain while grinding heavy reps, or a top set more than the athlete's current cap above the
 * latest top set of the 4 weeks before (exactly the cap is allowed). The current cap is the
 * tenant's, or 2.5 % after an AMBER-or-higher report in the last 4 weeks. Applies at painScore 0
 * too, for the jump.
 */
public final class OverloadTooSoonRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.OVERLOAD_TOO_SOON;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    boolean grinding = r.getGrindingHeavyReps() && r.inPain();
    Optional<EarlierReport> before = h.latestTopSet();
    BigDecimal cap = s.capFor(h);
    boolean jump = before.isPresent() && aboveCap(r.getTopSetKg(), before.get().topSetKg(), cap);
    if (!grinding && !jump) {
      return Optional.empty();
    }
    if (!jump) {
      return Optional.of(
          Finding.of(code(), TriageMessages.reasonVariant(code(), "grinding", r.getPainScore())));
    }
    BigDecimal now = r.getTopSetKg();
    BigDecimal then = before.get().topSetKg();
    BigDecimal increase = increasePercent(then, now, cap);
    Wording earlier = earlierTopSet(before.get());
    Wording capText = capText(cap, s.progressionCapPercent());
    Wording reason =
        grinding
            ? TriageMessages.reasonVariant(
                code(), "both", now, increase, earlier, capText, r.getPainScore())
            : TriageMessages.reasonVariant(code(), "jump", now, increase, earlier, capText);
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

  private static Wording earlierTopSet(EarlierReport before) {
    return before.weeksBefore() == 1
        ? TriageMessages.wording("overload.before.lastWeek", before.topSetKg())
        : TriageMessages.wording(
            "overload.before.weeksAgo", before.topSetKg(), before.weeksBefore());
  }

  private static Wording capText(BigDecimal cap, BigDecimal tenantCap) {
    return cap.compareTo(tenantCap) < 0
        ? TriageMessages.wording("overload.cap.lowered", cap)
        : TriageMessages.wording("overload.cap.tenant", cap);
  }
}

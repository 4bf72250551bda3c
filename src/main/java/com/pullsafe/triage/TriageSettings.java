package com.pullsafe.triage;

import com.pullsafe.programming.ProgressionCap;
import com.pullsafe.programming.Walking;
import java.math.BigDecimal;

/**
 * The tenant settings the triage rules read.
 *
 * @param progressionCapPercent the tenant's weekly progression cap, 2.5 to 5 (an athlete flagged
 *     recently gets 2.5 %: see {@link ProgressionCap#capPercent})
 * @param walkingTargetMinutes the tenant's daily walking target, 0 to 1440 minutes
 */
public record TriageSettings(BigDecimal progressionCapPercent, int walkingTargetMinutes) {

  static final int WALKING_TARGET_MAX = 24 * 60;

  public TriageSettings {
    if (!ProgressionCap.isValidTenantCap(progressionCapPercent)) {
      throw new IllegalArgumentException(
          "progressionCapPercent must be between "
              + ProgressionCap.MIN_PERCENT
              + " and "
              + ProgressionCap.MAX_PERCENT
              + ", was "
              + progressionCapPercent);
    }
    if (walkingTargetMinutes < 0 || walkingTargetMinutes > WALKING_TARGET_MAX) {
      throw new IllegalArgumentException(
          "walkingTargetMinutes must be between 0 and "
              + WALKING_TARGET_MAX
              + ", was "
              + walkingTargetMinutes);
    }
  }

  /** The default tenant settings (cap 5 %, walking 100 min a day). */
  public static TriageSettings defaults() {
    return new TriageSettings(
        ProgressionCap.DEFAULT_PERCENT, Walking.DEFAULT_TARGET_MINUTES_PER_DAY);
  }

  /** The athlete's cap this week: the tenant's, or 2.5 % after a recent flag. */
  public BigDecimal capFor(AthleteHistory history) {
    return ProgressionCap.capPercent(progressionCapPercent, history.flaggedRecently());
  }
}

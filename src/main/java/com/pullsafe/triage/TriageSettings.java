package com.pullsafe.triage;

import com.pullsafe.programming.ProgressionCap;
import java.math.BigDecimal;

/**
 * The tenant settings the triage rules read.
 *
 * @param progressionCapPercent the tenant's weekly progression cap, 2.5 to 5
 */
public record TriageSettings(BigDecimal progressionCapPercent) {

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
  }

  /** The default tenant settings (cap 5 %). */
  public static TriageSettings defaults() {
    return new TriageSettings(ProgressionCap.DEFAULT_PERCENT);
  }
}
